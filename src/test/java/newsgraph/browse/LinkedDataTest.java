package newsgraph.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import newsgraph.rdf.NG;
import newsgraph.rdf.Schema;
import newsgraph.server.JsonLdOffline;
import newsgraph.server.NewsServer;
import newsgraph.server.SeededServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every IRI of the graph answers on the server, as linked data: {@code /id/…} redirects (303 See Other) to the page
 * or to the data by {@code Accept}; the data comes in each RDF format, parses, and holds the resource's own triples
 * and the statements by and about it; JSON-LD needs no remote context; an IRI the graph does not hold is a 404.
 */
class LinkedDataTest {

    private static NewsServer server;
    private static String fallon;

    @BeforeAll
    static void serve() {
        server = SeededServer.server();
        fallon = Web.hub("Michael Fallon");
    }

    @Test
    void anIriRedirectsToThePageForABrowserAndToTheDataForAProgram() {
        String id = Web.local("/id/", fallon);
        for (String accept : List.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*")) {
            HttpResponse<String> see = Web.get(server, id, accept);
            assertEquals(303, see.statusCode(), accept);
            assertEquals(Web.local("/page/", fallon), see.headers().firstValue("Location").orElse(""));
            assertEquals("Accept", see.headers().firstValue("Vary").orElse(""), "the redirect depends on Accept");
        }
        for (String accept : List.of("text/turtle", "application/ld+json", "application/n-triples",
                "application/rdf+xml", "text/html;q=0.5, text/turtle")) {
            HttpResponse<String> see = Web.get(server, id, accept);
            assertEquals(303, see.statusCode(), accept);
            assertEquals(Web.local("/data/", fallon), see.headers().firstValue("Location").orElse(""), accept);
        }
        assertEquals(406, Web.get(server, id, "image/png").statusCode(), "nothing offered as an image");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void theDataOfAPersonComesInEachFormatWithTheStatementsByAndAboutHim(String mediaType) {
        HttpResponse<String> data = Web.get(server, Web.local("/data/", fallon), mediaType);
        assertEquals(200, data.statusCode(), data.body());
        assertTrue(data.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        assertEquals("Accept", data.headers().firstValue("Vary").orElse(""));
        Model model = parse(data.body(), RDFLanguages.contentTypeToLang(mediaType));
        Node person = NodeFactory.createURI(fallon);
        assertTrue(model.getGraph().contains(person, Schema.name.asNode(), NodeFactory.createLiteralString("Michael Fallon")));
        // a real entity (a hub): its statements are those of the article entities that are it (owl:sameAs)
        java.util.Set<Node> members = new java.util.HashSet<>();
        model.getGraph().find(Node.ANY, org.apache.jena.vocabulary.OWL.sameAs.asNode(), person)
                .forEachRemaining(t -> members.add(t.getSubject()));
        assertFalse(members.isEmpty(), "the article entities that are him");
        long by = model.getGraph().find(Node.ANY, Schema.creator.asNode(), Node.ANY)
                .filterKeep(t -> members.contains(t.getObject())).toList().size();
        long about = model.getGraph().find(Node.ANY, Schema.about.asNode(), Node.ANY)
                .filterKeep(t -> members.contains(t.getObject())).toList().size();
        String member = "GRAPH <" + newsgraph.identity.IdentityGraph.NAME + "> { ?m <http://www.w3.org/2002/07/owl#sameAs> <"
                + fallon + "> }";
        assertEquals(count("?s <http://schema.org/creator> ?m . " + member), by, "each of his statements");
        assertEquals(count("?s <http://schema.org/about> ?m . " + member), about, "each statement about him");
        assertTrue(by > 0 && about > 0);
    }

    @Test
    void theFormatCanBeNamedInTheAddressForLinksFromAPage() {
        HttpResponse<String> data = Web.get(server, Web.local("/data/", fallon) + "?format=nt", "text/html");
        assertEquals(200, data.statusCode());
        assertTrue(data.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertEquals(400, Web.get(server, Web.local("/data/", fallon) + "?format=exe", null).statusCode());
    }

    /** JSON-LD with a remote @context would make every reader fetch it; this one parses with fetching refused. */
    @Test
    void jsonLdCarriesItsContextAndParsesWithoutTheNetwork() {
        HttpResponse<String> data = Web.get(server, Web.local("/data/", fallon), "application/ld+json");
        assertFalse(data.body().matches("(?s).*\"@context\"\\s*:\\s*\"https?:.*"), "no remote context by address");
        assertFalse(data.body().contains("\"@import\""));
        JsonLdOffline.install();
        Model model = parse(data.body(), Lang.JSONLD);
        assertFalse(model.isEmpty());
    }

    /** An article is its graph: the description is exactly the stored named graph. */
    @Test
    void theDataOfAnArticleIsItsWholeGraph() {
        String article = Web.seedArticle();
        HttpResponse<String> data = Web.get(server, Web.local("/data/", article), "application/n-triples");
        assertEquals(200, data.statusCode());
        Model served = parse(data.body(), Lang.NTRIPLES);
        var dataset = SeededServer.store().dataset();
        Model stored = Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel()
                .add(dataset.getNamedModel(article)));
        assertTrue(served.isIsomorphicWith(stored), "the article's named graph, triple for triple");
    }

    /** A statement's description has its spans (words, cue, sentence, speaker mention) with their offsets. */
    @Test
    void theDataOfAStatementHasItsSpans() {
        String statement = Web.first("SELECT ?x { ?x <" + NG.speakerMention.getURI() + "> ?m ; <" + NG.cue.getURI()
                + "> ?c } LIMIT 1");
        HttpResponse<String> see = Web.get(server, Web.local("/id/", statement), "text/turtle");
        assertEquals(303, see.statusCode());
        HttpResponse<String> data = Web.get(server, see.headers().firstValue("Location").orElseThrow(), "text/turtle");
        Model model = parse(data.body(), Lang.TURTLE);
        Node s = NodeFactory.createURI(statement);
        for (Node span : List.of(NG.content.asNode(), NG.cue.asNode(), NG.speakerMention.asNode())) {
            Node target = model.getGraph().find(s, span, Node.ANY).next().getObject();
            assertTrue(model.getGraph().contains(target, org.apache.jena.graph.NodeFactory.createURI(
                    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex"), Node.ANY), span.toString());
        }
    }

    @Test
    void anIriTheGraphDoesNotHoldIsA404() {
        for (String prefix : List.of("/id/", "/page/", "/data/")) {
            HttpResponse<String> missing = Web.get(server, prefix + "person/nobody-at-all", null);
            assertEquals(404, missing.statusCode(), prefix);
            assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(missing.body().contains("Nothing in this graph has the IRI"), missing.body());
        }
        assertEquals(404, Web.get(server, "/page/", null).statusCode());
    }

    private static long count(String pattern) {
        return Web.count("SELECT (COUNT(DISTINCT ?s) AS ?n) { " + pattern + " }");
    }

    static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(model);
        return model;
    }
}
