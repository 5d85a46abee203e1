package newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsgraph.names.EntityType;
import newsgraph.rdf.Iris;
import newsgraph.store.NamedQuery;
import newsgraph.store.NewsStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The name index points each name to the real entity that bears it (a hub, or an entity without one): a name that
 * many articles give one person is one entry, and the entries follow the hubs through a resolve.
 */
class RealEntityNameIndexTest {

    private static final String INDEX = "urn:newsgraph:name-index";
    private static final String TOM = Iris.entity(EntityType.PERSON, "Tom Halvorsen");

    @TempDir
    Path temp;

    @Test
    void aNameThatManyArticlesGiveOnePersonIsOneEntryAndAResolveMovesTheRestToTheirHubs() throws Exception {
        Map<String, String> corpus = new LinkedHashMap<>();
        corpus.put("minister", IdentityArticles.MINISTER);
        corpus.put("again", IdentityArticles.FULL_NAME_AGAIN);
        corpus.put("surname", IdentityArticles.SURNAME_ONLY);
        corpus.put("chef", IdentityArticles.CHEF);
        List<Path> files = IdentityArticles.write(temp.resolve("in"), corpus);
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, files);
            assertEquals(Set.of(TOM), entries(store, "tom halvorsen"),
                    "both articles' Tom Halvorsen were placed on his hub as they were stored: one entry, the hub");
            String mrHalvorsen = IdentityArticles.entity(store, "surname", "halvorsen");
            assertTrue(entries(store, "halvorsen").contains(mrHalvorsen),
                    "'Mr Halvorsen' waits for a resolve: until then he is his own real entity");
            assertAnswersAsWithoutTheIndex(store);

            store.resolve();
            assertEquals(TOM, IdentityArticles.hubs(store).get(mrHalvorsen), "the resolve put him on the minister's hub");
            assertFalse(entries(store, "halvorsen").contains(mrHalvorsen), "his entry now points to his hub");
            assertTrue(entries(store, "halvorsen").contains(TOM), entries(store, "halvorsen").toString());
            Set<String> notReal = Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                Set<String> found = new TreeSet<>();
                dsg.find(Quad.defaultGraphIRI, Node.ANY, NodeFactory.createURI(INDEX + "#real"), Node.ANY)
                        .forEachRemaining(q -> {
                            if (dsg.find(IdentityGraph.NODE, q.getObject(), IdentityArticles.SAME_AS, Node.ANY).hasNext()) {
                                found.add(q.getObject().getURI());
                            }
                        });
                return found;
            });
            assertEquals(Set.of(), notReal, "after a resolve every entry points to a hub");
            assertAnswersAsWithoutTheIndex(store);
        }
    }

    @Test
    void anIndexOfTheOlderLayoutIsRebuiltWhenTheDatabaseIsOpened() throws Exception {
        List<Path> files = IdentityArticles.write(temp.resolve("in"), Map.of("minister", IdentityArticles.MINISTER));
        Path db = temp.resolve("db");
        try (NewsStore store = NewsStore.open(db)) {
            IdentityArticles.load(store, files);
            String minister = IdentityArticles.entity(store, "minister", "/person/tom-halvorsen");
            // the older layout: each key to every article entity with the name, and the marker "yes"
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, NodeFactory.createURI(INDEX + "#real"), Node.ANY);
                dsg.deleteAny(Quad.defaultGraphIRI, NodeFactory.createURI(INDEX), NodeFactory.createURI(INDEX + "#complete"),
                        Node.ANY);
                dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI(INDEX + ":tom+halvorsen"),
                        NodeFactory.createURI(INDEX + "#of"), NodeFactory.createURI(minister));
                dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI(INDEX), NodeFactory.createURI(INDEX + "#complete"),
                        NodeFactory.createLiteralString("yes"));
            });
            assertEquals(Set.of(), entries(store, "tom halvorsen"));
            assertTrue(ask(store.dataset(), "ASK { GRAPH <urn:x-arq:DefaultGraph> { ?key <" + INDEX + "#of> ?entity } }"));
            assertAnswersAsWithoutTheIndex(store);
        }
        try (NewsStore store = NewsStore.openExisting(db)) {
            assertEquals(Set.of(TOM), entries(store, "tom halvorsen"), "opened, the index was built in this layout");
            assertTrue(ask(store.dataset(), "ASK { GRAPH <urn:x-arq:DefaultGraph> { <" + INDEX + "> <" + INDEX
                    + "#complete> \"real entities\" } }"));
            assertFalse(ask(store.dataset(), "ASK { GRAPH <urn:x-arq:DefaultGraph> { ?key <" + INDEX + "#of> ?entity } }"),
                    "and the older layout's entries are gone");
            assertAnswersAsWithoutTheIndex(store);
        }
    }

    /** The real entities a key points to. */
    private static Set<String> entries(NewsStore store, String key) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> found = new TreeSet<>();
            store.dataset().asDatasetGraph().find(Quad.defaultGraphIRI, NodeFactory.createURI(INDEX + ":"
                    + key.replace(' ', '+')), NodeFactory.createURI(INDEX + "#real"), Node.ANY)
                    .forEachRemaining(q -> found.add(q.getObject().getURI()));
            return found;
        });
    }

    /** The named queries give the same rows from the index as from reading every article (the index's marker unmatched). */
    private static void assertAnswersAsWithoutTheIndex(NewsStore store) {
        for (String name : List.of("Halvorsen", "Tom Halvorsen", "halvorsen", "Ingrid")) {
            for (String query : List.of("who-said-what", "timeline", "outlets", "whom-a-speaks-about")) {
                Map<String, String> parameters = Map.of("speaker_name", name);
                assertEquals(rows(store.dataset(), NamedQuery.find(query), parameters),
                        rows(store.dataset(), withoutIndex(query), parameters), query + " " + name);
            }
            for (String query : List.of("said-about", "who-speaks-about")) {
                Map<String, String> parameters = Map.of("about_name", name);
                assertEquals(rows(store.dataset(), NamedQuery.find(query), parameters),
                        rows(store.dataset(), withoutIndex(query), parameters), query + " " + name);
            }
            Map<String, String> named = Map.of("name", name);
            List<String> found = rows(store.dataset(), NamedQuery.find("entities-named"), named);
            assertEquals(found, rows(store.dataset(), withoutIndex("entities-named"), named), "entities-named " + name);
        }
        assertFalse(rows(store.dataset(), NamedQuery.find("who-said-what"), Map.of("speaker_name", "Halvorsen")).isEmpty());
    }

    private static NamedQuery withoutIndex(String query) {
        NamedQuery named = NamedQuery.find(query);
        return new NamedQuery(named.name(), named.source(), named.text().replace("\"real entities\"", "\"never\""));
    }

    private static List<String> rows(Dataset dataset, NamedQuery query, Map<String, String> parameters) {
        return Txn.calculateRead(dataset, () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution exec = QueryExecutionFactory.create(query.bind(parameters), dataset)) {
                exec.execSelect().forEachRemaining(r -> rows.add(r.toString()));
            }
            return rows;
        });
    }

    private static boolean ask(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(query, dataset)) {
                return exec.execAsk();
            }
        });
    }
}
