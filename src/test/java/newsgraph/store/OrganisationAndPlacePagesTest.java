package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import newsgraph.identity.IdentityGraph;
import newsgraph.rdf.Iris;
import newsgraph.rdf.Schema;
import newsgraph.stats.Statistics;
import newsgraph.stats.StatisticsTerms;
import newsgraph.text.Article;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of {@code organisation-quotes} and {@code who-speaks-about-place} (issue 16): from the statistics — the
 * articles in which an organisation is heard ({@code st:voicedIn}), the speakers' keys on a place — they give what the
 * same query counts over the articles, page by page.
 *
 * <p>Six articles of the Acme Party: it speaks itself, its member Ann does, and Hal, who holds its post of leader; Zed
 * belongs to none of it. Each article's entities are its own, as extraction names them; a load places them on the hubs
 * of their names.
 */
class OrganisationAndPlacePagesTest {

    @TempDir
    Path temp;

    /** Who says what in each article: the speaker, then what the statement is about (or null); "-" says no words. */
    private static final Map<Integer, List<String[]>> SAID = Map.of(
            1, List.<String[]>of(new String[] {"acme", "atlantis"}, new String[] {"zed", null}),
            2, List.<String[]>of(new String[] {"ann", "atlantis"}, new String[] {"hal", "jones"}),
            // only the holder of its post: heard through the post alone
            3, List.<String[]>of(new String[] {"hal", "atlantis"}),
            // only Zed, and Ann with no words: no row of the organisation, so no key
            4, List.<String[]>of(new String[] {"zed", "atlantis"}, new String[] {"ann-", null}),
            5, List.<String[]>of(new String[] {"ann", null}, new String[] {"acme", null}, new String[] {"ann", "jones"}),
            // undated: its key has no day, and it comes last
            6, List.<String[]>of(new String[] {"ann", "atlantis"}, new String[] {"hal", null}));

    @Test
    void anOrganisationsQuotesAndAPlacesSpeakersPageFromTheStatisticsAsCounted() {
        Path dir = temp.resolve("db");
        String acme;
        Set<String> keys;
        try (NewsStore store = NewsStore.open(dir)) {
            SAID.keySet().stream().sorted().forEach(i -> store.replace(new Article("o" + i, "text " + i),
                    article(i, true)));
            acme = hubOf(store, "acme");
            keys = keys(store, acme);
            assertEquals(Set.of("2024-07-01\t" + Iris.article("o1") + "\thttp://example.org/o1/acme\tDaily",
                    "2024-07-01\t" + Iris.article("o2") + "\thttp://example.org/o2/acme\t",
                    "2024-07-02\t" + Iris.article("o3") + "\thttp://example.org/o3/acme\tDaily",
                    "2024-07-03\t" + Iris.article("o5") + "\thttp://example.org/o5/acme\tDaily",
                    "\t" + Iris.article("o6") + "\thttp://example.org/o6/acme\t"), keys,
                    "a key for each article in which Acme, Ann or Hal says something with words");

            List<Map<String, String>> rows = plain(store.dataset(), "organisation-quotes", Map.of("org_name", "acme"));
            assertEquals(List.of("o5 Ann Member member or spokesperson", "o5 Acme Party the organisation itself",
                    "o5 Ann Member member or spokesperson", "o3 Hal Holder holds a post in it",
                    "o1 Acme Party the organisation itself", "o2 Ann Member member or spokesperson",
                    "o2 Hal Holder holds a post in it", "o6 Ann Member member or spokesperson",
                    "o6 Hal Holder holds a post in it"), rows.stream().map(r -> r.get("headline") + " " + r.get("speaker")
                    + " " + r.get("link")).toList(), "newest first, then by article, in reading order");
            assertTrue(rows.stream().allMatch(r -> "Acme Party".equals(r.get("organisation"))), rows.toString());

            assertPagesAsCounted(store, "organisation-quotes", List.of(Map.of("org_name", "acme"),
                    Map.of("org_name", "Party", "from", "2024-07-02"), Map.of("org_name", "acme", "outlet", "daily"),
                    Map.of("org_iri", acme), Map.of("org_name", "Zed")));

            // the place, not the person named after it; by real entity: a load gives no hub to a place that its name
            // alone identifies (two places may share it), so Ann speaks about two places named Atlantis, once each
            assertEquals(List.of("Atlantis Acme Party 1", "Atlantis Ann Member 1", "Atlantis Ann Member 1",
                    "Atlantis Hal Holder 1", "Atlantis Zed Outsider 1"), speakers(store, "atlantis"));
            assertPagesAsCounted(store, "who-speaks-about-place", List.of(Map.of("place_name", "atlantis")));
            // ... one place once the identity graph says so (as resolve or an edit would, then 'stats --rebuild')
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                Node hub = NodeFactory.createURI(Iris.BASE + "place/atlantis");
                dsg.add(IdentityGraph.NODE, hub, RDF.type.asNode(), Schema.Place.asNode());
                dsg.add(IdentityGraph.NODE, hub, Schema.name.asNode(), NodeFactory.createLiteralString("Atlantis"));
                for (int i : SAID.keySet()) {
                    dsg.add(IdentityGraph.NODE, NodeFactory.createURI("http://example.org/o" + i + "/atlantis"),
                            OWL.sameAs.asNode(), hub);
                }
            });
            store.rebuildStatistics();
            assertEquals(List.of("Atlantis Ann Member 2", "Atlantis Acme Party 1", "Atlantis Hal Holder 1",
                    "Atlantis Zed Outsider 1"), speakers(store, "atlantis"), "each speaker once, most statements first");
            assertPagesAsCounted(store, "who-speaks-about-place", List.of(Map.of("place_name", "atlantis"),
                    Map.of("place_name", "Jones"), Map.of("place_name", "")));
            assertTrue(plain(store.dataset(), "who-speaks-about-place", Map.of("place_name", "Jones")).isEmpty(),
                    "Atlantis Jones is a person");
            StatisticsTest.assertAgreesWithRecount(store);

