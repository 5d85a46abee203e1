package newsgraph.text;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of an HTML page, so that a saved web page can be read like a plain-text article: the
 * page's {@code <article>} with the most text (else its body) without scripts, styles, navigation, forms and asides; headings,
 * paragraphs, list items and other blocks become lines, separated by blank lines as in plain-text articles;
 * {@code <br>} ends a line; entities are decoded; runs of white space become one space (except in
 * {@code <pre>}); control characters become U+FFFD. The page's {@code <title>} becomes the headline when the
 * text has no {@code <h1>}.
 *
 * <p>Parsing follows the HTML5 specification (jsoup), so broken markup reads as a browser would show it.
 * The offsets of everything found then count in this text, which is what the graph stores.
 */
public final class HtmlPage {

    /** Elements whose content is never article text. */
    private static final String NOT_TEXT = "script, style, noscript, template, svg, math, nav, aside, form, button,"
            + " select, textarea, iframe, object, embed, canvas, dialog, menu";
    /** Page furniture around the article; an {@code <article>}'s own header holds its headline and is kept. */
    private static final String PAGE_FURNITURE = "header, footer";
    /** Elements that stand on lines of their own. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private HtmlPage() {
    }

    /**
     * Whether decoded text is an HTML page rather than plain text: it starts (after white space) with a tag, a
     * comment or a doctype, and its beginning has an {@code <html>}, {@code <body>}, {@code <head>},
     * {@code <article>} or {@code <p>} tag. A plain-text article never starts with '&lt;'.
     */
    public static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '<') {
            return false;
        }
        String start = text.substring(i, Math.min(text.length(), i + 4096)).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.contains("<html") || start.contains("<body")
                || start.contains("<head") || start.contains("<article") || start.contains("<p>")
                || start.contains("<p ");
    }

    /** The article text of a page: lines separated by blank lines, no leading or trailing white space. */
    public static String text(String html) {
        Document page = Jsoup.parse(html);
        page.select(NOT_TEXT).remove();
        // pages list teasers of other stories as <article>s too: the story is the one with the most text
        Element article = page.select("article").stream()
                .max(java.util.Comparator.comparingInt(e -> e.text().length())).orElse(null);
        Element root;
        if (article != null) {
            root = article;
        } else {
            page.body().select(PAGE_FURNITURE).remove();
            root = page.body();
        }
        TextCollector text = new TextCollector();
        NodeTraversor.traverse(text, root);
        String body = text.result();
        String title = page.title().strip();
        if (root.selectFirst("h1") == null && !title.isEmpty() && !body.startsWith(title)) {
            body = body.isEmpty() ? title : title + "\n\n" + body;
        }
        return body;
    }

    /** Walks the article's nodes, writing text and a paragraph break around each block. */
    private static final class TextCollector implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private int preformatted;
        private boolean pendingSpace;
        /** 0: none, 1: a line break, 2: a paragraph break before the next text. */
        private int pendingBreak;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("br")) {
                    lineBreak(1);
                } else if (BLOCKS.contains(name)) {
                    lineBreak(2);
                }
                if (name.equals("pre")) {
                    preformatted++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (BLOCKS.contains(name)) {
                    lineBreak(2);
                }
                if (name.equals("pre")) {
                    preformatted--;
                }
            }
        }

        private void lineBreak(int kind) {
            pendingBreak = Math.max(pendingBreak, kind);
            pendingSpace = false;
        }

        private void append(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (preformatted > 0 && (c == '\n' || c == '\r')) {
                    lineBreak(1);
                } else if (Character.isWhitespace(c) || c == '\u00A0') {
                    pendingSpace = out.length() > 0 && pendingBreak == 0;
                } else {
                    if (c < 0x20 || c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
                        // "&#0;" or a stray control byte: shown as a browser shows it, not refused as binary
                        c = '\uFFFD';
                    }
                    if (pendingBreak > 0 && out.length() > 0) {
                        out.append(pendingBreak == 2 ? "\n\n" : "\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                    pendingBreak = 0;
                    pendingSpace = false;
                    out.append(c);
                }
            }
        }

        String result() {
            return out.toString();
        }
    }
}
