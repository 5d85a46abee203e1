package newsgraph.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one place that decides an article's id. Ids name the article's graph and every IRI inside it, so two
 * different inputs must never share one, and the same input must always get the same one — whatever the path it
 * was given by, the working directory, or where the files live.
 *
 * <p>A file's id is {@code <readable part>-<fingerprint>}: the readable part is its name without the extension,
 * anything but ASCII letters, digits, '.', '_' and '-' replaced by '-', cut to {@value #MAX_READABLE} characters
 * ({@code article} when nothing is left); the fingerprint is the first {@value #FINGERPRINT_HEX_DIGITS} hex digits
 * of the SHA-256 of the article text as stored (after decoding and normalising). So {@code bbc/story.txt} and
 * {@code guardian/story.txt} differ (their texts differ), {@code Привет.txt} and {@code 新闻.txt} too, and the
 * same file loaded again gets the same id and replaces its graph. Two files with the same text whose names give the
 * same readable part are the same article. An edited file is a new article.
 *
 * <p>Every id matches {@link Article}'s contract: ASCII letters, digits, '.', '_' and '-', starting with a letter or
 * digit, so it can go into an IRI as it is. (Ids of web pages from their canonical URL will be decided here too.)
 */
public final class ArticleId {

    /** The longest readable part: enough to recognise a file, short enough for IRIs and file names. */
    public static final int MAX_READABLE = 60;
    /**
     * 48 bits of SHA-256: n different texts with the same readable part share a fingerprint with a chance of about
     * n²/2⁴⁹, below one in a million for 16,000 of them.
     */
    public static final int FINGERPRINT_HEX_DIGITS = 12;

    private ArticleId() {
    }

    /** The id of the article from the file named {@code fileName} (no directory), whose stored text is {@code text}. */
    public static String ofFile(String fileName, String text) {
        return readablePart(fileName) + "-" + fingerprint(text);
    }

    /** The file name's stem as ASCII letters, digits, '.', '_' and '-', at most {@value #MAX_READABLE} characters. */
    static String readablePart(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String readable = stem.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (readable.length() > MAX_READABLE) {
            readable = readable.substring(0, MAX_READABLE);
        }
        return readable.isEmpty() ? "article" : readable;
    }

    /** The first {@value #FINGERPRINT_HEX_DIGITS} hex digits of the SHA-256 of the text's UTF-8 bytes. */
    static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, FINGERPRINT_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
