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
 * digit, so it can go into an IRI as it is.
 *
 * <p>A web page with a canonical URL (a page's own, or the address it was fetched from) takes its id from the URL
 * instead ({@link #ofUrl}): {@code <readable part of host and path>-<fingerprint of the normalised URL>}, so
 * fetching the same story again — from another crawl, with another text — gives the same id and replaces its
 * graph. A record with an id of its own (a JSON Lines {@code id}) and no URL is named by that id and its text
 * ({@link #ofName}).
 *
 * <p>Syndicated copies (the same agency text under many URLs) keep their own ids; what they share is their
 * {@link #bodyFingerprint}, which the graph writes as the work they are copies of.
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

    /** The id of a record named {@code name} (taken whole, no extension dropped) whose stored text is {@code text}. */
    public static String ofName(String name, String text) {
        return readable(name) + "-" + fingerprint(text);
    }

    /**
     * The id of the article at this canonical URL (absolute http or https): the host without {@code www.} and the
     * path as ASCII letters, digits, '.', '_' and '-' (at most {@value #MAX_READABLE}), and the fingerprint of the URL
     * as {@link #normalisedUrl} gives it, so that {@code http://www.Example.com/a#top} and
     * {@code https://example.com/a} are one article.
     */
    public static String ofUrl(String url) {
        String normal = normalisedUrl(url);
        String readable = normal.replaceFirst("^https://", "");
        return readable(readable) + "-" + fingerprint(normal);
    }

    /**
     * A URL as article ids compare it: scheme {@code https} (http and https name one story), host in lower case
     * without {@code www.}, no default port, no fragment, no tracking parameters ({@code utm_*}, {@code fbclid},
     * {@code gclid}), and no trailing '/' after a path. Anything that is not an absolute http(s) URL is returned as it is.
     */
    public static String normalisedUrl(String url) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return url;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null || uri.getHost() == null) {
            return url;
        }
        String host = uri.getHost().toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 || port == 443;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder query = new StringBuilder();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String key = parameter.replaceFirst("=.*", "").toLowerCase(java.util.Locale.ROOT);
                if (!parameter.isEmpty() && !key.startsWith("utm_") && !key.equals("fbclid") && !key.equals("gclid")) {
                    query.append(query.length() == 0 ? "?" : "&").append(parameter);
                }
            }
        }
        return "https://" + host + (defaultPort ? "" : ":" + port) + path + query;
    }

    /**
     * The fingerprint of an article's body — its text after the first line (the headline, which outlets rewrite),
     * in lower case, letters and digits only, words joined by single spaces — as 24 hex digits of its SHA-256.
     * Syndicated copies of one agency story share it whatever their headlines, line breaks or punctuation.
     */
    public static String bodyFingerprint(String text) {
        int firstLineEnd = text.indexOf('\n');
        String body = firstLineEnd < 0 ? text : text.substring(firstLineEnd + 1);
        if (body.isBlank()) {
            body = text;
        }
        StringBuilder normal = new StringBuilder(body.length());
        boolean space = false;
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (space && normal.length() > 0) {
                    normal.append(' ');
                }
                normal.appendCodePoint(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sha256(normal.toString()).substring(0, 24);
    }

    /** The file name's stem as ASCII letters, digits, '.', '_' and '-', at most {@value #MAX_READABLE} characters. */
    static String readablePart(String fileName) {
        return readable(fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", ""));
    }

    private static String readable(String stem) {
        String readable = stem.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (readable.length() > MAX_READABLE) {
            readable = readable.substring(0, MAX_READABLE);
        }
        return readable.isEmpty() ? "article" : readable;
    }

    /** The first {@value #FINGERPRINT_HEX_DIGITS} hex digits of the SHA-256 of the text's UTF-8 bytes. */
    static String fingerprint(String text) {
        return sha256(text).substring(0, FINGERPRINT_HEX_DIGITS);
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /**
     * The SHA-256 of a text's UTF-8 bytes: 32 bytes that tell two texts apart as surely as the texts themselves, for
     * one who must remember many texts only to know whether a later one is the same.
     */
    public static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
