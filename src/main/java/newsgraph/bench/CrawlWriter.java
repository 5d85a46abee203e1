package newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Random;
import newsgraph.text.Article;
import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The benchmark's articles as a crawler saves them: a WARC.gz (written by jwarc, one gzip member per record) of
 * HTML pages as publishers make them — JSON-LD and Open Graph with the article's date and outlet, navigation, the
 * headline and paragraphs, a footer — each fetched a few hours after it was published. For the memory measurement,
 * pages can carry an inline script of some size (real pages carry 100 KB and more) and be followed by images
 * (random bytes: not HTML, so skipped and counted), as a crawl of news sites holds many.
 */
final class CrawlWriter {

    private final Corpus corpus;
    private final int scriptBytes;
    private final int imagesPerPage;
    private final int imageBytes;

    /** Pages with no script and no images: the ingest comparison with plain text. */
    CrawlWriter(Corpus corpus) {
        this(corpus, 0, 0, 0);
    }

    CrawlWriter(Corpus corpus, int scriptBytes, int imagesPerPage, int imageBytes) {
        this.corpus = corpus;
        this.scriptBytes = scriptBytes;
        this.imagesPerPage = imagesPerPage;
        this.imageBytes = imageBytes;
    }

    /** Writes articles {@code from} to {@code from + count - 1} as one WARC.gz; returns its size in bytes. */
    long write(Path file, int from, int count) {
        return write(file, from, count, Long.MAX_VALUE);
    }

    /**
     * Writes pages from article {@code from} on until {@code count} pages are written or the file has reached
     * {@code maxBytes}; returns its size in bytes.
     */
    long write(Path file, int from, int count, long maxBytes) {
        Random random = new Random(from);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter warc = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (int i = from; i < from + count && channel.position() < maxBytes; i++) {
                Article a = corpus.article(i);
                String url = Corpus.url(i, a);
                Instant fetched = Instant.parse(Corpus.published(i)).plusSeconds(3 * 3600);
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page(i, a, url, random)
                                .getBytes(StandardCharsets.UTF_8)).build();
                warc.write(new WarcResponse.Builder(URI.create(url)).date(fetched).body(http).build());
                for (int k = 0; k < imagesPerPage; k++) {
                    byte[] image = new byte[imageBytes];
                    random.nextBytes(image);
                    HttpResponse jpeg = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/jpeg"), image)
                            .build();
                    warc.write(new WarcResponse.Builder(URI.create(url + "/image-" + k + ".jpg")).date(fetched)
                            .body(jpeg).build());
                }
            }
            return channel.position();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private String page(int i, Article a, String url, Random random) {
        String[] lines = a.text().split("\n");
        String headline = lines[0].strip();
        StringBuilder body = new StringBuilder();
        for (int k = 1; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                body.append("<p>").append(Entities.escape(lines[k].strip())).append("</p>\n");
            }
        }
        String outlet = Corpus.outletName(i);
        String ld = "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": "
                + json(headline) + ", \"datePublished\": \"" + Corpus.published(i) + "\", \"url\": \"" + url
                + "\", \"publisher\": {\"@type\": \"NewsMediaOrganization\", \"name\": \"" + outlet + "\", \"url\":"
                + " \"https://www." + Corpus.outletHost(i) + "/\"}}";
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Entities.escape(headline)
                + " | " + outlet + "</title>\n<meta property=\"og:site_name\" content=\"" + outlet + "\">\n"
                + "<meta property=\"og:url\" content=\"" + url + "\">\n"
                + "<script type=\"application/ld+json\">" + ld + "</script>\n" + script(random)
                + "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>"
                + " <a href=\"/sport\">Sport</a></nav></header>\n<article><h1>" + Entities.escape(headline)
                + "</h1>\n" + body + "</article>\n<footer>Copyright " + outlet + "</footer></body></html>\n";
    }

    /** An inline script of about {@code scriptBytes} (an app bundle: code, not text), or nothing. */
    private String script(Random random) {
        if (scriptBytes <= 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(scriptBytes + 64).append("<script>");
        while (sb.length() < scriptBytes) {
            sb.append("var v").append(Integer.toHexString(random.nextInt())).append("=function(a){return a*")
                    .append(random.nextInt(1000)).append(";};\n");
        }
        return sb.append("</script>\n").toString();
    }

    private static String json(String s) {
        return org.apache.jena.atlas.json.JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(s));
    }
}
