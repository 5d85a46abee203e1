package newsgraph.text;

import java.util.ArrayDeque;
import java.util.Deque;
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

    /**
     * Pages nested deeper are refused: news pages nest 20 to 50 elements, and a page of 600 nested
     * {@code <article>}s is an attack on the work spent per page, not an article.
     */
    public static final int MAX_DEPTH = 256;
    /**
     * Pages with more start tags are refused before they are parsed: every element costs memory (a 10 MB page of
     * {@code <i>} would be 3 million of them), and a news page has a few thousand.
     */
    public static final int MAX_TAGS = 200_000;

    private HtmlPage() {
    }

    /** A page refused before or after parsing, for the work it would cost; the message is one line. */
    public static final class TooComplex extends Exception {

        private static final long serialVersionUID = 1L;

        TooComplex(String message) {
            super(message);
        }
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

    /**
     * The article text of a page: lines separated by blank lines, no leading or trailing white space. Each step is
     * linear in the page's size.
     *
     * @throws TooComplex when the page has more than {@link #MAX_TAGS} start tags or is nested deeper than
     *                    {@link #MAX_DEPTH} elements
     */
    public static String text(String html) throws TooComplex {
        return text(parse(html), null);
    }

    /**
     * The page parsed as a browser would, refused before parsing when it has more than {@link #MAX_TAGS} start tags
     * and after when it is nested deeper than {@link #MAX_DEPTH} elements: what {@link #text(Document, String)} and
     * readers of the page's metadata work on.
     */
    public static Document parse(String html) throws TooComplex {
        int tags = startTags(html);
        if (tags > MAX_TAGS) {
            throw new TooComplex("an HTML page with " + tags + " tags; the limit is " + MAX_TAGS + " per page");
        }
        Document page = Jsoup.parse(html);
        int depth = depth(page);
        if (depth > MAX_DEPTH) {
            throw new TooComplex("an HTML page nested " + depth + " elements deep; the limit is " + MAX_DEPTH);
        }
        return page;
    }

    /**
     * The article text of a parsed page, as {@link #text(String)} describes it; {@code headline} (the page's own,
     * from its metadata), when given, is the headline instead of {@code <title>} when the text has no {@code <h1>}.
     * Removes the page's scripts and other non-text elements: read its metadata first.
     */
    public static String text(Document page, String headline) {
        page.select(NOT_TEXT).remove();
        // pages list teasers of other stories as <article>s too: the story is the one with the most text
        Element article = articleWithMostText(page);
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
        String title = headline != null && !headline.isBlank() ? oneLine(headline) : page.title().strip();
        if (root.selectFirst("h1") == null && !title.isEmpty() && !body.startsWith(title)) {
            body = body.isEmpty() ? title : title + "\n\n" + body;
        }
        return body;
    }

    /** White space (line ends too) as single spaces. */
    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** Start tags ('&lt;' and a letter), counted without parsing: at least as many as the page has elements. */
    private static int startTags(String html) {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') {
                tags++;
            }
        }
        return tags;
    }

    /** How deep elements are nested (the document is 0, {@code <html>} 1). */
    private static int depth(Document page) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        return deepest[0];
    }

    /**
     * The {@code <article>} with the most text (letters, digits and marks, not white space), the first of equals in
     * the page's order; null when there is none. One walk over the page: asking each nested article for its text
     * would read the inner ones again for every article around them.
     */
    private static Element articleWithMostText(Document page) {
        // per open article: {text so far, its place in the page's order}
        Deque<int[]> open = new ArrayDeque<>();
        int[] seen = {0};
        int[] best = {-1, Integer.MAX_VALUE};
        Element[] found = {null};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !open.isEmpty()) {
                    String text = t.getWholeText();
                    int visible = 0;
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        visible += Character.isWhitespace(c) || c == '\u00A0' ? 0 : 1;
                    }
                    open.peek()[0] += visible;
                } else if (node instanceof Element e && e.normalName().equals("article")) {
                    open.push(new int[] {0, seen[0]++});
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("article")) {
                    int[] article = open.pop();
                    if (!open.isEmpty()) {
                        open.peek()[0] += article[0];
                    }
                    if (article[0] > best[0] || article[0] == best[0] && article[1] < best[1]) {
                        best[0] = article[0];
                        best[1] = article[1];
                        found[0] = e;
                    }
                }
            }
        }, page);
        return found[0];
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
