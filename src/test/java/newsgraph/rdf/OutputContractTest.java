package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.Analysis;
import newsgraph.extract.Entity;
import newsgraph.names.EntityType;
import newsgraph.text.Article;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * The output contract that other tools and the evaluation rely on (issue 2), on the seed article's graph at the
 * default detail: the schema.org view, names, offsets into the stored text, deterministic IRIs.
 */
class OutputContractTest {

    private static final Model ONTOLOGY = NewsOntology.model();

    private final Article seed = TestArticles.seed();
    private final Analysis analysis = TestArticles.analysis(seed);
    private final Model graph = TestArticles.graph(seed);
    private final Resource article = graph.createResource(Iris.article(seed.id()));

    @Test
    void articleIsANewsArticleWithItsHeadline() {
        assertEquals(List.of(article), graph.listSubjectsWithProperty(RDF.type, Schema.NewsArticle).toList());
        String firstLine = seed.text().lines().findFirst().orElseThrow().strip();
        assertEquals(firstLine, article.getProperty(Schema.headline).getString());
    }

    @Test
    void everyStatementIsAQuotationWithTextSpeakerAndArticle() {
        List<Resource> statements = graph.listSubjectsWithProperty(RDF.type, Schema.Quotation).toList();
        assertEquals(analysis.statements().size(), statements.size());
        assertTrue(statements.size() >= 10, "the seed has at least ten statements: " + statements.size());
        for (Resource s : statements) {
            assertEquals(1, graph.listObjectsOfProperty(s, Schema.text).toList().size(), s.getURI());
            assertFalse(s.getProperty(Schema.text).getString().isBlank(), s.getURI());
            List<RDFNode> creators = graph.listObjectsOfProperty(s, Schema.creator).toList();
            assertEquals(1, creators.size(), s.getURI());
            assertTrue(creators.get(0).asResource().hasProperty(Schema.name), s.getURI());
            assertEquals(List.of(article), graph.listObjectsOfProperty(s, Schema.isPartOf).toList(), s.getURI());
        }
    }

