package newsgraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads an article file. The rules, each refusal a {@link BadArticleException} with a one-line reason that
 * names the file:
 * <ul>
 * <li>only regular files are read (a directory, device or pipe is refused, never opened);</li>
 * <li>a file over {@link #DEFAULT_MAX_BYTES} is refused without being read, so memory stays bounded;</li>
 * <li>the bytes must be UTF-8: invalid UTF-8 is <em>refused</em>, never decoded with replacement characters,
 *     so the stored text is always exactly the file's; UTF-16 and binary files (a NUL byte) are refused;</li>
 * <li>a byte-order mark is dropped; line ends ({@code \r\n}, {@code \r}, and the form feed, vertical tab,
 *     NEL, line and paragraph separators) become {@code \n};</li>
 * <li>an HTML page is turned into its article text ({@link HtmlPage});</li>
 * <li>other control characters are refused (RDF/XML cannot carry them);</li>
 * <li>text with nothing but white space is refused as empty;</li>
 * <li>text longer than {@link #DEFAULT_MAX_CHARS}, with more lines than {@link #DEFAULT_MAX_LINES} or more words and
 *     punctuation marks than {@link #DEFAULT_MAX_WORDS} is refused, so extraction time and the size of the graph stay
 *     bounded; so is an HTML page too deep or too large to parse ({@link HtmlPage#MAX_DEPTH},
 *     {@link HtmlPage#MAX_TAGS}).</li>
 * </ul>
 * Offsets count UTF-16 code units of the resulting text, which is what the graph stores.
 */
public final class ArticleReader {

    /** A file larger than this is refused unread (an HTML page is often ten times its article text). */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /**
     * The longest article text, in UTF-16 code units: about 80,000 words, several times the longest long-read.
     * Extraction time grows faster than the length; at this limit it takes up to a minute on two cores.
     */
    public static final int DEFAULT_MAX_CHARS = 500_000;
    /**
     * The most non-empty lines: each is a block of the layout, a dozen triples in the graph. A long-read at the
     * length limit has about 4,000; 200,000 lines of one quotation mark (800 KB) once made 2.4 million triples.
     */
    public static final int DEFAULT_MAX_LINES = 10_000;
    /**
     * The most words and punctuation marks: each is a token that the part-of-speech tagger works on, the costly
     * part of extraction. Prose at the length limit has about 100,000; 400,000 quotation marks in a row took 50 s.
     */
    public static final int DEFAULT_MAX_WORDS = 150_000;

    private final long maxBytes;
    private final int maxChars;
    private final int maxLines;
    private final int maxWords;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS);
    }

    public ArticleReader(long maxBytes, int maxChars) {
        this(maxBytes, maxChars, DEFAULT_MAX_LINES, DEFAULT_MAX_WORDS);
    }

    public ArticleReader(long maxBytes, int maxChars, int maxLines, int maxWords) {
        if (maxBytes < 1 || maxChars < 1 || maxLines < 1 || maxWords < 1) {
            throw new IllegalArgumentException("the limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
        this.maxLines = maxLines;
        this.maxWords = maxWords;
    }

    public Article read(Path file) throws BadArticleException {
        String name = PrintablePath.of(file);
        byte[] bytes;
        try (InputStream in = open(file, true)) {
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        Path fileName = file.getFileName();
        return decode(fileName == null ? "article" : fileName.toString(), bytes, name);
    }

    /**
     * Opens an input file after the checks every reader makes: a regular file (a directory, device or pipe is
     * refused, never opened), and with {@code oneArticle} at most {@link #maxBytes()} long (an archive of many
     * articles may be longer).
     *
     * @throws BadArticleException with the one-line reason, naming the file
     */
    public InputStream open(Path file, boolean oneArticle) throws BadArticleException {
        String name = PrintablePath.of(file);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new BadArticleException(name + ": is a directory, not an article file");
            }
            if (!attributes.isRegularFile()) {
                // a pipe or a device would block or never end
                throw new BadArticleException(name + ": not a regular file (a device, pipe or socket)");
            }
            if (oneArticle && attributes.size() > maxBytes) {
                throw tooLarge(name, attributes.size());
            }
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The refusal of a one-article file over the byte limit. */
    public BadArticleException tooLarge(String name, long size) {
        return new BadArticleException(name + ": too large (" + size + " bytes; the limit is " + maxBytes
                + " bytes per article file)");
    }

    /** A file that cannot be opened or read, as one line. */
    public static BadArticleException unreadable(String name, IOException e) {
        if (e instanceof NoSuchFileException missing) {
            String file = missing.getFile();
            return new BadArticleException(name + (file != null && Files.isSymbolicLink(Path.of(file))
                    ? ": broken symbolic link (its target does not exist)" : ": no such file"));
        }
        if (e instanceof AccessDeniedException) {
            return new BadArticleException(name + ": permission denied (cannot read the file)");
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason();
            return new BadArticleException(name + ": cannot be read (" + reason.toLowerCase(Locale.ROOT) + ")");
        }
        return new BadArticleException(name + ": cannot be read (" + e.getMessage() + ")");
    }

    /** The most bytes of one article's file (or one record of an archive). */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Decodes bytes as the article of a file called {@code fileName} (its id comes from the name and the text, see
     * {@link ArticleId}); {@code name} is used in messages.
     */
    public Article decode(String fileName, byte[] bytes, String name) throws BadArticleException {
        String text = text(bytes, name);
        return new Article(ArticleId.ofFile(fileName, text), text);
    }

    /** The article text of a file's bytes, as stored: every offset counts it. */
    public String text(byte[] bytes, String name) throws BadArticleException {
        String text = utf8(bytes, name);
        if (HtmlPage.looksLikeHtml(text)) {
            try {
                text = HtmlPage.text(text);
            } catch (HtmlPage.TooComplex e) {
                throw new BadArticleException(name + ": " + e.getMessage());
            }
            if (isBlank(text)) {
                throw new BadArticleException(name + ": an HTML page without article text");
            }
        }
        return checked(text, name);
    }

    /**
     * Decoded text as stored: line ends normalised, then refused when it has control characters, is empty, too long
     * or too much work (the rules above); what every reader of articles, of any format, ends with.
     */
    public String checked(String text, String name) throws BadArticleException {
        text = normaliseLineEnds(text);
        checkControlCharacters(text, name);
        if (isBlank(text)) {
            throw new BadArticleException(name + ": empty (no text)");
        }
        if (text.length() > maxChars) {
            throw new BadArticleException(name + ": too long (" + text.length() + " characters of text; the limit is "
                    + maxChars + " per article: split it into articles)");
        }
        checkWork(text, name);
        return text;
    }

    /**
     * The bytes as UTF-8 text, its byte-order mark dropped; refused when over the byte limit, UTF-16, binary (a NUL
     * byte) or not valid UTF-8 (never decoded with replacement characters).
     */
    public String utf8(byte[] bytes, String name) throws BadArticleException {
        checkBytes(bytes, name);
        String text;
        try {
            text = utf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadArticleException(name + ": not valid UTF-8 (at byte " + firstInvalidByte(bytes)
                    + "); convert it to UTF-8 first, e.g. iconv -f windows-1252 -t utf-8");
        }
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Refuses bytes over the limit, UTF-16 (by its byte-order mark) and binary data (a NUL byte). */
    public void checkBytes(byte[] bytes, String name) throws BadArticleException {
        if (bytes.length > maxBytes) {
            throw new BadArticleException(name + ": too large (the limit is " + maxBytes + " bytes per article file)");
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            throw new BadArticleException(name + ": UTF-16 text, not UTF-8; convert it first, e.g. iconv -f utf-16"
                    + " -t utf-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadArticleException(name + ": binary file (NUL byte at offset " + i + "), not a text article");
            }
        }
    }

    /** Nothing but white space, no-break spaces and invisible format characters (zero-width space, BOM). */
    public static boolean isBlankText(String text) {
        return isBlank(text);
    }

    private static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** {@code \r\n} and every other line end become {@code \n}: the one line end the layout knows. */
    static String normaliseLineEnds(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029';
            if (lineEnd && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append(lineEnd ? '\n' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Refuses control characters other than tab and line feed, and the non-characters U+FFFE and U+FFFF. */
    private static void checkControlCharacters(String text, String name) throws BadArticleException {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c < 0x20 && c != '\t' || c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
                throw new BadArticleException(String.format(Locale.ROOT,
                        "%s: control character U+%04X at line %d, column %d: not a plain-text article", name, (int) c,
                        line, i - lineStart + 1));
            }
        }
    }

    /** Refuses texts with more lines, or more words and marks, than extraction should spend its time on. */
    private void checkWork(String text, String name) throws BadArticleException {
        int lines = 0;
        int words = 0;
        boolean lineHasText = false;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += lineHasText ? 1 : 0;
                lineHasText = false;
                inWord = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inWord = false;
            } else {
                lineHasText = true;
                boolean wordChar = Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                        || Character.getType(c) == Character.NON_SPACING_MARK;
                words += wordChar && inWord ? 0 : 1; // a punctuation mark is a token of its own
                inWord = wordChar;
            }
        }
        lines += lineHasText ? 1 : 0;
        if (lines > maxLines) {
            throw new BadArticleException(name + ": too many lines (" + lines + " lines of text; the limit is "
                    + maxLines + " per article: split it into articles)");
        }
        if (words > maxWords) {
            throw new BadArticleException(name + ": too many words and punctuation marks (" + words + "; the limit is "
                    + maxWords + " per article: split it into articles)");
        }
    }

    /** Nothing but white space, no-break spaces and invisible format characters (zero-width space, BOM). */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /** Where decoding stops: the offset of the first byte that is not part of valid UTF-8. */
    public static int firstInvalidByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more UTF-16 units than it has bytes
        CoderResult result = utf8().decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : bytes.length;
    }
}
