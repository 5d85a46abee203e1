package newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import newsgraph.text.ArticleId;
import newsgraph.text.ArticleMetadata.SourceRecordRef;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
import newsgraph.text.NewsDate;
import newsgraph.text.PrintablePath;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * The articles of a WARC file (ISO 28500; plain or gzipped, record by record, with jwarc): every {@code response}
 * record of a 2xx HTTP answer whose payload is an HTML page (its body decoded of any content encoding) is one
 * article, and so is an HTML {@code resource} record. Its {@code WARC-Target-URI} is the article's address (unless
 * the page names a canonical one) and its {@code WARC-Date} the date when the page gives none. Revisits, redirects,
 * other statuses and other payloads (PDF, images, scripts) are skipped and counted; request, metadata and warcinfo
 * records are not articles and are passed over. Only one record's body is in memory at a time.
 *
 * <p>A file that is truncated or damaged ends with one refused input saying at which byte and after which record it
 * stopped; the articles before it stand.
 */
final class WarcInputs extends ReadAheadInputs {

    private final String name;
    private final String fileName;
    private final InputStream in;
    private final ArticleReader reader;
    private final WarcReader warc;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private int records;

    WarcInputs(String name, String fileName, InputStream in, ArticleReader reader) throws IOException {
        this.name = name;
        this.fileName = fileName;
        this.in = in;
        this.reader = reader;
        this.warc = new WarcReader(in);
        warc.onWarning(warning -> { }); // a lenient reading is still a reading; damage shows as an exception
    }

    @Override
    public Map<String, Integer> skipped() {
        return Map.copyOf(skipped);
    }

    @Override
    protected void advance() {
        while (pending == null && !done) {
            long position = warc.position();
            Optional<WarcRecord> next;
            try {
                next = warc.next();
            } catch (IOException | RuntimeException e) {
                stopped(position, e);
                return;
            }
            if (next.isEmpty()) {
                done = true;
                return;
            }
            records++;
            try {
                pending = article(next.get());
            } catch (IOException | RuntimeException e) {
                // the record's own bytes broke off: so does the file
                stopped(position, e);
            }
        }
    }

    /** The article input of a record, or null (counted in {@link #skipped} when it is a page that is no article). */
    private ArticleInput article(WarcRecord record) throws IOException {
        if (record instanceof WarcRevisit) {
            count("revisit");
            return null;
        }
        MediaType type;
        MessageBody body;
        String target;
        if (record instanceof WarcResponse response) {
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | RuntimeException e) {
                count("not HTTP");
                return null;
            }
            int status = http.status();
            if (status >= 300 && status < 400) {
                count("redirect");
                return null;
            }
            if (status < 200 || status >= 300) {
                count("error status");
                return null;
            }
            type = http.contentType();
            body = http.bodyDecoded();
            target = response.target();
        } else if (record instanceof WarcResource resource) {
            type = resource.contentType();
            body = resource.body();
            target = resource.target();
        } else {
            return null;
        }
        if (!isHtml(type)) {
            count("not HTML");
            return null;
        }
        String source = name + " record " + records + " (" + PrintablePath.of(target == null ? "" : target) + ")";
        byte[] bytes = body.stream().readNBytes((int) Math.min(reader.maxBytes() + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > reader.maxBytes()) {
            return ArticleInput.refused(source, source + ": too large (more than " + reader.maxBytes()
                    + " bytes; the limit is " + reader.maxBytes() + " bytes per page)");
        }
        String charset = type == null ? null : type.parameters().get("charset");
        return new Page(source, fileName, bytes, charset, target, Dates.of(record.date()), record.id().toString(),
                reader);
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.base().toString().toLowerCase(java.util.Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private void count(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    private void stopped(long position, Exception e) {
        // what went wrong in words (the library's message), never an exception's class name
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        String why = !message.isEmpty() ? message : e instanceof java.io.EOFException ? "it ends part-way"
                : "it cannot be parsed";
        pending = ArticleInput.refused(name, name + ": the file stops part-way or is damaged at byte " + position
                + ", after " + records + (records == 1 ? " record" : " records") + " (" + why + "); the articles"
                + " before it are read");
        done = true;
    }


    @Override
    public void close() {
        try {
            warc.close();
            in.close();
        } catch (IOException e) {
            // everything needed was read
        }
    }

    /** An HTML page of a WARC record. */
    private record Page(String source, String fileName, byte[] bytes, String charset, String target, NewsDate date,
                        String recordId, ArticleReader reader) implements ArticleInput {

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public Read read() throws BadArticleException {
            Facts facts = new Facts().base(target).fallbackPublished(date)
                    .source(new SourceRecordRef(fileName, recordId, 0));
            return WebPage.article(bytes, charset, facts, reader, source, text -> ArticleId.ofFile(fileName, text));
        }
    }
}
