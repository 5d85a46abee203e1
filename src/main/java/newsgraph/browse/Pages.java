package newsgraph.browse;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import newsgraph.rdf.NG;
import newsgraph.rdf.Prov;
import newsgraph.rdf.Schema;
import org.apache.jena.graph.Node;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Chooses the page for an IRI by what the graph says it is, and holds what the pages share. */
final class Pages {

    private static final Set<Node> ENTITY_TYPES = Set.of(Schema.Person.asNode(), Schema.Organization.asNode(),
            Schema.Place.asNode(), NG.Person.asNode(), NG.Spokesperson.asNode(), NG.Organization.asNode(),
            NG.Place.asNode(), NG.Agent.asNode(), Prov.Agent.asNode());

    private Pages() {
    }

    static Document of(Reads reads, Site site, Node node, HttpServletRequest request) {
        Facts facts = Facts.of(reads, node);
        if (reads.dataset().containsGraph(node) || facts.is(Schema.NewsArticle.asNode())) {
            return ArticlePage.of(reads, site, facts);
        }
        if (facts.is(Schema.Quotation.asNode())) {
            return StatementPage.of(reads, site, facts);
        }
        if (facts.types().stream().anyMatch(ENTITY_TYPES::contains) || speaksOrIsSpokenAbout(reads, node)) {
            return EntityPage.of(reads, site, facts, request);
        }
        return ResourcePage.of(reads, site, facts);
    }

    /** Another tool's data may not type its speakers: a speaker or a subject of statements is an entity too. */
    private static boolean speaksOrIsSpokenAbout(Reads reads, Node node) {
        return reads.dataset().findNG(Node.ANY, Node.ANY, Schema.creator.asNode(), node).hasNext()
                || reads.dataset().findNG(Node.ANY, Node.ANY, Schema.about.asNode(), node).hasNext();
    }

    /** What kind of entity it is, in words. */
    static String kind(Facts facts) {
        if (facts.is(NG.Spokesperson.asNode())) {
            return "Person, named only in one article";
        }
        if (facts.is(Schema.Person.asNode()) || facts.is(NG.Person.asNode())) {
            return "Person";
        }
        if (facts.is(Schema.Organization.asNode()) || facts.is(NG.Organization.asNode())) {
            return "Organisation";
        }
        if (facts.is(Schema.Place.asNode()) || facts.is(NG.Place.asNode())) {
            return "Place";
        }
        if (facts.is(NG.Agent.asNode())) {
            return "Source without a name, in one article";
        }
        return "Speaker";
    }

    /** A definition list of facts; returns it for rows. */
    static Element facts(Element parent) {
        return parent.appendElement("dl").addClass("facts");
    }

    static Element fact(Element list, String term) {
        list.appendElement("dt").text(term);
        return list.appendElement("dd");
    }

    /** The IRI and its RDF descriptions. */
    static void identity(Element list, Site site, String iri) {
        fact(list, "IRI").appendElement("span").addClass("iri").text(iri);
        Element data = fact(list, "As data");
        String base = site.data(iri);
        List<String[]> formats = List.of(new String[] {"ttl", "Turtle"}, new String[] {"jsonld", "JSON-LD"},
                new String[] {"nt", "N-Triples"}, new String[] {"rdf", "RDF/XML"});
        for (int i = 0; i < formats.size(); i++) {
            if (i > 0) {
                data.appendText(" · ");
            }
            Html.link(data, base == null ? null : base + "?format=" + formats.get(i)[0], formats.get(i)[1]);
        }
    }

    /** A value: a link to the local page of an IRI of the graph, an external link, or text. */
    static void value(Element into, Reads reads, Site site, Node value) {
        if (value.isLiteral()) {
            into.appendText(value.getLiteralLexicalForm());
        } else if (value.isURI()) {
            String page = site.page(value.getURI());
            if (page != null) {
                String name = Facts.name(reads, value);
                Html.link(into, page, name == null ? value.getURI() : name);
            } else {
                Html.link(into, value.getURI(), value.getURI()).addClass("iri");
            }
        } else {
            into.appendText(value.toString());
        }
    }
}
