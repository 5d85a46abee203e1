package newsgraph.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
import newsgraph.text.PrintablePath;

/**
 * The front door of reading news: a file (or any named stream) to its article inputs, whatever its format, which is
 * told by its content, not its name:
 * <ul>
 * <li>a WARC file, plain or gzipped (it starts with {@code WARC/}): every {@code response} whose payload is an HTML
 *     page is one article ({@link WarcInputs});</li>
 * <li>JSON Lines, plain or gzipped (its first character is '{'): one article per line ({@link JsonLinesInputs});</li>
 * <li>anything else is one article: an HTML page (with its own metadata, {@link WebPage}) or plain text
 *     ({@link ArticleReader}).</li>
 * </ul>
 *
 * <pre>{@code
 * try (Inputs inputs = new NewsReader().open(Path.of("crawl.warc.gz"))) {
 *     while (inputs.hasNext()) { ArticleInput input = inputs.next(); Article a = input.read().article(); … }
 * }
 * }</pre>
 *
 * Reading a file never throws: a file that cannot be opened, or that breaks part-way, ends its inputs with one that
 * is refused, saying where it stopped; the inputs before it stand.
 */
public final class NewsReader {

    /** What a file holds. */
    public enum Format { ARTICLE, WARC, JSON_LINES }

    private static final int SNIFF_BYTES = 64;
    private static final int MARK_LIMIT = 1 << 16;

    private final ArticleReader reader;

    public NewsReader() {
        this(new ArticleReader());
    }

    public NewsReader(ArticleReader reader) {
        this.reader = reader;
    }

    /** The inputs of a file on disk (its name, without directories, names articles that have no URL). */
    public Inputs open(Path file) {
        String name = PrintablePath.of(file);
        InputStream in;
        try {
            in = reader.open(file, false);
        } catch (BadArticleException e) {
            return Inputs.of(List.of(ArticleInput.refused(name, e.getMessage())));
        }
        Path fileName = file.getFileName();
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        return read(name, fileName == null ? "article" : fileName.toString(), in, size);
    }

    /**
     * The inputs of a stream called {@code name} (a path or a Hadoop path, as messages print it; its last segment
     * names the articles that have no URL). The inputs close {@code in} when they are closed.
     */
    public Inputs read(String name, InputStream in) {
        return read(PrintablePath.of(name), name.substring(name.lastIndexOf('/') + 1), in, -1);
    }

    /** {@code size}: the file's size when known (a file of one article over the limit is refused unread), else -1. */
    private Inputs read(String name, String fileName, InputStream raw, long size) {
        BufferedInputStream in = new BufferedInputStream(raw, MARK_LIMIT);
        Format format;
        boolean gzip;
        try {
            byte[] start = peek(in, false);
            gzip = start.length >= 2 && start[0] == (byte) 0x1f && start[1] == (byte) 0x8b;
            format = formatOf(gzip ? peek(in, true) : start);
        } catch (IOException e) {
            close(in);
            return Inputs.of(List.of(ArticleInput.refused(name, ArticleReader.unreadable(name, e).getMessage())));
        }
        try {
            return switch (format) {
                case WARC -> new WarcInputs(name, fileName, in, reader);
                case JSON_LINES -> new JsonLinesInputs(name, fileName, gzip ? new GZIPInputStream(in, 1 << 16) : in,
                        reader);
                case ARTICLE -> one(name, fileName, in, size);
            };
        } catch (IOException e) {
            close(in);
            return Inputs.of(List.of(ArticleInput.refused(name, name + ": cannot be read as "
                    + (format == Format.WARC ? "WARC" : "JSON Lines") + " (" + e.getMessage() + ")")));
        }
    }

    /** The format that bytes (decompressed, when gzipped) begin. */
    static Format formatOf(byte[] start) {
        String s = new String(start, StandardCharsets.ISO_8859_1);
        if (s.startsWith("WARC/")) {
            return Format.WARC;
        }
        int i = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && s.charAt(i) == '{' ? Format.JSON_LINES : Format.ARTICLE;
    }

    /** The first bytes of the stream (decompressed with {@code gunzip}), the stream left where it was. */
    private static byte[] peek(BufferedInputStream in, boolean gunzip) throws IOException {
        in.mark(MARK_LIMIT);
        try {
            if (!gunzip) {
                return in.readNBytes(SNIFF_BYTES);
            }
            // GZIPInputStream reads ahead in its own buffer: a small one keeps within the mark
            return new GZIPInputStream(new NotClosing(in), 512).readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            if (gunzip) {
                return new byte[0]; // not gzip after all: one article, which the reader refuses as binary
            }
            throw e;
        } finally {
            in.reset();
        }
    }

    private Inputs one(String name, String fileName, InputStream in, long size) {
        if (size > reader.maxBytes()) {
            close(in);
            return Inputs.of(List.of(ArticleInput.refused(name, reader.tooLarge(name, size).getMessage())));
        }
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(reader.maxBytes() + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > reader.maxBytes()) {
                return Inputs.of(List.of(ArticleInput.refused(name, name + ": too large (more than "
                        + reader.maxBytes() + " bytes; the limit is " + reader.maxBytes() + " bytes per article file)")));
            }
            return Inputs.of(List.of(new OneArticle(name, fileName, bytes, reader)));
        } catch (IOException e) {
            return Inputs.of(List.of(ArticleInput.refused(name, ArticleReader.unreadable(name, e).getMessage())));
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing more to read from it anyway
        }
    }

    /** A file of one article: plain text, or an HTML page with its metadata. */
    private record OneArticle(String source, String fileName, byte[] bytes, ArticleReader reader)
            implements ArticleInput {

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public Read read() throws BadArticleException {
            if (WebPage.looksLikeHtml(bytes)) {
                return WebPage.article(bytes, null, new Facts(), reader, source,
                        text -> newsgraph.text.ArticleId.ofFile(fileName, text));
            }
            return new Read(reader.decode(fileName, bytes, source), List.of());
        }
    }

    /** A view of a stream that a peek may close without closing the stream. */
    private static final class NotClosing extends java.io.FilterInputStream {

        NotClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
