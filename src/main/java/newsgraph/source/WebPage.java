package newsgraph.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.text.Article;
import newsgraph.text.ArticleId;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
import newsgraph.text.HtmlPage;
import org.jsoup.nodes.Document;

/**
 * An HTML page to its article: the bytes decoded by their charset, the page parsed once, its metadata read
 * ({@link PageMetadata}), then its article text ({@link HtmlPage}) checked as every article is
 * ({@link ArticleReader#checked}). The article's id comes from its canonical URL when it has one, else from the
 * caller's rule (a file's name and text).
 *
 * <p>Charset: bytes that are valid UTF-8 are read as UTF-8 whatever the page declares (a page that declares Latin-1
 * and is UTF-8 gets a note); other bytes are read in the charset the HTTP header or the page's {@code <meta>}
 * declares (ISO-8859-1 and ASCII as windows-1252, as browsers do), strictly; bytes that are not valid UTF-8 and
 * declare no other charset, or are not valid in the one they declare, are refused, never decoded with
 * replacement characters.
 */
final class WebPage {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final int PRELUDE = 4096;

    private WebPage() {
    }

    /** Whether the bytes start like an HTML page ({@link HtmlPage#looksLikeHtml}), judged on their first 4 KB. */
    static boolean looksLikeHtml(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        String prelude = new String(bytes, start, Math.min(bytes.length - start, PRELUDE), StandardCharsets.ISO_8859_1);
        return HtmlPage.looksLikeHtml(prelude);
    }

    /**
     * The article of a page.
     *
     * @param transportCharset the charset its HTTP header declares, or null
     * @param facts            what the source said already (a JSON Lines record's fields, a WARC record's address)
     * @param fallbackId       the id from the article text when the page has no URL
     */
    static ArticleInput.Read article(byte[] bytes, String transportCharset, Facts facts, ArticleReader reader,
                                     String name, UnaryOperator<String> fallbackId) throws BadArticleException {
        List<String> notes = new ArrayList<>();
        String html = decode(bytes, transportCharset, reader, name, notes);
        return article(html, facts, reader, name, fallbackId, notes);
    }

    /** The article of a page already decoded (a JSON Lines record's {@code html}). */
    static ArticleInput.Read article(String html, Facts facts, ArticleReader reader, String name,
                                     UnaryOperator<String> fallbackId, List<String> notes) throws BadArticleException {
        Document page;
        try {
            page = HtmlPage.parse(html);
        } catch (HtmlPage.TooComplex e) {
            throw new BadArticleException(name + ": " + e.getMessage());
        }
        PageMetadata.read(page, facts, notes, name);
        // a page of nothing but its title (an app's frame, a paywall stub) has no article either
        org.jsoup.nodes.Element h1 = page.selectFirst("h1");
        java.util.Set<String> titles = new java.util.HashSet<>(java.util.Arrays.asList(page.title().strip(),
                h1 == null ? "" : h1.text().strip(), facts.headline() == null ? "" : facts.headline()));
        String text = HtmlPage.text(page, facts.headline());
        if (ArticleReader.isBlankText(text) || titles.contains(text.strip())) {
            throw new BadArticleException(name + ": an HTML page without article text");
        }
        text = reader.checked(text, name);
        String url = facts.url();
        String id = url != null ? ArticleId.ofUrl(url) : fallbackId.apply(text);
        return new ArticleInput.Read(new Article(id, text, facts.metadata()), notes);
    }

    static String decode(byte[] bytes, String transportCharset, ArticleReader reader, String name, List<String> notes)
            throws BadArticleException {
        reader.checkBytes(bytes, name);
        String declared = transportCharset != null && !transportCharset.isBlank() ? transportCharset.strip()
                : metaCharset(bytes);
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            if (declared != null && !isUtf8(declared) && hasNonAscii(bytes)) {
                notes.add(name + ": declares the charset " + printable(declared)
                        + " but is valid UTF-8: read as UTF-8");
            }
            return !utf8.isEmpty() && utf8.charAt(0) == '\uFEFF' ? utf8.substring(1) : utf8;
        }
        int at = ArticleReader.firstInvalidByte(bytes);
        if (declared == null) {
            throw new BadArticleException(name + ": not valid UTF-8 (at byte " + at + ") and declares no other"
                    + " charset; convert it to UTF-8 first");
        }
        if (isUtf8(declared)) {
            throw new BadArticleException(name + ": declares UTF-8 but is not valid UTF-8 (at byte " + at
                    + "): a wrong charset; convert it to UTF-8 first");
        }
        Charset charset;
        try {
            String lower = declared.toLowerCase(Locale.ROOT);
            boolean latin1 = lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii")
                    || lower.equals("ascii") || lower.equals("iso8859-1");
            charset = Charset.forName(latin1 ? "windows-1252" : declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BadArticleException(name + ": declares the unknown charset " + printable(declared)
                    + " and is not valid UTF-8 (at byte " + at + ")");
        }
        String text = strict(bytes, charset);
        if (text == null) {
            throw new BadArticleException(name + ": not valid " + charset.name() + ", the charset it declares, nor"
                    + " UTF-8: a wrong charset");
        }
        return text;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset a page's {@code <meta charset>} or {@code http-equiv} content type names, in its first 4 KB. */
    static String metaCharset(byte[] bytes) {
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, PRELUDE),
                StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    private static boolean isUtf8(String charset) {
        String c = charset.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return c.equals("utf8");
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String s) {
        return "'" + s.replaceAll("[^A-Za-z0-9._:-]", "?") + "'";
    }
}
