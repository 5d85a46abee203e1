package newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.rdf.Iris;
import newsgraph.rdf.NG;
import newsgraph.store.NewsStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identity in a TDB2 store on disk: resolve, hubs that keep their IRIs, and load keeping identity current. */
class IdentityStoreTest {

    @TempDir
    Path temp;

    private static final String TOM = Iris.entity(newsgraph.names.EntityType.PERSON, "Tom Halvorsen");

    private Map<String, String> articles(String... namesAndTexts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            m.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return m;
    }

    @Test
    void resolveJoinsTheArticlesOfOnePersonAndKeepsANamesakeApart() throws Exception {
        List<Path> files = IdentityArticles.write(temp.resolve("in"), articles("minister", IdentityArticles.MINISTER,
                "chef", IdentityArticles.CHEF, "surname", IdentityArticles.SURNAME_ONLY,
                "again", IdentityArticles.FULL_NAME_AGAIN));
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, files);
            Resolver.Resolved done = store.resolve();
            assertEquals(0, store.awaitingResolve(), "a resolve places every entity");
            assertTrue(done.hubs() > 0 && done.entities() >= done.hubs(), done.toString());
            Map<String, String> hub = IdentityArticles.hubs(store);
            String minister = IdentityArticles.entity(store, "minister", "/person/tom-halvorsen");
            String again = IdentityArticles.entity(store, "again", "/person/tom-halvorsen");
            String chef = IdentityArticles.entity(store, "chef", "/person/ingrid-halvorsen");
            String surname = IdentityArticles.entity(store, "surname", "halvorsen");
            assertEquals(TOM, hub.get(minister));
            assertEquals(TOM, hub.get(again));
            assertEquals(TOM, hub.get(surname), "'Mr Halvorsen', named with Leeds and the BBC as the minister is: him");
            assertNotEquals(TOM, hub.get(chef));
            assertEquals(Iris.entity(newsgraph.names.EntityType.PERSON, "Ingrid Halvorsen"), hub.get(chef));
        }
    }

    @Test
    void hubsKeepTheirIrisAcrossResolvesAndMoreArticles() throws Exception {
        List<Path> first = IdentityArticles.write(temp.resolve("first"), articles("minister",
                IdentityArticles.MINISTER, "chef", IdentityArticles.CHEF));
        List<Path> more = IdentityArticles.write(temp.resolve("more"), articles("again",
                IdentityArticles.FULL_NAME_AGAIN, "surname", IdentityArticles.SURNAME_ONLY));
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, first);
            store.resolve();
            Map<String, String> before = IdentityArticles.hubs(store);
            Graph identity = identity(store);

            Resolver.Resolved again = store.resolve();
            assertTrue(identity.isIsomorphicWith(identity(store)), "a resolve of the same store changes nothing");
            assertEquals(List.of(), again.changedHubList());

            IdentityArticles.load(store, more);
            String tomAgain = IdentityArticles.entity(store, "again", "/person/tom-halvorsen");
            assertEquals(TOM, IdentityArticles.hubs(store).get(tomAgain), "load placed him on his hub at once");
            Resolver.Resolved afterMore = store.resolve();
            Map<String, String> after = IdentityArticles.hubs(store);
            before.forEach((member, hub) -> assertEquals(hub, after.get(member), member));
            String mrHalvorsen = IdentityArticles.entity(store, "surname", "halvorsen");
            assertEquals(TOM, after.get(mrHalvorsen));
            assertTrue(afterMore.changedHubs().contains(TOM), "the hub that gained a member at resolve changed: "
                    + afterMore.changedHubs());
            assertFalse(afterMore.changedHubs().contains(Iris.entity(newsgraph.names.EntityType.PERSON,
                    "Ingrid Halvorsen")), "the chef's did not");
        }
    }

    @Test
    void loadingOneByOneAgreesWithAFullResolve() throws Exception {
        Map<String, String> corpus = articles("minister", IdentityArticles.MINISTER, "chef", IdentityArticles.CHEF,
                "surname", IdentityArticles.SURNAME_ONLY, "again", IdentityArticles.FULL_NAME_AGAIN);
        List<Path> files = IdentityArticles.write(temp.resolve("in"), corpus);
        Map<String, String> incremental;
        Map<String, String> resolvedAfter;
        long waiting;
        try (NewsStore store = NewsStore.open(temp.resolve("one-by-one"))) {
            for (Path f : files) {
                IdentityArticles.load(store, List.of(f));
            }
            incremental = IdentityArticles.hubs(store);
            waiting = store.awaitingResolve();
            store.resolve();
            resolvedAfter = IdentityArticles.hubs(store);
        }
        Map<String, String> full;
        try (NewsStore store = NewsStore.open(temp.resolve("all-then-resolve"))) {
            IdentityArticles.load(store, files);
            store.resolve();
            full = IdentityArticles.hubs(store);
        }
        assertTrue(waiting > 0, "the surname alone waits for resolve");
        assertFalse(incremental.isEmpty());
        // whatever load decided, a full resolve decides the same: two placed entities share a hub in one iff in the other
        for (String a : incremental.keySet()) {
            for (String b : incremental.keySet()) {
                assertEquals(full.get(a).equals(full.get(b)), incremental.get(a).equals(incremental.get(b)), a + " ~ " + b);
            }
        }
        assertEquals(partition(full), partition(resolvedAfter), "and a resolve after the loads is the full resolve");
    }

    @Test
    void aRetiredHubIsNeverGivenOutAgain() throws Exception {
        List<Path> first = IdentityArticles.write(temp.resolve("first"), articles("minister",
                IdentityArticles.MINISTER));
        List<Path> later = IdentityArticles.write(temp.resolve("later"), articles("again",
                IdentityArticles.FULL_NAME_AGAIN));
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, first);
            store.resolve();
            String article = store.articleGraphNames().get(0);
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .deleteAny(NodeFactory.createURI(article), Node.ANY, Node.ANY, Node.ANY));
            Resolver.Resolved gone = store.resolve();
            assertTrue(gone.changedHubs().contains(TOM));
            assertTrue(identity(store).contains(IdentityGraph.NODE, NG.retiredHub.asNode(), NodeFactory.createURI(TOM)));
            IdentityArticles.load(store, later);
            store.resolve();
            String tomLater = IdentityArticles.entity(store, "again", "/person/tom-halvorsen");
            assertEquals(TOM + "-2", IdentityArticles.hubs(store).get(tomLater),
                    "an IRI once given out keeps its meaning: the store cannot know it is the same man");
            assertNull(IdentityArticles.hubs(store).get(TOM));
        }
    }

    @Test
    void theIdentityGraphConformsToTheShapesAndAMemberWithTwoHubsDoesNot() throws Exception {
        List<Path> files = IdentityArticles.write(temp.resolve("in"), articles("minister", IdentityArticles.MINISTER,
                "chef", IdentityArticles.CHEF));
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, files);
            store.resolve();
            Graph identity = identity(store);
            var report = org.apache.jena.shacl.ShaclValidator.get().validate(newsgraph.rdf.NewsOntology.shapes(), identity);
            assertTrue(report.conforms(), report.getEntries()::toString);
            String minister = IdentityArticles.entity(store, "minister", "/person/tom-halvorsen");
            identity.add(NodeFactory.createURI(minister), IdentityArticles.SAME_AS,
                    NodeFactory.createURI(Iris.entity(newsgraph.names.EntityType.PERSON, "Ingrid Halvorsen")));
            assertFalse(org.apache.jena.shacl.ShaclValidator.get().validate(newsgraph.rdf.NewsOntology.shapes(), identity)
                    .conforms(), "one article's entity is one real entity");
        }
    }

    private static Graph identity(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().asDatasetGraph().getGraph(IdentityGraph.NODE).find().forEachRemaining(g::add);
            return g;
        });
    }

    /** The entities grouped by hub, whatever the hubs are called. */
    private static java.util.Set<java.util.Set<String>> partition(Map<String, String> hubs) {
        Map<String, java.util.Set<String>> groups = new HashMap<>();
        hubs.forEach((m, h) -> groups.computeIfAbsent(h, x -> new java.util.TreeSet<>()).add(m));
        return new java.util.HashSet<>(groups.values());
    }
}