            // Hal no longer holds the post in the third article: it has no key, and its row goes
            store.replace(new Article("o3", "text 3"), article(3, false));
            assertEquals(keys.size() - 1, keys(store, acme).size());
            assertEquals(8, plain(store.dataset(), "organisation-quotes", Map.of("org_name", "acme")).size());
            assertPagesAsCounted(store, "organisation-quotes", List.of(Map.of("org_name", "acme")));
            StatisticsTest.assertAgreesWithRecount(store);
            keys = keys(store, acme);

            // the layout of version 10, without the organisations' keys: written when the database is opened
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.VOICED_IN, Node.ANY);
                dsg.delete(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.VERSION,
                        StatisticsTerms.CURRENT_VERSION);
                dsg.add(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.VERSION,
                        NodeFactory.createLiteralString("10"));
                assertTrue(Statistics.isUpgradable(dsg));
            });
        }
        try (NewsStore store = NewsStore.openExisting(dir)) {
            assertTrue(Txn.calculateRead(store.dataset(), () -> Statistics.isComplete(store.dataset().asDatasetGraph())));
            assertEquals(keys, keys(store, acme), "written again");
            StatisticsTest.assertAgreesWithRecount(store);
        }
    }

    /** Pages of 1, 2 and 3 rows at every offset up to 12: from the statistics as counted, in order. */
    private static void assertPagesAsCounted(NewsStore store, String name, List<Map<String, String>> asked) {
        NamedQuery named = NamedQuery.find(name);
        for (Map<String, String> parameters : asked) {
            assertEquals(StatisticsTest.ordered(store.dataset(), named.withoutStatistics().bind(parameters)),
                    StatisticsTest.ordered(store.dataset(), named.bind(parameters)), name + " " + parameters);
            for (int size : new int[] {1, 2, 3}) {
                for (int offset = 0; offset < 12; offset += size) {
                    assertEquals(StatisticsTest.ordered(store.dataset(), named.withoutStatistics()
                                    .bind(parameters, Page.of(size, offset)).query()),
                            StatisticsTest.ordered(store.dataset(), named.bind(parameters, Page.of(size, offset)).query()),
                            name + " " + parameters + ": " + size + " from " + offset);
                }
            }
        }
    }

    /** Who speaks about the places of this name: each row's place, speaker and statements. */
    private static List<String> speakers(NewsStore store, String place) {
        return plain(store.dataset(), "who-speaks-about-place", Map.of("place_name", place)).stream().map(r ->
                r.get("place") + " " + r.get("speaker") + " " + r.get("statements")).toList();
    }

    /** The real entity (hub) of an article's entity of this name, the same for every article. */
    private static String hubOf(NewsStore store, String entity) {
        Set<Node> hubs = Txn.calculateRead(store.dataset(), () -> {
            Set<Node> found = new HashSet<>();
            for (int i : SAID.keySet()) {
                found.addAll(IdentityGraph.hubsOf(store.dataset().asDatasetGraph(),
                        NodeFactory.createURI("http://example.org/o" + i + "/" + entity)));
            }
            return found;
        });
        assertEquals(1, hubs.size(), entity + "'s entities are one real entity: " + hubs);
        return hubs.iterator().next().getURI();
    }

    private static Set<String> keys(NewsStore store, String organisation) {
        return Txn.calculateRead(store.dataset(), () -> Iter.toList(store.dataset().asDatasetGraph().find(
                Quad.defaultGraphIRI, NodeFactory.createURI(organisation), StatisticsTerms.VOICED_IN, Node.ANY)).stream()
                .map(q -> q.getObject().getLiteralLexicalForm()).collect(Collectors.toSet()));
    }

    /** The rows of a query's first page, in its order, each value as plain text. */
    private static List<Map<String, String>> plain(Dataset dataset, String name, Map<String, String> parameters) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(NamedQuery.find(name).bind(parameters), dataset)) {
                List<Map<String, String>> rows = new java.util.ArrayList<>();
                exec.execSelect().forEachRemaining(row -> {
                    Map<String, String> values = new TreeMap<>();
                    row.varNames().forEachRemaining(v -> values.put(v, row.get(v).isLiteral()
                            ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
                    rows.add(values);
                });
                return rows;
            }
        });
    }

    /**
     * Article {@code i}: dated two a day from 1 July 2024 (the sixth undated), odd ones published by the Daily, with
     * Acme Party, Ann its member, its post of leader held by Hal (unless {@code halHolds} is false), Zed, the place
     * Atlantis and the person Atlantis Jones, and what {@link #SAID} says.
     */
    private static Model article(int i, boolean halHolds) {
        String id = "o" + i;
        String a = "<" + Iris.article(id) + ">";
        StringBuilder ttl = new StringBuilder("""
                @prefix schema: <http://schema.org/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix ng: <https://w3id.org/newsgraph/ns#> .
                @prefix org: <http://www.w3.org/ns/org#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                """);
        ttl.append(a).append(" a schema:NewsArticle ; schema:headline \"").append(id).append("\" .\n");
        if (i < 6) {
            ttl.append(a).append(" schema:datePublished \"2024-07-0").append((i + 1) / 2).append("\"^^xsd:date .\n");
        }
        if (i % 2 == 1) {
            ttl.append(a).append(" schema:publisher <http://example.org/outlet/daily> .\n");
            ttl.append("<http://example.org/outlet/daily> a schema:Organization ; schema:name \"Daily\" .\n");
        }
        String e = "http://example.org/" + id + "/";
        ttl.append("""
                <acme> a schema:Organization ; schema:name "Acme Party" .
                <ann> a schema:Person ; schema:name "Ann Member" ; schema:memberOf <acme> .
                <hal> a schema:Person ; schema:name "Hal Holder" .
                <zed> a schema:Person ; schema:name "Zed Outsider" .
                <atlantis> a schema:Place ; schema:name "Atlantis" .
                <jones> a schema:Person ; schema:name "Atlantis Jones" .
                """.replace("<", "<" + e));
        // the post's IRI is the same in every article, as ArticleGraph names a post (Iris.role): each article says
        // whose post it is there, and who holds it
        String leader = "<" + Iris.role("Leader", e + "acme") + ">";
        ttl.append(leader).append(" a org:Post ; rdfs:label \"Leader of Acme\" ; org:postIn <").append(e).append("acme> .\n");
        if (halHolds) {
            ttl.append("<").append(e).append("hal> org:holds ").append(leader).append(" .\n");
        }
        int at = 0;
        for (String[] said : SAID.get(i)) {
            boolean words = !said[0].endsWith("-");
            String who = words ? said[0] : said[0].substring(0, said[0].length() - 1);
            ttl.append("<http://example.org/article/").append(id).append("/statement/").append(at)
                    .append("-").append(at + 5).append("> a schema:Quotation ; schema:isPartOf ").append(a)
                    .append(" ; schema:creator <").append(e).append(who).append(">");
            if (said[1] != null) {
                ttl.append(" ; schema:about <").append(e).append(said[1]).append(">");
            }
            if (words) {
                ttl.append(" ; schema:text \"words ").append(id).append(" ").append(at).append("\"");
            }
            ttl.append(" ; ng:kind ng:Direct ; ng:content [ <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/"
                    + "nif-core#beginIndex> ").append(at).append(" ] .\n");
            at += 10;
        }
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new StringReader(ttl.toString()), null, Lang.TURTLE);
        return model;
    }
}
