package newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsgraph.text.Article;
import newsgraph.text.ArticleId;
import newsgraph.text.ArticleMetadata.Author;
import newsgraph.text.ArticleMetadata.SourceRecordRef;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The articles of a JSON Lines file (plain or gzipped): one JSON object per line, with its article in {@code text}
 * (plain text) or {@code html} (a page, whose own metadata fills what the record leaves out), and optionally
 * {@code id}, {@code url}, {@code title}, {@code date} (or {@code datePublished}, {@code published}),
 * {@code publisher} or {@code source} (a name, or an object with {@code name} and {@code url}), {@code author} (a
 * name, a list of names, or objects with {@code name}) and {@code language}. A record's own fields are trusted above
 * its page's. Blank lines are passed over; a line that is not JSON, not an object, has no article or is longer than
 * {@link #maxLineBytes} is refused with the file and line number, and the next lines are read.
 */
final class JsonLinesInputs extends ReadAheadInputs {

    private final String name;
    private final String fileName;
    private final InputStream in;
    private final ArticleReader reader;
    /** A line holds an article (up to the reader's byte limit) escaped as JSON, and its metadata. */
    private final long maxLineBytes;
    private long line;
    private final byte[] buffer = new byte[1 << 16];
    private int bufferStart;
    private int bufferEnd;

    JsonLinesInputs(String name, String fileName, InputStream in, ArticleReader reader) {
        this.name = name;
        this.fileName = fileName;
        this.in = in;
        this.reader = reader;
        this.maxLineBytes = reader.maxBytes() * 2;
    }

    @Override
    protected void advance() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        boolean tooLong = false;
        boolean sawAny = false;
        try {
            while (true) {
                if (bufferStart == bufferEnd) {
                    bufferEnd = in.read(buffer);
                    bufferStart = 0;
                    if (bufferEnd <= 0) {
                        bufferEnd = 0;
                        done = true;
                        break;
                    }
                }
                int end = bufferStart;
                while (end < bufferEnd && buffer[end] != '\n') {
                    end++;
                }
                sawAny = true;
                if (!tooLong) {
                    bytes.write(buffer, bufferStart, end - bufferStart);
                    if (bytes.size() > maxLineBytes) {
                        tooLong = true;
                        bytes.reset();
                    }
                }
                boolean lineEnd = end < bufferEnd;
                bufferStart = lineEnd ? end + 1 : end;
                if (lineEnd) {
                    break;
                }
            }
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            pending = ArticleInput.refused(name, name + ": the file stops part-way after line " + line + " ("
                    + why + "); the lines before it are read");
            done = true;
            return;
        }
        if (!sawAny) {
            return;
        }
        line++;
        String source = name + ":" + line;
        if (tooLong) {
            pending = ArticleInput.refused(source, source + ": a line of more than " + maxLineBytes
                    + " bytes; the limit is " + maxLineBytes + " per line");
            return;
        }
        byte[] record = bytes.toByteArray();
        if (!isBlank(record)) {
            pending = new Line(source, fileName, line, record, reader);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }


    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // everything needed was read
        }
    }

    /** One line: a JSON object with an article. */
    private record Line(String source, String fileName, long line, byte[] bytes, ArticleReader reader)
            implements ArticleInput {

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public Read read() throws BadArticleException {
            String json;
            try {
                json = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new BadArticleException(source + ": not valid UTF-8 (at byte "
                        + ArticleReader.firstInvalidByte(bytes) + " of the line)");
            }
            int depth = PageMetadata.depth(json);
            if (depth > PageMetadata.MAX_JSON_DEPTH) {
                throw new BadArticleException(source + ": JSON nested " + depth + " deep; the limit is "
                        + PageMetadata.MAX_JSON_DEPTH);
            }
            JsonValue value;
            try {
                value = JSON.parseAny(json);
            } catch (JsonException | org.apache.jena.atlas.AtlasException e) {
                String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
                throw new BadArticleException(source + ": not JSON (" + why + ")");
            }
            if (!value.isObject()) {
                throw new BadArticleException(source + ": not a JSON object");
            }
            JsonObject o = value.getAsObject();
            String text = string(o, "text");
            String html = string(o, "html");
            if (text == null && html == null) {
                throw new BadArticleException(source + ": no \"text\" or \"html\" field with the article");
            }
            String url = string(o, "url");
            String title = string(o, "title");
            String id = string(o, "id");
            Facts facts = new Facts().base(url).source(new SourceRecordRef(fileName, null, line));
            facts.url(url).headline(title).language(string(o, "language"));
            for (String key : List.of("date", "datePublished", "published", "date_published")) {
                facts.published(string(o, key));
            }
            facts.modified(string(o, "dateModified"));
            for (String key : List.of("publisher", "source")) {
                JsonValue p = o.get(key);
                if (p != null && p.isObject()) {
                    facts.publisher(string(p.getAsObject(), "name"), string(p.getAsObject(), "url"));
                } else {
                    facts.publisher(string(o, key), null);
                }
            }
            facts.authors(authors(o.get("author")));
            java.util.function.UnaryOperator<String> fallbackId = t -> id != null && !id.isBlank()
                    ? ArticleId.ofName(id, t) : ArticleId.ofFile(fileName, t);
            if (text == null) {
                return WebPage.article(html, facts, reader, source, fallbackId, new ArrayList<>());
            }
            String full = title != null && !title.isBlank() && !text.strip().startsWith(title.strip())
                    ? title.strip() + "\n\n" + text : text;
            String checked = reader.checked(full, source);
            String address = facts.url();
            return new Read(new Article(address != null ? ArticleId.ofUrl(address) : fallbackId.apply(checked), checked,
                    facts.metadata()), List.of());
        }

        private static List<Author> authors(JsonValue value) {
            List<Author> out = new ArrayList<>();
            if (value == null) {
                return out;
            }
            for (JsonValue v : value.isArray() ? value.getAsArray() : List.of(value)) {
                if (v.isString()) {
                    out.addAll(Bylines.people(v.getAsString().value()));
                } else if (v.isObject() && string(v.getAsObject(), "name") != null) {
                    String n = string(v.getAsObject(), "name").strip();
                    if (Bylines.isName(n)) {
                        out.add(new Author(n, false));
                    }
                }
            }
            return out;
        }

        private static String string(JsonObject o, String key) {
            JsonValue v = o.get(key);
            return v != null && v.isString() ? v.getAsString().value() : null;
        }
    }
}
