package newsgraph.browse;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.rdf.Schema;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's page: its headline and what is known of it (date, publisher, address where other tools say), its
 * whole text with every statement highlighted (the quoted words, the cue, the mention of the speaker; each quote's
 * element has the id of its span's fragment, {@code char=BEGIN,END}, so a span's IRI opens at its place), the
 * statements listed below, and the people, organisations and places it names.
 */
final class ArticlePage {

    private ArticlePage() {
    }

    static Document of(Reads reads, Site site, Facts facts) {
        String iri = facts.subject().getURI();
        String headline = facts.first(Schema.headline.asNode());
        String title = headline != null ? headline : facts.first(Schema.identifier.asNode()) != null
                ? facts.first(Schema.identifier.asNode()) : iri;
        Document doc = Html.page(title, null);
        Element main = Html.main(doc);
        main.appendElement("h1").text(title);
        main.appendElement("p").addClass("kind").text("Article");

        Statements statements = new Statements(reads, site);
        List<Statements.View> views = statements.inArticle(iri);

        Element list = Pages.facts(main);
        for (Node property : List.of(Facts.DATE_PUBLISHED, Facts.PUBLISHER, Facts.AUTHOR)) {
            List<Node> values = facts.get(property);
            if (!values.isEmpty()) {
                Element dd = Pages.fact(list, property.getLocalName().equals("datePublished") ? "Published"
                        : property.getLocalName());
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        dd.appendText(" · ");
                    }
                    Pages.value(dd, reads, site, values.get(i));
                }
            }
        }
        for (Node url : facts.get(Facts.URL)) {
            String address = url.isURI() ? url.getURI() : url.isLiteral() ? url.getLiteralLexicalForm() : null;
            if (address != null) {
                Html.link(Pages.fact(list, "Original"), address, address);
            }
        }
        Pages.fact(list, "Statements").text(Html.number(views.size()));
        Pages.identity(list, site, iri);

        String text = statements.articleText(iri);
        main.appendElement("h2").text("The article, its statements highlighted");
        Element legend = main.appendElement("p").addClass("legend");
        legend.appendElement("mark").addClass("quote").text("the words of a statement");
        legend.appendElement("span").addClass("cue").text("the cue");
        legend.appendElement("span").addClass("speaker-mention").text("how the speaker is named");
        if (text == null) {
            main.appendElement("p").text("The graph holds no text for this article (nif:isString).");
        } else {
            List<Highlighter.Mark> marks = new ArrayList<>();
            for (Statements.View v : views) {
                if (v.content() == null) {
                    continue;
                }
                String who = v.speaker() == null ? "speaker unknown"
                        : v.speaker().name() == null ? v.speaker().iri() : v.speaker().name();
                marks.add(new Highlighter.Mark(v.content().begin(), v.content().end(), Highlighter.Kind.QUOTE,
                        Statements.charFragment(v.content()), who + (v.kind() == null ? "" : " (" + v.kind() + ")")));
                if (v.cue() != null) {
                    marks.add(new Highlighter.Mark(v.cue().begin(), v.cue().end(), Highlighter.Kind.CUE, null,
                            "cue of " + who));
                }
                if (v.mention() != null) {
                    marks.add(new Highlighter.Mark(v.mention().begin(), v.mention().end(), Highlighter.Kind.MENTION,
                            null, "names " + who));
                }
            }
            Highlighter.render(main.appendElement("div").addClass("article-text"), text, 0, text.length(), marks);
        }

        main.appendElement("h2").attr("id", "statements").text("Statements (" + views.size() + ")");
        Element items = main.appendElement("ol").addClass("statements");
        for (Statements.View v : views) {
            statements.card(items, v, true);
        }

        Map<String, String> named = named(reads, facts.subject());
        if (!named.isEmpty()) {
            main.appendElement("h2").text("Named in this article");
            Element ul = main.appendElement("ul");
            named.forEach((entity, name) -> Html.link(ul.appendElement("li"), site.page(entity), name));
        }
        return doc;
    }

    /** The entities with a name in the article's graph (people, organisations, places, sources), by name. */
    private static Map<String, String> named(Reads reads, Node article) {
        Map<String, String> names = new LinkedHashMap<>();
        Iterator<Quad> found = reads.dataset().find(article, Node.ANY, Schema.name.asNode(), Node.ANY);
        while (found.hasNext()) {
            Quad q = found.next();
            if (q.getSubject().isURI() && q.getObject().isLiteral()
                    && reads.dataset().find(article, q.getSubject(), RDF.type.asNode(), Node.ANY).hasNext()) {
                names.putIfAbsent(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
            }
        }
        List<Map.Entry<String, String>> sorted = new ArrayList<>(names.entrySet());
        sorted.sort(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER));
        Map<String, String> ordered = new LinkedHashMap<>();
        sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
