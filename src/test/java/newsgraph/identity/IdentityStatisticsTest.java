package newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.extract.Extractor;
import newsgraph.load.ArticleLoader;
import newsgraph.load.GraphDestination;
import newsgraph.names.EntityType;
import newsgraph.rdf.Iris;
import newsgraph.server.NewsServer;
import newsgraph.stats.Statistics;
import newsgraph.stats.StatisticsTerms;
import newsgraph.rdf.Schema;
import newsgraph.store.NamedQuery;
import newsgraph.store.NewsStore;
import newsgraph.store.StatisticsTest;
import newsgraph.text.Article;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics (issue 16) follow identity (issue 11): after a resolve, after a load that places a new entity on an
 * existing hub, and after a write over HTTP to the identity graph, most-quoted and entities give the same rows from the
 * statistics (a hub's group counts) as counted by real entity, and the statistics equal a rebuild.
 */
class IdentityStatisticsTest {

    private static final String TOM = Iris.entity(EntityType.PERSON, "Tom Halvorsen");

    @TempDir
    Path temp;

    /** A later article with Tom Halvorsen's full name, which load places on his hub. */
    private static final String LATER = """
            Halvorsen opens estate

            Tom Halvorsen said the first homes in Leeds were finished. "Families are moving in," he told the BBC.
            """;

    /** The minister, the chef, "Mr Halvorsen" alone and the full name again, written as files under temp/first. */
    private List<Path> firstFour() throws java.io.IOException {
        return IdentityArticles.write(temp.resolve("first"), articles("minister", IdentityArticles.MINISTER,
                "chef", IdentityArticles.CHEF, "surname", IdentityArticles.SURNAME_ONLY,
                "again", IdentityArticles.FULL_NAME_AGAIN));
    }

    @Test
    void groupCountsFollowResolveAndAnEntityThatLoadJoinsToItsHub() throws Exception {
        List<Path> first = firstFour();
        List<Path> more = IdentityArticles.write(temp.resolve("more"), articles("later", LATER));
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, first);
            StatisticsTest.assertAgreesWithRecount(store);

            store.resolve();
            String minister = IdentityArticles.entity(store, "minister", "/person/tom-halvorsen");
            String surname = IdentityArticles.entity(store, "surname", "halvorsen");
            assertEquals(TOM, IdentityArticles.hubs(store).get(surname), "the resolve joins 'Mr Halvorsen' to the minister");
            String again = IdentityArticles.entity(store, "again", "/person/tom-halvorsen");
            assertEquals(count(store, minister, StatisticsTerms.STATEMENTS) + count(store, surname,
                    StatisticsTerms.STATEMENTS) + count(store, again, StatisticsTerms.STATEMENTS),
                    count(store, TOM, StatisticsTerms.GROUP_STATEMENTS), "the hub counts the statements of all three");
            long quotedIn = count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED);
            long mentionedIn = count(store, TOM, StatisticsTerms.GROUP_MENTIONED_IN);
            assertEquals(3, mentionedIn, "the minister, 'Mr Halvorsen' and the full name again");
            StatisticsTest.assertAgreesWithRecount(store);
            assertTopTablesFromPairs(store, TOM);
            assertTrue(pairs(store, minister).isEmpty(), "an article's entity on a hub keeps no pairs of its own");

            IdentityArticles.load(store, more);
            String later = IdentityArticles.entity(store, "later", "/person/tom-halvorsen");
            assertEquals(TOM, IdentityArticles.hubs(store).get(later), "load places the full name on its hub");
            assertEquals(quotedIn + 1, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED),
                    "and the hub counts its article");
            assertEquals(mentionedIn + 1, count(store, TOM, StatisticsTerms.GROUP_MENTIONED_IN));
            StatisticsTest.assertAgreesWithRecount(store);
            assertTopTablesFromPairs(store, TOM);
        }
    }

    /**
     * {@code load} leaves the groups, their rows and the pairs to the end of the load (counting a busy person's whole
     * history again at every batch made a large load quadratic): batch by batch the statistics are pending, not
     * complete, and the overviews count over the articles; at the end of the load, or when the database is next opened
     * after a load that stopped before its end, they equal a count from scratch.
     */
    @Test
    void aLoadCountsItsGroupsOnceAtItsEndOrAtTheNextOpenAfterAStop() throws Exception {
        List<Path> first = firstFour();
        List<Path> more = IdentityArticles.write(temp.resolve("more"), articles("later", LATER, "after", """
                Halvorsen visits Bradford

                Tom Halvorsen said the council would build more homes. "We are not done," he said.
                """));
        Path db = temp.resolve("db");
        long quotedIn;
        try (NewsStore store = NewsStore.open(db).groupCountsAtEnd()) {
            ArticleLoader.into(store).extractor(Extractor.create()).threads(1).batchArticles(1).load(first);
            assertFalse(pending(store), "settled at the end of the load");
            StatisticsTest.assertAgreesWithRecount(store);
            store.resolve();
            StatisticsTest.assertAgreesWithRecount(store);
            quotedIn = count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED);

            // a load that stops after its batches, before its end: nothing settles it
            GraphDestination stopping = new GraphDestination() {
                @Override
                public Batch begin() {
                    return store.begin();
                }

                @Override
                public boolean writesOnThisMachine() {
                    return true;
                }

                @Override
                public String description() {
                    return store.description();
                }
            };
            ArticleLoader.into(stopping).extractor(Extractor.create()).threads(1).batchArticles(1).load(more);
            assertTrue(pending(store), "the batches left their groups to the end of the load");
            assertEquals(quotedIn, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED),
                    "the hub's group is not counted again batch by batch");
            assertEquals(TOM, IdentityArticles.hubs(store).get(IdentityArticles.entity(store, "later",
                    "/person/tom-halvorsen")), "load placed the new articles' Halvorsen on his hub all the same");

            // the end of a load settles in steps, a transaction each (Statistics.SettleStep): one that stops after the
            // first has counted the groups and left the other steps' marks
            Txn.executeWrite(store.dataset(), () -> Statistics.settle(store.dataset().asDatasetGraph(),
                    Statistics.SettleStep.GROUPS));
            assertTrue(pending(store), "the speakers', entities' and organisations' steps are still to come");
            assertEquals(quotedIn + 2, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED), "the groups are counted");
        }
        try (NewsStore store = NewsStore.open(db)) {
            assertFalse(pending(store), "the next open settles what the stopped load left");
            assertEquals(quotedIn + 2, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED),
                    "and the hub counts both new articles");
            StatisticsTest.assertAgreesWithRecount(store);
            assertTopTablesFromPairs(store, TOM);
        }
    }

    private static boolean pending(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            boolean isPending = Statistics.isPending(store.dataset().asDatasetGraph());
            assertEquals(!isPending, Statistics.isComplete(store.dataset().asDatasetGraph()),
                    "pending and complete exclude each other");
            return isPending;
        });
    }

    @Test
    void aWriteOverHttpToTheIdentityGraphRecountsTheGroupsItChanges() throws Exception {
        List<Path> files = IdentityArticles.write(temp.resolve("in"), articles("minister", IdentityArticles.MINISTER,
                "again", IdentityArticles.FULL_NAME_AGAIN));
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, files);
            store.resolve();
            String again = IdentityArticles.entity(store, "again", "/person/tom-halvorsen");
            assertEquals(TOM, IdentityArticles.hubs(store).get(again));
            assertEquals(2, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED));
            Path passwords = Files.writeString(temp.resolve("passwords"), "editor: s3cret-words\n");
            NewsServer server = NewsServer.create().dataset(store.dataset()).port(0).updatesWithPassword(passwords)
                    .build().start();
            try {
                update(server, "DELETE WHERE { GRAPH <" + IdentityGraph.NAME + "> { <" + again
                        + "> <http://www.w3.org/2002/07/owl#sameAs> ?hub } }");
                assertNotEquals(TOM, IdentityArticles.hubs(store).get(again));
                assertEquals(1, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED), "the hub lost an article");
                StatisticsTest.assertAgreesWithRecount(store);

                update(server, "INSERT DATA { GRAPH <" + IdentityGraph.NAME + "> { <" + again
                        + "> <http://www.w3.org/2002/07/owl#sameAs> <" + TOM + "> } }");
                assertEquals(2, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED), "and has it again");
                StatisticsTest.assertAgreesWithRecount(store);
            } finally {
                server.stop();
            }
        }
    }

    /**
     * Copies of one work (issue 10: the same story under two names) count a statement once in the statistics, as
     * most-quoted counts it, and every copy as an article: after a resolve that gathers both copies' Halvorsen on his
     * hub, after a copy reloaded with other words, and after a copy dropped. most-quoted then reads the statistics
     * (it counted over every article whenever copies were loaded) and gives the counted rows.
     */
    @Test
    void copiesOfOneWorkCountAStatementOnce() throws Exception {
        List<Path> files = IdentityArticles.write(temp.resolve("in"), articles("copy-a", IdentityArticles.MINISTER,
                "copy-b", IdentityArticles.MINISTER, "again", IdentityArticles.FULL_NAME_AGAIN));
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, files);
            StatisticsTest.assertAgreesWithRecount(store);
            store.resolve();
            String a = IdentityArticles.entity(store, "copy-a", "/person/tom-halvorsen");
            String b = IdentityArticles.entity(store, "copy-b", "/person/tom-halvorsen");
            String again = IdentityArticles.entity(store, "again", "/person/tom-halvorsen");
            assertEquals(TOM, IdentityArticles.hubs(store).get(a));
            assertEquals(TOM, IdentityArticles.hubs(store).get(b));
            long copy = count(store, a, StatisticsTerms.STATEMENTS);
            assertTrue(copy >= 1, "Halvorsen speaks in the story");
            assertEquals(copy, count(store, b, StatisticsTerms.STATEMENTS), "the copy says the same");
            long once = copy + count(store, again, StatisticsTerms.STATEMENTS);
            assertEquals(once, count(store, TOM, StatisticsTerms.GROUP_STATEMENTS), "the copy's statements count once");
            assertEquals(3, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED), "every copy is an article");
            assertEquals(once, count(store, TOM, StatisticsTerms.QUOTED_STATEMENTS), "and the ranked row has them");
            assertEquals(List.of(String.valueOf(once)), mostQuoted(store, TOM), "most-quoted reads the statistics");
            StatisticsTest.assertAgreesWithRecount(store);
            Map<String, Long> copies = pairs(store, TOM);
            assertTopTablesFromPairs(store, TOM);

            // one copy reloaded with other words in one of his statements: those words are new, the old ones stay
            String graphB = graph(store, "copy-b");
            Model changed = Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel()
                    .add(store.dataset().getNamedModel(graphB)));
            Resource statement = changed.listSubjectsWithProperty(Schema.creator, changed.createResource(b)).next();
            changed.removeAll(statement, Schema.text, null).add(statement, Schema.text, "Words the other copy never had.");
            store.replace(new Article(graphB.substring(graphB.lastIndexOf("/article/") + "/article/".length()), "b"),
                    changed);
            assertEquals(once + 1, count(store, TOM, StatisticsTerms.GROUP_STATEMENTS));
            assertEquals(3, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED));
            assertEquals(List.of(String.valueOf(once + 1)), mostQuoted(store, TOM));
            StatisticsTest.assertAgreesWithRecount(store);
            assertTopTablesFromPairs(store, TOM);

            // the other copy dropped: its words stay where the reloaded copy has them
            Path passwords = Files.writeString(temp.resolve("passwords"), "editor: s3cret-words\n");
            NewsServer server = NewsServer.create().dataset(store.dataset()).port(0).updatesWithPassword(passwords)
                    .build().start();
            try {
                update(server, "DROP GRAPH <" + graph(store, "copy-a") + ">");
            } finally {
                server.stop();
            }
            assertEquals(once, count(store, TOM, StatisticsTerms.GROUP_STATEMENTS), "the reloaded copy's words, once");
            assertEquals(2, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED));
            assertEquals(List.of(String.valueOf(once)), mostQuoted(store, TOM));
            StatisticsTest.assertAgreesWithRecount(store);
            assertTopTablesFromPairs(store, TOM);
            assertEquals(copies, pairs(store, TOM), "the pairs count the copies' words once, before and after");
        }
    }

    /**
     * Two statements with the same words of one speaker in one article (a quote repeated) are one statement of its
     * work, for the speaker's own counts too.
     */
    @Test
    void aQuoteRepeatedInOneArticleCountsOnce() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            String article = "http://example.org/article/repeat";
            String ada = "http://example.org/article/repeat#ada";
            Model graph = ModelFactory.createDefaultModel();
            Resource node = graph.createResource(article).addProperty(RDF.type, Schema.NewsArticle);
            graph.createResource(ada).addProperty(RDF.type, Schema.Person).addProperty(Schema.name, "Ada Example");
            for (String id : List.of("q1", "q2", "q3")) {
                graph.createResource(article + "/statement/" + id).addProperty(RDF.type, Schema.Quotation)
                        .addProperty(Schema.isPartOf, node).addProperty(Schema.creator, graph.createResource(ada))
                        .addProperty(Schema.text, id.equals("q3") ? "Something else." : "The same words.");
            }
            store.replace(new Article("repeat", "r"), graph);
            assertEquals(2, count(store, ada, StatisticsTerms.STATEMENTS), "the repeated words once");
            assertEquals(List.of("2"), mostQuoted(store, ada));
            StatisticsTest.assertAgreesWithRecount(store);
        }
    }

    /**
     * The top-10 queries read the pairs kept in the statistics, not the statements, where the statistics are complete:
     * a pair's count changed by hand shows in their answers (and in the entity page's tables, which run them), and a
     * rebuild counts it back.
     */
    @Test
    void theTopTablesReadTheKeptPairs() throws Exception {
        List<Path> files = IdentityArticles.write(temp.resolve("in"), articles("minister", IdentityArticles.MINISTER,
                "again", IdentityArticles.FULL_NAME_AGAIN));
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, files);
            store.resolve();
            Map<String, Long> pairs = pairs(store, TOM);
            String about = pairs.keySet().iterator().next();
            org.apache.jena.graph.Node pair = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .find(org.apache.jena.sparql.core.Quad.defaultGraphIRI, org.apache.jena.graph.Node.ANY,
                            StatisticsTerms.PAIR_ABOUT, NodeFactory.createURI(about)).next().getSubject());
            Txn.executeWrite(store.dataset(), () -> {
                var dsg = store.dataset().asDatasetGraph();
                dsg.deleteAny(org.apache.jena.sparql.core.Quad.defaultGraphIRI, pair, StatisticsTerms.PAIR_STATEMENTS,
                        org.apache.jena.graph.Node.ANY);
                dsg.add(org.apache.jena.sparql.core.Quad.defaultGraphIRI, pair, StatisticsTerms.PAIR_STATEMENTS,
                        NodeFactory.createLiteralDT("9999", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
                // and the speaker's key of the pair on the entity spoken about (who-speaks-about's page reads it): the
                // statements subtracted from 9,999,999,999 in ten digits, a tab and the speaker
                var key = org.apache.jena.sparql.core.Quad.create(org.apache.jena.sparql.core.Quad.defaultGraphIRI,
                        NodeFactory.createURI(about), StatisticsTerms.SPOKEN_OF_BY, org.apache.jena.graph.Node.ANY);
                for (var q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(key))) {
                    if (q.getObject().getLiteralLexicalForm().endsWith("\t" + TOM)) {
                        dsg.delete(q);
                    }
                }
                dsg.add(key.getGraph(), key.getSubject(), key.getPredicate(), NodeFactory.createLiteralString(
                        "9999990000\t" + TOM));
            });
            List<String> whom = top(store, "whom-a-speaks-about", "speaker_iri", TOM, true, 10);
            assertTrue(whom.get(0).contains("9999"), "the kept count, first: " + whom);
            assertTrue(top(store, "who-speaks-about", "about_iri", about, true, 10).get(0).contains("9999"));
            assertTrue(top(store, "whom-a-speaks-about", "speaker_iri", TOM, false, 10).stream()
                    .noneMatch(row -> row.contains("9999")), "counting reads the statements");
            store.rebuildStatistics();
            assertEquals(pairs, pairs(store, TOM), "a rebuild counts the pairs again");
        }
    }

    /**
     * The statistics keep the pairs of this real speaker (issue 15: the entity page's top-10 tables), and both named
     * queries give the same rows in the same order from them as counted over every statement: whom it speaks about,
     * and, for each entity it speaks about, who speaks about that, whole and the first row only.
     */
    private static void assertTopTablesFromPairs(NewsStore store, String speaker) {
        Map<String, Long> pairs = pairs(store, speaker);
        assertTrue(!pairs.isEmpty(), "the statistics keep the pairs of " + speaker);
        List<String> whom = top(store, "whom-a-speaks-about", "speaker_iri", speaker, true, 100);
        assertEquals(top(store, "whom-a-speaks-about", "speaker_iri", speaker, false, 100), whom, "whom " + speaker);
        assertEquals(pairs.size(), whom.size(), "a row per pair: " + whom);
        for (String about : pairs.keySet()) {
            for (long limit : new long[] {1, 100}) {
                assertEquals(top(store, "who-speaks-about", "about_iri", about, false, limit),
                        top(store, "who-speaks-about", "about_iri", about, true, limit), "who speaks about " + about);
            }
            // what the speaker said about it: the same page from the pair's articles as from every statement
            for (long[] page : new long[][] {{100, 0}, {1, 0}, {1, 1}, {2, 1}}) {
                Map<String, String> both = Map.of("speaker_iri", speaker, "about_iri", about);
                List<String> counted = page(store, both, false, page[0], page[1]);
                assertEquals(counted, page(store, both, true, page[0], page[1]), "what " + speaker + " said about "
                        + about + ", " + page[0] + " from " + page[1]);
                assertTrue(page[1] > 0 || !counted.isEmpty(), "statements about " + about);
            }
        }
    }

    /**
     * what-a-said-about-b reads the articles kept for the pair (issues 10, 15) where the statistics are complete: an
     * article taken out of the pair's list by hand drops out of its answer (counting over every statement still finds
     * it), and a rebuild keeps it again.
     */
    @Test
    void whatASaidAboutBReadsTheArticlesKeptForThePair() throws Exception {
        List<Path> files = IdentityArticles.write(temp.resolve("in"), articles("minister", IdentityArticles.MINISTER,
                "again", IdentityArticles.FULL_NAME_AGAIN));
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, files);
            store.resolve();
            String about = pairs(store, TOM).keySet().iterator().next();
            Map<String, String> both = Map.of("speaker_iri", TOM, "about_iri", about);
            List<String> rows = page(store, both, true, 100, 0);
            assertEquals(page(store, both, false, 100, 0), rows);
            org.apache.jena.graph.Node pair = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .find(org.apache.jena.sparql.core.Quad.defaultGraphIRI, org.apache.jena.graph.Node.ANY,
                            StatisticsTerms.PAIR_ABOUT, NodeFactory.createURI(about)).next().getSubject());
            // the pair's first article, taken out of the statistics by hand: its keys (day, article, the two's entities
            // there, outlets) and its row
            List<org.apache.jena.sparql.core.Quad> kept = Txn.calculateRead(store.dataset(), () -> {
                var dsg = store.dataset().asDatasetGraph();
                var in = dsg.find(org.apache.jena.sparql.core.Quad.defaultGraphIRI, org.apache.jena.graph.Node.ANY,
                        StatisticsTerms.IN_PAIR, pair).next().getSubject();
                String article = dsg.find(org.apache.jena.sparql.core.Quad.defaultGraphIRI, in, StatisticsTerms.IN_ARTICLE,
                        org.apache.jena.graph.Node.ANY).next().getObject().getURI();
                List<org.apache.jena.sparql.core.Quad> quads = org.apache.jena.atlas.iterator.Iter.toList(dsg.find(
                        org.apache.jena.sparql.core.Quad.defaultGraphIRI, in, org.apache.jena.graph.Node.ANY,
                        org.apache.jena.graph.Node.ANY));
                dsg.find(org.apache.jena.sparql.core.Quad.defaultGraphIRI, pair, StatisticsTerms.PAIR_IN,
                        org.apache.jena.graph.Node.ANY).forEachRemaining(key -> {
                            if (key.getObject().getLiteralLexicalForm().contains("\t" + article + "\t")) {
                                quads.add(key);
                            }
                        });
                return quads;
            });
            Txn.executeWrite(store.dataset(), () -> kept.forEach(store.dataset().asDatasetGraph()::delete));
            List<String> fewer = page(store, both, true, 100, 0);
            assertTrue(fewer.size() < rows.size(), "the article left out of the pair's list is not read: " + fewer);
            assertEquals(rows, page(store, both, false, 100, 0), "counting reads every statement");
            store.rebuildStatistics();
            assertEquals(rows, page(store, both, true, 100, 0), "a rebuild keeps the article again");
        }
    }

    /** A page of what-a-said-about-b's rows, in order, from the statistics or over every statement. */
    private static List<String> page(NewsStore store, Map<String, String> parameters, boolean statistics, long limit,
            long offset) {
        NamedQuery named = statistics ? NamedQuery.find("what-a-said-about-b")
                : NamedQuery.find("what-a-said-about-b").withoutStatistics();
        Query bound = named.bind(parameters, newsgraph.store.Page.of(limit, offset)).query();
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> rows = new java.util.ArrayList<>();
            try (QueryExecution exec = QueryExecutionFactory.create(bound, store.dataset())) {
                exec.execSelect().forEachRemaining(row -> rows.add(row.toString()));
            }
            return rows;
        });
    }

    /** The pairs kept for a real speaker: each entity it speaks about and its statements. */
    private static Map<String, Long> pairs(NewsStore store, String speaker) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> pairs = new java.util.TreeMap<>();
            var dsg = store.dataset().asDatasetGraph();
            dsg.find(org.apache.jena.sparql.core.Quad.defaultGraphIRI, org.apache.jena.graph.Node.ANY,
                    StatisticsTerms.PAIR_SPEAKER, NodeFactory.createURI(speaker)).forEachRemaining(q -> {
                        org.apache.jena.graph.Node about = dsg.find(org.apache.jena.sparql.core.Quad.defaultGraphIRI,
                                q.getSubject(), StatisticsTerms.PAIR_ABOUT, org.apache.jena.graph.Node.ANY).next().getObject();
                        pairs.put(about.getURI(), Statistics.count(dsg, q.getSubject(), StatisticsTerms.PAIR_STATEMENTS));
                    });
            return pairs;
        });
    }

    /** A page of a top-10 query's rows, in order, from the statistics or counted over every statement. */
    private static List<String> top(NewsStore store, String query, String parameter, String iri, boolean statistics,
            long limit) {
        NamedQuery named = statistics ? NamedQuery.find(query) : NamedQuery.find(query).withoutStatistics();
        Query bound = named.bind(Map.of(parameter, iri), newsgraph.store.Page.of(limit, 0)).query();
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> rows = new java.util.ArrayList<>();
            try (QueryExecution exec = QueryExecutionFactory.create(bound, store.dataset())) {
                exec.execSelect().forEachRemaining(row -> rows.add(row.toString()));
            }
            return rows;
        });
    }

    /** The statements column of most-quoted's rows for this real entity (from the statistics where complete). */
    private static List<String> mostQuoted(NewsStore store, String real) {
        Query query = NamedQuery.find("most-quoted").bind(Map.of());
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> found = new java.util.ArrayList<>();
            try (QueryExecution exec = QueryExecutionFactory.create(query, store.dataset())) {
                exec.execSelect().forEachRemaining(row -> {
                    if (row.contains("speaker") && countsFor(store, real, row.getLiteral("speaker").getLexicalForm())) {
                        found.add(row.getLiteral("statements").getLexicalForm());
                    }
                });
            }
            return found;
        });
    }

    /** Whether a most-quoted row's speaker name is this entity's (its hub's name, or its own). */
    private static boolean countsFor(NewsStore store, String real, String name) {
        return store.dataset().asDatasetGraph().find(org.apache.jena.graph.Node.ANY, NodeFactory.createURI(real),
                Schema.name.asNode(), NodeFactory.createLiteralString(name)).hasNext();
    }

    /** The name of the graph of the article whose file was {@code stem}.txt. */
    private static String graph(NewsStore store, String stem) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> names = new java.util.ArrayList<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().contains("/article/" + stem + "-")) {
                    names.add(g.getURI());
                }
            });
            assertEquals(1, names.size(), stem + ": " + names);
            return names.get(0);
        });
    }

    private static Map<String, String> articles(String... namesAndTexts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            m.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return m;
    }

    private static long count(NewsStore store, String subject, org.apache.jena.graph.Node term) {
        return Txn.calculateRead(store.dataset(), () -> Statistics.count(store.dataset().asDatasetGraph(),
                NodeFactory.createURI(subject), term));
    }

    private static void update(NewsServer server, String update) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret-words".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.updateUrl()))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() / 100 == 2, update + ": " + answer.statusCode() + " " + answer.body());
    }
}
