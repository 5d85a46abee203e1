package newsgraph.browse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The pages' HTML, built as a jsoup tree: every text and attribute value goes in through jsoup, which escapes it
 * when the page is written, so nothing from the data (a name with {@code </script>}, a quote with {@code "}) can
 * become markup. One stylesheet in the page itself, no scripts, no external assets: the pages work without
 * JavaScript, and their Content-Security-Policy forbids scripts altogether.
 */
final class Html {

    /** No scripts, no frames, nothing from elsewhere; styles only from the page's own {@code <style>}. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";

    private static final String STYLE = """
            body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
            header { background: #24324a; color: #fff; padding: .5rem 1rem; display: flex; gap: 1rem; align-items: center;
                     flex-wrap: wrap; }
            header a { color: #fff; }
            header .home { font-weight: bold; text-decoration: none; font-size: 1.1rem; }
            header form { display: flex; gap: .3rem; }
            header input { padding: .2rem .4rem; min-width: 16rem; }
            main { max-width: 62rem; margin: 0 auto; padding: 1rem; }
            h1 { margin: .5rem 0 0; } h1 + .kind { color: #555; margin: 0 0 1rem; }
            h2 { border-bottom: 1px solid #ccd; padding-bottom: .2rem; margin-top: 2rem; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
            dl.facts dt { color: #555; } dl.facts dd { margin: 0; }
            ol.statements { list-style: none; padding: 0; }
            ol.statements > li { background: #fff; border: 1px solid #dde; border-radius: 6px; padding: .6rem .9rem;
                                 margin: .6rem 0; }
            blockquote { margin: 0 0 .4rem; font-size: 1.05rem; }
            .meta { color: #444; font-size: .9rem; margin: 0; }
            .meta > * + *::before { content: " · "; color: #999; }
            mark.quote { background: #ffe98a; padding: 0 .1rem; }
            .cue { font-weight: bold; text-decoration: underline; text-decoration-color: #c33; text-decoration-thickness: 2px; }
            .speaker-mention { background: #d6e6ff; border-bottom: 2px solid #3468c0; }
            .article-text { white-space: pre-wrap; background: #fff; border: 1px solid #dde; padding: 1rem 1.2rem;
                            border-radius: 6px; line-height: 1.7; }
            .article-text mark.quote { cursor: help; }
            .paging { background: #eef2f8; padding: .3rem .6rem; border-radius: 4px; display: flex; gap: 1rem; }
            table { border-collapse: collapse; background: #fff; }
            th, td { border: 1px solid #dde; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            td.number, th.number { text-align: right; }
            .legend span, .legend mark { margin-right: .8rem; }
            .queries { font-size: .9rem; color: #444; }
            code, .iri { font-family: ui-monospace, monospace; font-size: .85rem; word-break: break-all; }
            """;

    private Html() {
    }

    /** A page with the site's header (home, the name search, the SPARQL editor, the named queries). */
    static Document page(String title, String searched) {
        Document doc = new Document("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        doc.appendChild(new DocumentType("html", "", ""));
        Element html = doc.appendElement("html").attr("lang", "en");
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " — newsgraph");
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        Element body = html.appendElement("body");
        Element header = body.appendElement("header");
        header.appendElement("a").addClass("home").attr("href", "/search").text("newsgraph");
        Element form = header.appendElement("form").attr("action", "/search").attr("method", "get")
                .attr("role", "search");
        form.appendElement("input").attr("type", "search").attr("name", "name").attr("aria-label", "a name")
                .attr("placeholder", "a name: person, organisation, place").attr("value", searched == null ? "" : searched);
        form.appendElement("button").attr("type", "submit").text("Find");
        header.appendElement("a").attr("href", "/news/query/").text("Named queries");
        header.appendElement("a").attr("href", "/#/dataset/news/query").text("SPARQL");
        body.appendElement("main");
        return doc;
    }

    static Element main(Document doc) {
        return doc.selectFirst("main");
    }

    /** A link; an external one only for http(s) addresses (a {@code javascript:} IRI in the data stays text). */
    static Element link(Element parent, String href, String text) {
        if (href == null || !(href.startsWith("/") || isWeb(href))) {
            return parent.appendElement("span").text(text);
        }
        Element a = parent.appendElement("a").attr("href", href).text(text);
        if (!href.startsWith("/")) {
            a.attr("rel", "noopener noreferrer nofollow");
        }
        return a;
    }

    static boolean isWeb(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
