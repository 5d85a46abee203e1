package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.extract.Analysis;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.NG;
import newsgraph.rdf.Schema;
import newsgraph.text.Article;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsStoreTest {

    private static Analysis seed;
    private static Model seedGraph;
    private static Analysis other;
    private static Model otherGraph;

    @TempDir
    Path temp;

    @BeforeAll
    static void extractOnce() {
        seed = SeedArticles.seed();
        seedGraph = ArticleGraph.of(seed);
        other = SeedArticles.other();
        otherGraph = ArticleGraph.of(other);
    }

    @Test
    void reloadingTheSameArticleLeavesTheTripleCountUnchanged() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            store.replace(seed.article(), seedGraph);
            long once = store.quadCount();
            long articleTriples = store.tripleCount(ArticleGraph.graphName(seed.article()));

            store.replace(seed.article(), ArticleGraph.of(seed));

            assertEquals(once, store.quadCount());
            assertEquals(articleTriples, store.tripleCount(ArticleGraph.graphName(seed.article())));
            assertEquals(seedGraph.size(), articleTriples, "the stored graph is the article's graph, triple for triple");
        }
    }

    @Test
    void reloadingOneArticleLeavesAnotherUntouched() {
        String otherName = ArticleGraph.graphName(other.article());
        String seedName = ArticleGraph.graphName(seed.article());
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            Map<Article, Model> both = new LinkedHashMap<>();
            both.put(seed.article(), seedGraph);
            both.put(other.article(), otherGraph);
            store.replaceAll(both);
            Model otherBefore = store.copyOf(otherName);

            // a smaller graph for the seed: replacing must drop what is no longer there
            Model smaller = ModelFactory.createDefaultModel().add(seedGraph);
            smaller.removeAll(null, Schema.text, null);
            store.replace(seed.article(), smaller);

            assertTrue(store.copyOf(otherName).isIsomorphicWith(otherBefore), "the other article is untouched");
            assertSameTriples(smaller, store.copyOf(seedName));
            assertEquals(List.of(otherName, seedName).stream().sorted().toList(),
                    store.articleGraphNames().stream().sorted().toList());
        }
    }

    /**
     * The same triples, literals compared by value: TDB2 keeps numbers as values, so "0.70"^^xsd:decimal comes
     * back as "0.7"^^xsd:decimal.
     */
    private static void assertSameTriples(Model expected, Model actual) {
        assertEquals(expected.size(), actual.size());
        actual.getGraph().find().forEachRemaining(t -> assertTrue(expected.getGraph()
                .find(t.getSubject(), t.getPredicate(), null)
                .filterKeep(e -> e.getObject().equals(t.getObject()) || e.getObject().sameValueAs(t.getObject()))
                .hasNext(), "not expected: " + t));
    }

    @Test
    void storesTheOntologyInItsOwnGraphOnce() {
        Model ontology = NewsStore.ontology();
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            store.replace(seed.article(), seedGraph);
            store.replace(other.article(), otherGraph);

            assertTrue(store.copyOf(NG.ONTOLOGY).isIsomorphicWith(ontology));
            // and the identity graph that load keeps (issue 11)
            long identity = store.tripleCount(newsgraph.identity.IdentityGraph.NAME);
            assertTrue(identity > 0, "load placed the entities it could");
            assertEquals(ontology.size() + seedGraph.size() + otherGraph.size() + identity, store.quadCount());
            assertFalse(store.articleGraphNames().contains(NG.ONTOLOGY), "the ontology is not an article");
            assertFalse(store.articleGraphNames().contains(newsgraph.identity.IdentityGraph.NAME), "nor identity");
        }
    }

    @Test
    void theDefaultGraphIsTheUnionOfAllArticles() {
        long statements = seedGraph.listSubjectsWithProperty(RDF.type, Schema.Quotation).toList().size()
                + otherGraph.listSubjectsWithProperty(RDF.type, Schema.Quotation).toList().size();
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            store.replaceAll(Map.of(seed.article(), seedGraph, other.article(), otherGraph));
            long counted = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create(
                        "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <http://schema.org/Quotation> }", store.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertTrue(statements > 0);
            assertEquals(statements, counted);
        }
    }

    @Test
    void aClosedStoreOpensAgainWithItsData() {
        Path dir = temp.resolve("db");
        try (NewsStore store = NewsStore.open(dir)) {
            store.replace(seed.article(), seedGraph);
        }
        try (NewsStore store = NewsStore.openExisting(dir)) {
            assertEquals(seedGraph.size(), store.tripleCount(ArticleGraph.graphName(seed.article())));
        }
    }

    @Test
    void openingAMissingDatabaseForReadingDoesNotCreateOne() {
        Path dir = temp.resolve("nothing-here");
        StoreException e = assertThrows(StoreException.class, () -> NewsStore.openExisting(dir));
        assertTrue(e.getMessage().startsWith("no database at " + dir), e.getMessage());
        assertFalse(Files.exists(dir));
    }

    @Test
    void refusesToTurnAnUnrelatedDirectoryIntoADatabase() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(dir.resolve("holiday.jpg"), "not a database");
        StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(dir));
        assertTrue(e.getMessage().contains("is not a newsgraph database"), e.getMessage());
        assertEquals(1, Files.list(dir).count(), "nothing was written into it");
    }

    @Test
    void refusesAFileAsDatabaseDirectory() throws Exception {
        Path file = Files.writeString(temp.resolve("db"), "x");
        StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(file));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }
}
