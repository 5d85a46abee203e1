package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.NG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name index: the queries give the same answers with it as without it, only faster. */
class NameIndexTest {

    private static final Map<String, String> FALLON = Map.of("speaker_name", "Fallon");

    @TempDir
    Path temp;

    @Test
    void aDatabaseWrittenByAnotherToolGetsItsIndexOntologyAndTheSameAnswers() {
        Path dir = temp.resolve("db");
        Dataset foreign = TDB2Factory.connectDataset(dir.toString());
        foreign.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(foreign, () -> foreign.addNamedModel(ArticleGraph.graphName(SeedArticles.seed().article()),
                ArticleGraph.of(SeedArticles.seed())));
        assertFalse(Txn.calculateRead(foreign, () -> NameIndex.isComplete(foreign.asDatasetGraph())));
        TDBInternal.expel(foreign.asDatasetGraph());
        // the answer without an index: the same article and the ontology (which labels the kinds)
        Dataset reference = TDB2Factory.connectDataset(temp.resolve("reference").toString());
        reference.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(reference, () -> {
            reference.addNamedModel(ArticleGraph.graphName(SeedArticles.seed().article()),
                    ArticleGraph.of(SeedArticles.seed()));
            reference.addNamedModel(NG.ONTOLOGY, NewsStore.ontology());
        });
        List<String> withoutIndex = rows(reference, "who-said-what", FALLON);
        assertFalse(Txn.calculateRead(reference, () -> NameIndex.isComplete(reference.asDatasetGraph())));
        TDBInternal.expel(reference.asDatasetGraph());

        try (NewsStore store = NewsStore.openExisting(dir)) {
            assertTrue(Txn.calculateRead(store.dataset(), () -> NameIndex.isComplete(store.dataset().asDatasetGraph())),
                    "opening the database indexed its names");
            assertTrue(store.tripleCount(NG.ONTOLOGY) > 0, "and added the ontology the queries read labels from");
            assertFalse(withoutIndex.isEmpty());
            assertEquals(withoutIndex, rows(store.dataset(), "who-said-what", FALLON));
        }
    }

    @Test
    void aNameLeftInTheIndexByAnOlderVersionOfAnArticleFindsNothing() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            store.replace(SeedArticles.seed().article(), ArticleGraph.of(SeedArticles.seed()));
            assertFalse(rows(store.dataset(), "who-said-what", FALLON).isEmpty());
            Node stale = NodeFactory.createURI(NameIndex.NAMESPACE + ":zzyzx");
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().asDatasetGraph().add(Quad.defaultGraphIRI, stale,
                        NodeFactory.createURI(NameIndex.NAMESPACE + "#key"), NodeFactory.createLiteralString("zzyzx"));
                store.dataset().asDatasetGraph().add(Quad.defaultGraphIRI, stale,
                        NodeFactory.createURI(NameIndex.NAMESPACE + "#real"),
                        NodeFactory.createURI("https://w3id.org/newsgraph/id/person/michael-fallon"));
            });

            // and one that points to an article's entity of the same real entity: its hub is checked, then its members
            String member = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution exec = QueryExecutionFactory.create("PREFIX schema: <http://schema.org/> SELECT ?p"
                        + " { GRAPH ?a { ?p schema:name \"Michael Fallon\" } } LIMIT 1", store.dataset())) {
                    return exec.execSelect().next().getResource("p").getURI();
                }
            });
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(Quad.defaultGraphIRI, stale,
                    NodeFactory.createURI(NameIndex.NAMESPACE + "#real"), NodeFactory.createURI(member)));

            assertEquals(List.of(), rows(store.dataset(), "who-said-what", Map.of("speaker_name", "zzyzx")),
                    "each candidate of the index is checked against the articles");
            assertEquals(List.of(), rows(store.dataset(), "said-about", Map.of("about_name", "zzyzx")));
            assertEquals(List.of(), rows(store.dataset(), "what-a-said-about-b", Map.of("speaker_name", "zzyzx",
                    "about_name", "corbyn")));
            assertEquals(List.of(), rows(store.dataset(), "whom-a-speaks-about", Map.of("speaker_name", "zzyzx")));
            assertEquals(List.of(), rows(store.dataset(), "who-speaks-about", Map.of("about_name", "zzyzx")));
            assertFalse(rows(store.dataset(), "what-a-said-about-b", Map.of("speaker_name", "fallon",
                    "about_name", "corbyn")).isEmpty(), "the real names still find them");
        }
    }

    private static List<String> rows(Dataset dataset, String query, Map<String, String> parameters) {
        return Txn.calculateRead(dataset, () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution exec = QueryExecutionFactory.create(NamedQuery.find(query).bind(parameters), dataset)) {
                ResultSet results = exec.execSelect();
                results.forEachRemaining(r -> rows.add(r.toString()));
            }
            return rows;
        });
    }
}