    /** Every entity whose name stands in a statement's words is among what the statement is about. */
    @Test
    void statementsAreAboutTheEntitiesTheyName() {
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Resource s : graph.listSubjectsWithProperty(RDF.type, Schema.Quotation).toList()) {
            String text = s.getProperty(Schema.text).getString();
            for (Resource e : entitiesNamedIn(text)) {
                named++;
                if (!graph.contains(s, Schema.about, e) && !graph.contains(s, Schema.creator, e)) {
                    missing.add(s.getURI() + " names " + e.getURI());
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(named >= 10, "names found in statements: " + named);
        long withAbout = graph.listSubjectsWithProperty(Schema.about).toList().stream()
                .filter(s -> s.hasProperty(RDF.type, Schema.Quotation)).count();
        assertTrue(withAbout * 4 >= 3 * analysis.statements().size(), "most statements are about someone: " + withAbout);
    }

    /** Entities one of whose names stands as words in the text, not inside a longer name ("Europe" in "Eastern Europe"). */
    private Set<Resource> entitiesNamedIn(String text) {
        record Hit(int begin, int end, Resource entity) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Resource e : namedEntities()) {
            for (Statement n : e.listProperties(Schema.name).andThen(e.listProperties(Schema.alternateName)).toList()) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n.getString()) + "(?![\\p{L}\\p{N}])")
                        .matcher(text);
                while (m.find()) {
                    hits.add(new Hit(m.start(), m.end(), e));
                }
            }
        }
        Set<Resource> named = new java.util.LinkedHashSet<>();
        for (Hit h : hits) {
            boolean inLonger = hits.stream().anyMatch(o -> o.begin() <= h.begin() && h.end() <= o.end()
                    && o.end() - o.begin() > h.end() - h.begin());
            if (!inLonger) {
                named.add(h.entity());
            }
        }
        return named;
    }

    /** What the evaluation (and any schema.org consumer) asks: the "he told reporters" quote is Fallon's. */
    @Test
    void schemaOrgQueryFindsAKnownStatementWithItsSpeaker() {
        String query = """
                PREFIX schema: <http://schema.org/>
                SELECT ?name ?text WHERE {
                  ?q a schema:Quotation ; schema:text ?text ; schema:creator ?who ; schema:isPartOf ?article .
                  ?who a schema:Person ; schema:name ?name .
                  ?article a schema:NewsArticle .
                  FILTER (CONTAINS(?text, "Any undermining of our deterrent"))
                }""";
        try (QueryExecution qe = QueryExecution.model(graph).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            assertEquals(1, rows.size());
            assertEquals("Michael Fallon", rows.get(0).getLiteral("name").getString());
        }
    }

    @Test
    void everyEntityIsTypedAndNamed() {
        List<Resource> entities = namedEntities();
        assertTrue(entities.size() >= 10, "entities: " + entities.size());
        for (Resource e : entities) {
            assertEquals(1, e.listProperties(Schema.name).toList().size(), e.getURI());
            assertEquals(1, e.listProperties(RDF.type).toList().size(), "one class: " + e.getURI());
        }
        assertTrue(entities.contains(graph.createResource(Iris.localEntity(seed.id(), EntityType.PERSON, "Michael Fallon"))));
        assertTrue(entities.contains(graph.createResource(Iris.localEntity(seed.id(), EntityType.ORGANIZATION, "Labour"))));
        assertTrue(entities.contains(graph.createResource(Iris.localEntity(seed.id(), EntityType.PLACE, "Russia"))));
    }

    /**
     * A name is the label (schema:name ⊑ rdfs:label in the ontology), a span's words are its nif:anchorOf: an
     * rdfs:label is written only where nothing else names the node, on posts and on the software.
     */
    @Test
    void labelsOnlyWhereNothingElseNamesTheNode() {
        Set<String> labelled = new TreeSet<>();
        graph.listSubjectsWithProperty(RDFS.label).forEach(s -> {
            if (!s.hasProperty(RDF.type, Org.Post) && !s.hasProperty(RDF.type, Prov.SoftwareAgent)) {
                labelled.add(s.getURI());
            }
        });
        assertEquals(Set.of(), labelled);
        assertTrue(graph.contains(null, RDF.type, Org.Post), "the seed has posts, which are labelled");
        assertTrue(ONTOLOGY.contains(Schema.name, RDFS.subPropertyOf, RDFS.label));
        assertTrue(graph.listSubjects().toList().stream().noneMatch(RDFNode::isAnon), "no blank nodes");
    }

    @Test
    void everySpanIsTheTextBetweenItsOffsets() {
        Resource context = article.getPropertyResourceValue(NG.textContext);
        String stored = context.getProperty(Nif.isString).getString();
        assertEquals(seed.text(), stored);
        List<Resource> spans = graph.listSubjectsWithProperty(Nif.beginIndex).toList();
        assertTrue(spans.size() > 50, "spans: " + spans.size());
        int anchored = 0;
        for (Resource span : spans) {
            int begin = span.getProperty(Nif.beginIndex).getInt();
            int end = span.getProperty(Nif.endIndex).getInt();
            assertEquals(Iris.span(seed.id(), begin, end), span.getURI());
            if (span.equals(context)) {
                continue;
            }
            assertEquals(context, span.getPropertyResourceValue(Nif.referenceContext), span.getURI());
            if (span.hasProperty(Nif.anchorOf)) {
                anchored++;
                assertEquals(stored.substring(begin, end), span.getProperty(Nif.anchorOf).getString(), span.getURI());
            }
        }
        assertTrue(anchored > 30, "the cues, speaker mentions and sentences carry their words: " + anchored);
    }

    @Test
    void everyStatementAndEntityPointsIntoTheText() {
        for (Resource s : graph.listSubjectsWithProperty(RDF.type, Schema.Quotation).toList()) {
            Resource content = s.getPropertyResourceValue(NG.content);
            assertEquals(s.getProperty(Schema.text).getString(), seed.text().substring(
                    content.getProperty(Nif.beginIndex).getInt(), content.getProperty(Nif.endIndex).getInt()));
        }
        for (Resource e : namedEntities()) {
            assertTrue(graph.contains(null, Nif.taIdentRef, e), () -> "no mention of " + e.getURI());
        }
    }

    @Test
    void namedEntityIrisComeFromCanonicalNames() {
        for (Entity e : analysis.entities()) {
            // every entity is scoped to its article (issue 11): "the entity this article calls X"
            String expected = Iris.localEntity(seed.id(), e.type(), e.name());
            assertTrue(graph.containsResource(graph.createResource(expected)), expected);
            assertEquals(e.name(), graph.createResource(expected).getProperty(Schema.name).getString());
        }
    }

    @Test
    void sameArticleTwiceGivesTheSameGraph() {
        // a fresh extraction, not the cached one
        Model again = ArticleGraph.of(TestArticles.extractor().extract(seed));
        assertTrue(graph.isIsomorphicWith(again));
        assertEquals(iris(graph), iris(again));
    }

    @Test
    void sameTextUnderAnotherIdHasItsOwnEntitiesWhichIdentityJoins() {
        Article copy = new Article("copy-of-seed", seed.text());
        Model other = ArticleGraph.of(TestArticles.extractor().extract(copy));
        Set<String> named = new TreeSet<>();
        Set<String> namedInOther = new TreeSet<>();
        namedEntities().forEach(e -> named.add(e.getURI().substring(Iris.article(seed.id()).length())));
        namedEntities(other).forEach(e -> namedInOther.add(e.getURI().substring(Iris.article(copy.id()).length())));
        assertFalse(named.isEmpty());
        // each article's entities are its own (an IRI keeps its meaning whatever other articles say) ...
        assertTrue(namedEntities(other).stream().allMatch(e -> e.getURI().startsWith(Iris.article(copy.id()) + "/")));
        assertEquals(named, namedInOther);
        // ... and identity joins them: each entity of one with the same entity of the other, under one hub
        java.util.List<newsgraph.identity.EntityRecord> records = new java.util.ArrayList<>();
        records.addAll(newsgraph.identity.EntityRecords.of(
                org.apache.jena.graph.NodeFactory.createURI(Iris.article(seed.id())), graph.getGraph()));
        records.addAll(newsgraph.identity.EntityRecords.of(
                org.apache.jena.graph.NodeFactory.createURI(Iris.article(copy.id())), other.getGraph()));
        org.apache.jena.graph.Graph identity = newsgraph.identity.Resolver.standard().resolve(records, Iris.DEFAULT_BASE);
        for (String relative : named) {
            var a = identity.find(org.apache.jena.graph.NodeFactory.createURI(Iris.article(seed.id()) + relative),
                    org.apache.jena.vocabulary.OWL.sameAs.asNode(), org.apache.jena.graph.Node.ANY).next().getObject();
            var b = identity.find(org.apache.jena.graph.NodeFactory.createURI(Iris.article(copy.id()) + relative),
                    org.apache.jena.vocabulary.OWL.sameAs.asNode(), org.apache.jena.graph.Node.ANY).next().getObject();
            assertEquals(a, b, relative);
        }
        // everything else belongs to its own article
        Set<String> statementIris = new TreeSet<>();
        other.listSubjectsWithProperty(RDF.type, Schema.Quotation).forEach(s -> statementIris.add(s.getURI()));
        assertTrue(statementIris.stream().allMatch(iri -> iri.startsWith(Iris.article(copy.id()) + "/")));
        assertNotEquals(iris(graph), iris(other));
    }

    private List<Resource> namedEntities() {
        return namedEntities(graph);
    }

    private static List<Resource> namedEntities(Model m) {
        Set<Resource> all = new java.util.LinkedHashSet<>();
        for (Resource type : List.of(Schema.Person, Schema.Organization, Schema.Place)) {
            all.addAll(m.listSubjectsWithProperty(RDF.type, type).toList());
        }
        return new ArrayList<>(all);
    }

    private static Set<String> iris(Model m) {
        Set<String> iris = new TreeSet<>();
        m.listStatements().forEach(t -> {
            if (t.getSubject().isURIResource()) {
                iris.add(t.getSubject().getURI());
            }
            if (t.getObject().isURIResource()) {
                iris.add(t.getObject().asResource().getURI());
            }
        });
        return iris;
    }

}
