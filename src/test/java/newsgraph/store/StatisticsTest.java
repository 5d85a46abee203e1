package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsgraph.cli.Main;
import newsgraph.identity.IdentityGraph;
import newsgraph.extract.Analysis;
import newsgraph.load.ArticleLoader;
import newsgraph.load.GraphDestination;
import newsgraph.load.LoadReport;
import newsgraph.extract.Extractor;
import newsgraph.names.EntityType;
import newsgraph.rdf.ArticleGraph;
import newsgraph.server.NewsServer;
import newsgraph.rdf.Detail;
import newsgraph.rdf.Iris;
import newsgraph.rdf.Schema;
import newsgraph.stats.Statistics;
import newsgraph.stats.StatisticsTerms;
import newsgraph.text.Article;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The statistics (issue 16): kept in the transaction of every write — a load, a reload of a changed article, a duplicate,
 * a write over HTTP — they always equal a count from scratch, and every overview answered from them gives the rows of
 * the same query counting over every article.
 */
public class StatisticsTest { // public: the identity tests check the statistics after a resolve too

    /** Fallon as the seed article names him (an article-scoped IRI, issue 11). */
    private static final String FALLON = named(SeedArticles.graph(SeedArticles.seed()), "Michael Fallon");
    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret-words";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Detail.class)
    void aLoadWithADuplicateKeepsStatisticsEqualToARecount(Detail detail) {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            LoadReport report = ArticleLoader.into(store).extractor(Extractor.create()).detail(detail)
                    .load(List.of(SeedArticles.SEED, SeedArticles.SEED.toAbsolutePath()));
            assertEquals(1, report.duplicates(), "the second is the same article: stored once");
            assertAgreesWithRecount(store);
            assertEquals(said(SeedArticles.graph(SeedArticles.seed()), FALLON), count(store, FALLON,
                    StatisticsTerms.STATEMENTS), "Fallon's statements, counted once");
            assertEquals(1, count(store, FALLON, StatisticsTerms.ARTICLES_QUOTED));
        }
    }

    @Test
    void aReloadOfAChangedArticleSubtractsItsOldCounts() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            Analysis seed = SeedArticles.seed();
            Analysis other = SeedArticles.other();
            store.replace(seed.article(), ArticleGraph.of(seed));
            store.replace(other.article(), ArticleGraph.of(other));
            long before = count(store, FALLON, StatisticsTerms.STATEMENTS);
            assertTrue(before >= 3, "Fallon speaks in the seed: " + before);

            // the seed again, changed: two of Fallon's statements gone, and a new name for him
            Model changed = ArticleGraph.of(seed);
            Resource fallon = changed.createResource(FALLON);
            List<Resource> his = changed.listSubjectsWithProperty(Schema.creator, fallon).toList();
            for (Resource statement : his.subList(0, 2)) {
                changed.removeAll(statement, null, null);
            }
            changed.add(fallon, Schema.name, "Sir Michael Fallon");
            store.replace(seed.article(), changed);
            assertEquals(before - 2, count(store, FALLON, StatisticsTerms.STATEMENTS));
            assertAgreesWithRecount(store);
            // (the overviews name him by his hub, issue 11: the new name is in the statistics, not in their rows)
            assertTrue(named(store, FALLON, "Sir Michael Fallon"));

            // and back: the new name goes with the graph that gave it (no other article states it)
            store.replace(seed.article(), ArticleGraph.of(seed));
            assertEquals(before, count(store, FALLON, StatisticsTerms.STATEMENTS));
            assertAgreesWithRecount(store);
            assertFalse(named(store, FALLON, "Sir Michael Fallon"));

            // two replacements of one article in one transaction count once
            try (GraphDestination.Batch batch = store.begin()) {
                batch.replace(seed.article(), changed);
                batch.replace(seed.article(), ArticleGraph.of(seed));
                batch.commit();
            }
            assertEquals(before, count(store, FALLON, StatisticsTerms.STATEMENTS));
            assertAgreesWithRecount(store);
        }
    }

    @Test
    void writesOverHttpKeepTheStatisticsInTheirTransaction() throws Exception {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            Analysis seed = SeedArticles.seed();
            store.replace(seed.article(), ArticleGraph.of(seed));
            long fallon = count(store, FALLON, StatisticsTerms.STATEMENTS);
            Path passwords = Files.writeString(temp.resolve("passwords"), USER + ": " + PASSWORD + "\n");
            NewsServer server = NewsServer.create().dataset(store.dataset()).port(0).updatesWithPassword(passwords)
                    .build().start();
            try {
                String graph = ArticleGraph.graphName(seed.article(), store.base());
                update(server, "DROP GRAPH <" + graph + ">");
                assertEquals(0, count(store, FALLON, StatisticsTerms.STATEMENTS), "dropped with its graph");
                assertAgreesWithRecount(store);

                StringBuilderWriter turtle = new StringBuilderWriter();
                RDFDataMgr.write(turtle, ArticleGraph.of(seed), Lang.TURTLE);
                HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph="
                        + URLEncoder.encode(graph, StandardCharsets.UTF_8))).header("Content-Type", "text/turtle")
                        .header("Authorization", basic()).PUT(HttpRequest.BodyPublishers.ofString(turtle.toString())));
                assertTrue(put.statusCode() / 100 == 2, "PUT: " + put.statusCode() + " " + put.body());
                assertEquals(fallon, count(store, FALLON, StatisticsTerms.STATEMENTS), "back with the PUT graph");
                assertAgreesWithRecount(store);

                String extra = "GRAPH <urn:example:extra> { <urn:example:extra#q> a <http://schema.org/Quotation> ;"
                        + " <http://schema.org/creator> <" + FALLON + "> ; <http://schema.org/isPartOf> <urn:example:extra> ;"
                        + " <https://w3id.org/newsgraph/ns#kind> <https://w3id.org/newsgraph/ns#Direct> . }";
                update(server, "INSERT DATA { " + extra + " }");
                assertEquals(fallon + 1, count(store, FALLON, StatisticsTerms.STATEMENTS));
                assertEquals(2, count(store, FALLON, StatisticsTerms.ARTICLES_QUOTED));
                assertAgreesWithRecount(store);
                update(server, "DELETE DATA { " + extra + " }");
                assertEquals(fallon, count(store, FALLON, StatisticsTerms.STATEMENTS));
                assertAgreesWithRecount(store);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void outletsAndMonthsAreCountedFromThePublisherAndTheDate() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            store.replace(new Article("a1", "one"), article("a1", "daily", "Daily Example", "\"2024-05-03\"^^xsd:date", 2));
            store.replace(new Article("a2", "two"), article("a2", "daily", "Daily Example",
                    "\"2024-05-30T23:30:00-05:00\"^^xsd:dateTime", 1));
            store.replace(new Article("a3", "three"), article("a3", "post", "Other Post", "\"2023-12-01\"^^xsd:date", 0));
            store.replace(new Article("a4", "four"), article("a4", null, null, null, 1));
            assertEquals(List.of("articles=2 outlet=Daily Example statements=3", "articles=1 outlet=Other Post statements=0",
                    "articles=1 outlet=unknown statements=1"), plain(store, "counts-by-outlet"));
            assertEquals(List.of("articles=1 month=2023-12 statements=0", "articles=2 month=2024-05 statements=3",
                    "articles=1 month=unknown statements=1"), plain(store, "counts-by-month"));
            // a person's timeline and outlets, read from their rows (dated articles only in the timeline; the
            // 2024-05 dateTime is 2024-05-31 in UTC but its lexical form's month is May, as the query reads it)
            assertEquals(List.of("by_outlet=Daily Example 3 month=2024-05 statements=3"),
                    plain(store, "timeline", Map.of("speaker_name", "ada")));
            assertEquals(List.of("articles=2 first=2024-05-03 last=2024-05-30 publisher=Daily Example statements=3",
                    "articles=1 publisher=(no outlet) statements=1"), plain(store, "outlets", Map.of("speaker_name", "ada")));
            assertAgreesWithRecount(store);

            // a reload that moves an article to another month and outlet
            store.replace(new Article("a2", "two"), article("a2", "post", "Other Post", "\"2024-06-01\"^^xsd:date", 1));
            assertEquals(List.of("articles=1 month=2023-12 statements=0", "articles=1 month=2024-05 statements=2",
                    "articles=1 month=2024-06 statements=1", "articles=1 month=unknown statements=1"),
                    plain(store, "counts-by-month"));
            assertEquals(List.of("articles=2 outlet=Other Post statements=1", "articles=1 outlet=Daily Example statements=2",
                    "articles=1 outlet=unknown statements=1"), plain(store, "counts-by-outlet"));
            assertAgreesWithRecount(store);
        }
    }

    @Test
    void theOutletFilterOnTheKeysOfTheStatisticsFindsWhatItFindsOnTheArticles() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            store.replace(new Article("a1", "one"), article("a1", "daily", "Daily Example", "\"2024-05-03\"^^xsd:date", 2));
            store.replace(new Article("a2", "two"), article("a2", "post", "Other Post", "\"2024-06-01\"^^xsd:date", 1));
            store.replace(new Article("a3", "three"), article("a3", null, null, null, 1));
            // an undated article of the same outlet: its statement is in outlets, not in the timeline (dated only)
            store.replace(new Article("a4", "four"), article("a4", "daily", "Daily Example", null, 1));
            // a word of a name in any case, a part of an address, nothing; and two names' parts across the tab that
            // separates them in the keys ("Daily Example", "https://www.daily.example/"), which no one name holds
            Map<String, Integer> statements = Map.of("DAILY", 3, "www.post.", 1, "zzz", 0, "example\thttps", 0);
            statements.forEach((outlet, n) -> {
                Map<String, String> parameters = Map.of("speaker_name", "ada", "outlet", outlet);
                List<String> kept = ordered(store.dataset(), NamedQuery.find("who-said-what").bind(parameters));
                assertEquals(n, kept.size(), outlet + ": " + kept);
                assertEquals(ordered(store.dataset(), NamedQuery.find("who-said-what").withoutStatistics().bind(parameters)),
                        kept, outlet + ": from the keys and from the articles");
                // timeline and outlets take the key's outlets and day for the article's own (they read no article for
                // them), but check a filter with a tab on the article as well
                for (String query : List.of("timeline", "outlets")) {
                    List<String> fromKeys = ordered(store.dataset(), NamedQuery.find(query).bind(parameters));
                    assertEquals(ordered(store.dataset(), NamedQuery.find(query).withoutStatistics().bind(parameters)),
                            fromKeys, query + " " + outlet + ": from the keys and from the articles");
                    assertEquals(n == 0, fromKeys.isEmpty(), query + " " + outlet + ": " + fromKeys);
                }
            });
            assertAgreesWithRecount(store);
        }
    }

    /**
     * Statistics version 13: a person's keys summarise what they say in each article (the work its statements count once
     * in, how many distinct words, a digest of them, the outlets' names), and the dated timeline and outlets count from
     * the keys alone, reading only the copies of a work that say other words. A person one of whose articles cannot be
     * summarised (words in a language) is read as before. Either way the rows are those counted over the articles.
     */
    @Test
    void theDatedTimelineAndOutletsCountFromTheKeysAndReadOnlyTheCopiesThatSayOtherWords() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            // one work in three copies in May: two say the same words, the third other words; the first in two outlets
            store.replace(new Article("w1", "one"), copy("w1", "story-1", List.of("daily", "post"), List.of("2024-05-03"),
                    "\"x\"", "\"y\""));
            store.replace(new Article("w2", "two"), copy("w2", "story-1", List.of("daily"), List.of("2024-05-10"),
                    "\"x\"", "\"y\"", "\"y\""));
            store.replace(new Article("w3", "three"), copy("w3", "story-1", List.of("post"), List.of("2024-05-20"),
                    "\"x\"", "\"z\""));
            // an article of two dates, an undated one, one without an outlet
            store.replace(new Article("w4", "four"), copy("w4", "story-2", List.of("daily"), List.of("2024-06-01",
                    "2024-07-01"), "\"x\""));
            store.replace(new Article("w5", "five"), copy("w5", "story-3", List.of("daily"), List.of(), "\"q\""));
            store.replace(new Article("w6", "six"), copy("w6", "story-4", List.of(), List.of("2024-07-02"), "\"r\""));
            assertFalse(keysUnsummarised(store), "every article of Ada's summarised");
            // May: x, y and z of story 1 once each (three copies); the Daily Example's copies say x and y; the Other
            // Post's x and y, then x and z
            Map<String, String> since2024 = Map.of("speaker_name", "ada", "from", "2024");
            List<String> timeline = List.of("by_outlet=(no outlet) 1 | Daily Example 1 month=2024-07 statements=2",
                    "by_outlet=Daily Example 1 month=2024-06 statements=1",
                    "by_outlet=Other Post 3 | Daily Example 2 month=2024-05 statements=3");
            List<String> outlets = List.of("articles=3 first=2024-05-03 last=2024-07-01 publisher=Daily Example statements=3",
                    "articles=2 first=2024-05-03 last=2024-05-20 publisher=Other Post statements=3",
                    "articles=1 first=2024-07-02 last=2024-07-02 publisher=(no outlet) statements=1");
            assertEquals(timeline, plain(store, "timeline", since2024));
            assertEquals(outlets, plain(store, "outlets", since2024));
            assertDatedQueriesAgreeWithCounting(store);

            // words in a language cannot be summarised: Ada's keys summarise nothing, and her articles are read
            store.replace(new Article("w7", "seven"), copy("w7", "story-5", List.of("daily"), List.of("2023-01-02"),
                    "\"bonjour\"@fr"));
            assertTrue(keysUnsummarised(store), "Ada's words in w7 are in a language");
            assertEquals(timeline, plain(store, "timeline", since2024));
            assertEquals(outlets, plain(store, "outlets", since2024));
            assertDatedQueriesAgreeWithCounting(store);
            store.replace(new Article("w7", "seven"), copy("w7", "story-5", List.of("daily"), List.of("2023-01-02"),
                    "\"bonjour\""));
            assertFalse(keysUnsummarised(store), "reloaded with plain words");
            assertDatedQueriesAgreeWithCounting(store);
            assertAgreesWithRecount(store);
        }
    }

    /**
     * A database of version 12, whose speakers' keys hold no summary, gets them when opened: each speaker's keys are
     * written again as a recount writes them, and the dated queries count from them.
     */
    @Test
    void speakersKeysOfTheLayoutWithoutSummariesGetThemWhenOpened() {
        Path dir = temp.resolve("db");
        Set<Quad> keys;
        try (NewsStore store = NewsStore.open(dir)) {
            store.replace(new Article("w1", "one"), copy("w1", "story-1", List.of("daily", "post"), List.of("2024-05-03"),
                    "\"x\"", "\"y\""));
            store.replace(new Article("w2", "two"), copy("w2", "story-1", List.of("post"), List.of("2024-05-20"),
                    "\"x\"", "\"z\""));
            store.replace(new Article("w3", "three"), copy("w3", "story-2", List.of(), List.of(), "\"q\""));
            // the layout of version 12: a speaker's key the day, the article, its members there and the outlets
            keys = Txn.calculateWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                Set<Quad> now = new HashSet<>(org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Quad.defaultGraphIRI,
                        Node.ANY, StatisticsTerms.SPOKE_IN, Node.ANY)));
                assertEquals(3, now.size(), "Ada's keys: " + now);
                for (Quad q : now) {
                    String[] parts = q.getObject().getLiteralLexicalForm().split("\t", -1);
                    assertTrue(parts[3].contains("\n"), "a summary: " + q);
                    List<String> old = new ArrayList<>(List.of(parts));
                    old.remove(3);
                    dsg.delete(q);
                    dsg.add(Quad.defaultGraphIRI, q.getSubject(), StatisticsTerms.SPOKE_IN,
                            NodeFactory.createLiteralString(String.join("\t", old)));
                }
                markLayout(dsg, "12");
                return now;
            });
        }
        try (NewsStore store = NewsStore.openExisting(dir)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            assertTrue(Txn.calculateRead(store.dataset(), () -> Statistics.isComplete(dsg)));
            assertEquals(keys, Txn.calculateRead(store.dataset(), () -> new HashSet<>(org.apache.jena.atlas.iterator.Iter
                    .toList(dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.SPOKE_IN, Node.ANY)))),
                    "written again with their summaries");
            assertFalse(keysUnsummarised(store));
            assertDatedQueriesAgreeWithCounting(store);
            assertAgreesWithRecount(store);
        }
    }

    /** The dated timeline and outlets of Ada give the rows counted over her articles, for each filter. */
    private static void assertDatedQueriesAgreeWithCounting(NewsStore store) {
        List<Map<String, String>> filters = new ArrayList<>(FILTERS);
        filters.addAll(List.of(Map.of("from", "2024-05"), Map.of("outlet", "daily"), Map.of("to", "2024-05-10"),
                Map.of("outlet", "post", "from", "2024-05-04")));
        for (Map<String, String> filter : filters) {
            Map<String, String> parameters = new TreeMap<>(filter);
            parameters.put("speaker_name", "ada");
            for (String query : List.of("timeline", "outlets")) {
                List<String> fromKeys = ordered(store.dataset(), NamedQuery.find(query).bind(parameters));
                assertEquals(ordered(store.dataset(), NamedQuery.find(query).withoutStatistics().bind(parameters)),
                        fromKeys, query + " " + parameters + ": from the keys and counted");
            }
        }
    }

    /** Whether a speaker's keys summarise nothing (st:keysUnsummarised): Ada's, the only speaker here. */
    private static boolean keysUnsummarised(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().contains(Quad.defaultGraphIRI,
                Node.ANY, StatisticsTerms.KEYS_UNSUMMARISED, StatisticsTerms.YES));
    }

    /**
     * A copy of a work ({@code schema:exampleOfWork}) in these outlets ("daily": the Daily Example, "post": the Other
     * Post) on these days, in which Ada says these words (Turtle literals), one statement each.
     */
    private static Model copy(String id, String work, List<String> outlets, List<String> days, String... words) {
        String a = "<" + newsgraph.rdf.Iris.article(id) + ">";
        StringBuilder ttl = datedArticle(id, "\"" + (days.isEmpty() ? "none" : days.get(0)) + "\"^^xsd:date");
        if (days.isEmpty()) {
            ttl = new StringBuilder(ttl.toString().replace(" ; schema:datePublished \"none\"^^xsd:date", ""));
        }
        for (String day : days.subList(Math.min(1, days.size()), days.size())) {
            ttl.append(a).append(" schema:datePublished \"").append(day).append("\"^^xsd:date .\n");
        }
        ttl.append(a).append(" schema:exampleOfWork <http://example.org/work/").append(work).append("> .\n");
        for (String outlet : outlets) {
            ttl.append(a).append(" schema:publisher <http://example.org/outlet/").append(outlet).append("> .\n");
            ttl.append("<http://example.org/outlet/").append(outlet).append("> a schema:Organization ; schema:name \"")
                    .append(outlet.equals("daily") ? "Daily Example" : "Other Post").append("\" ; schema:url <https://www.")
                    .append(outlet).append(".example/> .\n");
        }
        for (int i = 0; i < words.length; i++) {
            ttl.append("<http://example.org/article/").append(id).append("/statement/").append(i)
                    .append("> a schema:Quotation ; schema:isPartOf ").append(a)
                    .append(" ; schema:creator <http://example.org/person/ada> ; ng:kind ng:Direct ; schema:text ")
                    .append(words[i]).append(" ; ng:content [ <").append(NIF_BEGIN).append("> ").append(i).append(" ] .\n");
        }
        ttl.append("<http://example.org/person/ada> a schema:Person ; schema:name \"Ada Example\" .\n");
        return parsed(ttl);
    }

    /**
     * Statistics version 10: a real entity's key of an article names all its entities there, one key an article and
     * date, so that the per-person queries take a person's newest keys as they are, each person's apart (LATERAL), and
     * group only those. Here Ada is two entities in each article (one real entity in the identity graph) and Bea
     * Example speaks in the same articles: "Example" names both, whose keys tie on every article. Every page of
     * who-said-what, said-about and what-a-said-about-b, and the count of its rows, is the same from the keys as counted.
     */
    @Test
    void aPersonOfTwoEntitiesInAnArticleHasOneKeyThereAndANameOfTwoPeoplePagesAsCounted() {
        String ada;
        List<String> keys;
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            for (int i = 1; i <= 6; i++) {
                // two articles a day: the keys tie on the day, and the articles order them
                store.replace(new Article("t" + i, "text " + i), twoPeople("t" + i, "\"2024-05-0" + (i + 1) / 2
                        + "\"^^xsd:date"));
                // and Dee and Eve Example, once each in an article, the one first in one article, the other in the
                // next: an article's keys of two people tie, and a page that took one of them without the other
                // would miss a statement that comes first in the article
                store.replace(new Article("u" + i, "text " + i), oneEach("u" + i, "\"2024-06-0" + (i + 1) / 2
                        + "\"^^xsd:date", i % 2 == 0 ? List.of("dee", "eve") : List.of("eve", "dee")));
            }
            // a load places an entity of each article on the hub of its name (issue 11) ...
            Set<Node> hubs = Txn.calculateRead(store.dataset(), () -> {
                Set<Node> found = new HashSet<>();
                for (int i = 1; i <= 6; i++) {
                    for (String entity : List.of("/ada-1", "/ada-2")) {
                        found.addAll(IdentityGraph.hubsOf(store.dataset().asDatasetGraph(),
                                NodeFactory.createURI("http://example.org/t" + i + entity)));
                    }
                }
                return found;
            });
            assertEquals(1, hubs.size(), "Ada's entities are one real entity: " + hubs);
            ada = hubs.iterator().next().getURI();
            // ... one entity an article: the second joins it as an edit of the identity graph would (by another tool,
            // then 'stats --rebuild')
            Txn.executeWrite(store.dataset(), () -> {
                for (int i = 1; i <= 6; i++) {
                    store.dataset().asDatasetGraph().add(IdentityGraph.NODE, NodeFactory.createURI("http://example.org/t"
                            + i + "/ada-2"), OWL.sameAs.asNode(), NodeFactory.createURI(ada));
                }
            });
            store.rebuildStatistics();
            String hub = ada;
            keys = Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.toList(
                    store.dataset().asDatasetGraph().find(Quad.defaultGraphIRI, NodeFactory.createURI(hub),
                            StatisticsTerms.SPOKE_IN, Node.ANY)).stream().map(q -> q.getObject().getLiteralLexicalForm())
                    .sorted().toList());
            assertEquals(6, keys.size(), "one key an article: " + keys);
            keys.forEach(key -> {
                String article = key.split("\t", -1)[1];
                String id = article.substring(article.lastIndexOf('/') + 1);
                assertEquals("http://example.org/" + id + "/ada-1 http://example.org/" + id + "/ada-2",
                        key.split("\t", -1)[2], key);
            });
            List<Map<String, String>> asked = List.of(Map.of("speaker_iri", ada), Map.of("speaker_name", "Example"),
                    Map.of("speaker_name", "Example", "outlet", "daily"), Map.of("speaker_name", "Example", "from", "2024-05-02"));
            for (Map<String, String> parameters : asked) {
                Map<String, String> pair = new TreeMap<>(parameters);
                pair.put("about_name", "Cy");
                Map<String, String> about = new TreeMap<>(parameters);
                about.remove("speaker_iri");
                about.remove("speaker_name");
                about.put("about_name", parameters.containsKey("speaker_iri") ? "Ada" : "Example");
                for (Map.Entry<String, Map<String, String>> query : Map.of("who-said-what", parameters,
                        "what-a-said-about-b", pair, "said-about", about).entrySet()) {
                    NamedQuery named = NamedQuery.find(query.getKey());
                    for (int size : new int[] {1, 3}) {
                        for (int offset = 0; offset < 50; offset += size) {
                            PagedQuery counted = named.withoutStatistics().bind(query.getValue(), Page.of(size, offset));
                            PagedQuery kept = named.bind(query.getValue(), Page.of(size, offset));
                            String page = query.getKey() + " " + query.getValue() + ": " + size + " from " + offset;
                            assertEquals(ordered(store.dataset(), counted.query()), ordered(store.dataset(), kept.query()),
                                    page);
                            assertEquals(run(store, counted, 4), run(store, kept, 4), page + ", its count up to 4");
                        }
                    }
                }
            }
            // "of N" counts the articles of the keys first: more than the cap of them hold more rows than it
            PagedQuery paged = NamedQuery.find("who-said-what").bind(Map.of("speaker_name", "Example"), Page.of(2, 0));
            assertEquals(5L, Txn.calculateRead(store.dataset(), () -> {
                try (org.apache.jena.sparql.exec.QueryExec exec = org.apache.jena.sparql.exec.QueryExec
                        .dataset(store.dataset().asDatasetGraph()).query(paged.countingArticles(4)).build()) {
                    return ((Number) exec.select().next().get("articles").getLiteralValue()).longValue();
                }
            }), "the articles of the keys, up to the cap and one");
            // who speaks about them, most first: from the speakers' keys kept on each (st:spokenOfBy), as counted
            for (String name : List.of("Ada", "Cy", "Example")) {
                NamedQuery named = NamedQuery.find("who-speaks-about");
                for (int size : new int[] {1, 2}) {
                    for (int offset = 0; offset < 12; offset += size) {
                        Map<String, String> about = Map.of("about_name", name);
                        assertEquals(ordered(store.dataset(), named.withoutStatistics().bind(about, Page.of(size, offset))
                                .query()), ordered(store.dataset(), named.bind(about, Page.of(size, offset)).query()),
                                "who speaks about " + name + ": " + size + " from " + offset);
                    }
                }
            }
            assertEquals(48, ordered(store.dataset(), NamedQuery.find("who-said-what").bind(Map.of("speaker_name",
                    "Example"))).size(), "the statements of Ada's two entities, Bea, Dee and Eve");
            assertAgreesWithRecount(store);
            // the layout of version 9, a key for each entity of a real entity in an article: brought up when opened
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                for (Node term : List.of(StatisticsTerms.SPOKE_IN, StatisticsTerms.SPOKEN_OF_IN, StatisticsTerms.PAIR_IN)) {
                    for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY, term,
                            Node.ANY))) {
                        String[] parts = q.getObject().getLiteralLexicalForm().split("\t", -1);
                        dsg.delete(q);
                        // each entity of the real entity (a pair's: of the speaker) in its own key
                        for (String member : parts[2].split(" ")) {
                            parts[2] = member;
                            dsg.add(Quad.defaultGraphIRI, q.getSubject(), term, NodeFactory.createLiteralString(
                                    String.join("\t", parts)));
                        }
                    }
                }
                // ... and no speakers' keys on the entities spoken about
                dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, NodeFactory.createURI(StatisticsTerms.NAMESPACE
                        + "spokenOfBy"), Node.ANY);
                markLayout(dsg, "9");
            });
        }
        try (NewsStore store = NewsStore.openExisting(temp.resolve("db"))) {
            assertEquals(keys, Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.toList(
                    store.dataset().asDatasetGraph().find(Quad.defaultGraphIRI, NodeFactory.createURI(ada),
                            StatisticsTerms.SPOKE_IN, Node.ANY)).stream().map(q -> q.getObject().getLiteralLexicalForm())
                    .sorted().toList()), "one key an article again");
            assertAgreesWithRecount(store);
        }
    }

    /**
     * An article in which Ada speaks as two entities (ada-1, ada-2; one real entity once the identity graph says so)
     * and Bea Example as one, each once about Cy and once about Ada; Ada's entities are named "Ada Example". Each
     * article's entities are its own, as extraction names them.
     */
    private static Model twoPeople(String id, String date) {
        StringBuilder ttl = datedArticle(id, date);
        ttl.append("<").append(Iris.article(id)).append("> schema:publisher <http://example.org/outlet/daily> .\n");
        ttl.append("<http://example.org/outlet/daily> a schema:Organization ; schema:name \"Daily\" .\n");
        int at = 0;
        for (String who : List.of("ada-1", "ada-2", "bea")) {
            for (String about : List.of("cy", "ada-1")) {
                statement(ttl, id, at, who, about);
                at += 10;
            }
        }
        ttl.append("""
                <ada-1> a schema:Person ; schema:name "Ada Example" .
                <ada-2> a schema:Person ; schema:name "Ada Example" .
                <bea> a schema:Person ; schema:name "Bea Example" .
                <cy> a schema:Person ; schema:name "Cy Other" .
                """.replace("<", "<" + entities(id)));
        return parsed(ttl);
    }

    /** An article in which each of these people (Dee, Eve: named "Dee Example", …) says one thing, in this order. */
    private static Model oneEach(String id, String date, List<String> people) {
        StringBuilder ttl = datedArticle(id, date);
        for (int i = 0; i < people.size(); i++) {
            String who = people.get(i);
            statement(ttl, id, i, who, null);
            ttl.append("<").append(entities(id)).append(who).append("> a schema:Person ; schema:name \"")
                    .append(Character.toUpperCase(who.charAt(0))).append(who.substring(1)).append(" Example\" .\n");
        }
        return parsed(ttl);
    }

    /** The prefixes and a hand-written article with its headline and date, in Turtle. */
    private static StringBuilder datedArticle(String id, String date) {
        return new StringBuilder("""
                @prefix schema: <http://schema.org/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix ng: <https://w3id.org/newsgraph/ns#> .
                """).append("<").append(Iris.article(id)).append("> a schema:NewsArticle ; schema:headline \"").append(id)
                .append("\" ; schema:datePublished ").append(date).append(" .\n");
    }

    /** The article's own entities' namespace (each article's entities are its own, as extraction names them). */
    private static String entities(String id) {
        return "http://example.org/" + id + "/";
    }

    /** A direct quote of the article at a place in its text, by one of its entities and (unless null) about another. */
    private static void statement(StringBuilder ttl, String id, int at, String creator, String about) {
        ttl.append("<http://example.org/article/").append(id).append("/statement/").append(at)
                .append("> a schema:Quotation ; schema:isPartOf <").append(Iris.article(id))
                .append("> ; schema:creator <").append(entities(id)).append(creator).append(">");
        if (about != null) {
            ttl.append(" ; schema:about <").append(entities(id)).append(about).append(">");
        }
        ttl.append(" ; ng:kind ng:Direct ; schema:text \"words ").append(at).append("\" ; ng:content [ <")
                .append(NIF_BEGIN).append("> ").append(at).append(" ] .\n");
    }

    private static Model parsed(StringBuilder ttl) {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new StringReader(ttl.toString()), null, Lang.TURTLE);
        return model;
    }

    private static PageNote run(NewsStore store, PagedQuery paged, long cap) {
        return Txn.calculateRead(store.dataset(), () -> paged.run(q -> {
            try (org.apache.jena.sparql.exec.QueryExec exec = org.apache.jena.sparql.exec.QueryExec
                    .dataset(store.dataset().asDatasetGraph()).query(q).build()) {
                return exec.select().rewindable();
            }
        }, cap).note());
    }

    @Test
    void keysOfTheLayoutWithoutTheMembersAndOutletsGetThemWhenOpened() {
        Path dir = temp.resolve("db");
        Map<Node, Set<Quad>> keys = new TreeMap<>(Comparator.comparing(Node::toString));
        List<Node> terms = List.of(StatisticsTerms.SPOKE_IN, StatisticsTerms.SPOKEN_OF_IN, StatisticsTerms.PAIR_IN);
        try (NewsStore store = NewsStore.open(dir)) {
            store.replace(SeedArticles.seed().article(), ArticleGraph.of(SeedArticles.seed()));
            // the layout of version 8: each key the day and the article alone
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                for (Node term : terms) {
                    Set<Quad> now = new HashSet<>(org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Quad.defaultGraphIRI,
                            Node.ANY, term, Node.ANY)));
                    assertFalse(now.isEmpty(), term + ": the seed has some");
                    keys.put(term, now);
                    for (Quad q : now) {
                        String[] parts = q.getObject().getLiteralLexicalForm().split("\t", -1);
                        assertTrue(parts.length >= 3 && parts[1].startsWith("http"), q.toString());
                        dsg.delete(q);
                        dsg.add(Quad.defaultGraphIRI, q.getSubject(), term, NodeFactory.createLiteralString(parts[0] + "\t"
                                + parts[1]));
                    }
                }
                markLayout(dsg, "8");
            });
        }
        try (NewsStore store = NewsStore.openExisting(dir)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            assertTrue(Txn.calculateRead(store.dataset(), () -> Statistics.isComplete(dsg)));
            for (Node term : terms) {
                assertEquals(keys.get(term), Txn.calculateRead(store.dataset(), () -> new HashSet<>(
                        org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY, term, Node.ANY)))),
                        term + ": written again as this layout has them");
            }
            assertAgreesWithRecount(store);
        }
    }

    @Test
    void statisticsOfTheLayoutBeforeThePeoplesMonthsAndOutletsGetThemWhenOpenedWithoutARebuild() {
        Path dir = temp.resolve("db");
        try (NewsStore store = NewsStore.open(dir)) {
            store.replace(new Article("a1", "one"), article("a1", "daily", "Daily Example", "\"2024-05-03\"^^xsd:date", 2));
            store.replace(new Article("a2", "two"), article("a2", null, null, null, 1));
            // the layout of version 6: the same statistics without the people's months, outlets and articles
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                for (Node of : List.of(StatisticsTerms.TIMELINE_OF, StatisticsTerms.OUTLETS_OF)) {
                    for (Quad row : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY, of,
                            Node.ANY))) {
                        dsg.deleteAny(Quad.defaultGraphIRI, row.getSubject(), Node.ANY, Node.ANY);
                    }
                }
                dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.SPOKE_IN, Node.ANY);
                dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.SPOKEN_OF_IN, Node.ANY);
                markLayout(dsg, "6");
                // a count only a rebuild would set right: the upgrade must not read every article again
                dsg.deleteAny(Quad.defaultGraphIRI, NodeFactory.createURI(StatisticsTerms.MONTHS + "2024-05"), StatisticsTerms.MONTH_ARTICLES, Node.ANY);
                dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI(StatisticsTerms.MONTHS + "2024-05"), StatisticsTerms.MONTH_ARTICLES,
                        NodeFactory.createLiteralByValue(99, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            });
        }
        try (NewsStore store = NewsStore.openExisting(dir)) {
            assertTrue(Txn.calculateRead(store.dataset(), () -> Statistics.isComplete(store.dataset().asDatasetGraph())));
            assertEquals(List.of("by_outlet=Daily Example 2 month=2024-05 statements=2"),
                    plain(store, "timeline", Map.of("speaker_name", "ada")), "the rows are back");
            assertEquals(99, count(store, StatisticsTerms.MONTHS + "2024-05", StatisticsTerms.MONTH_ARTICLES),
                    "brought up to this layout, not rebuilt");
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                dsg.deleteAny(Quad.defaultGraphIRI, NodeFactory.createURI(StatisticsTerms.MONTHS + "2024-05"), StatisticsTerms.MONTH_ARTICLES, Node.ANY);
                dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI(StatisticsTerms.MONTHS + "2024-05"), StatisticsTerms.MONTH_ARTICLES,
                        NodeFactory.createLiteralByValue(1, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            });
            assertAgreesWithRecount(store);
        }
    }

    @Test
    void entitiesRowsOfTheLayoutWithTheOrganisationsThemselvesGetTheirNamesWhenOpened() {
        Path dir = temp.resolve("db");
        List<String> before;
        try (NewsStore store = NewsStore.open(dir)) {
            // the seed, with a membership for every person named in it (the seed's own is of an unnamed spokesman)
            org.apache.jena.rdf.model.Model graph = ArticleGraph.of(SeedArticles.seed());
            org.apache.jena.rdf.model.Resource party = graph.listSubjectsWithProperty(
                    org.apache.jena.vocabulary.RDF.type, graph.createResource("http://schema.org/Organization"))
                    .filterKeep(o -> o.hasProperty(graph.createProperty("http://schema.org/name"))).next();
            graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                    graph.createResource("http://schema.org/Person")).toList().forEach(person ->
                    person.addProperty(graph.createProperty("http://schema.org/memberOf"), party));
            store.replace(SeedArticles.seed().article(), graph);
            before = rows(store.dataset(), "entities", false);
            assertTrue(before.toString().contains("member_of="), before.toString());
            // the layout of version 7: a row points to its members' organisations, each with its own st:name
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                List<Quad> names = org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY,
                        StatisticsTerms.ROW_MEMBER_OF_NAME, Node.ANY));
                assertFalse(names.isEmpty(), "the seed's people are members of organisations");
                for (Quad q : names) {
                    Node organisation = dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.NAME, q.getObject()).next()
                            .getSubject();
                    dsg.delete(q);
                    dsg.add(Quad.defaultGraphIRI, q.getSubject(), NodeFactory.createURI(StatisticsTerms.NAMESPACE
                            + "rowMemberOf"), organisation);
                }
                markLayout(dsg, "7");
            });
        }
        try (NewsStore store = NewsStore.openExisting(dir)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            assertTrue(Txn.calculateRead(store.dataset(), () -> Statistics.isComplete(dsg)
                    && !dsg.find(Quad.defaultGraphIRI, Node.ANY, NodeFactory.createURI(StatisticsTerms.NAMESPACE
                            + "rowMemberOf"), Node.ANY).hasNext()), "brought up to this layout: names, not organisations");
            assertEquals(before, rows(store.dataset(), "entities", false));
            assertAgreesWithRecount(store);
        }
    }

    /**
     * Version 12: most-quoted's rows keep the names they are shown with (st:quotedShown), which its page orders by. A
     * database of version 11 has none, and gets them when it is opened: the page then reads the same rows as before.
     */
    @Test
    void mostQuotedRowsOfTheLayoutWithoutTheirShownNamesGetThemWhenOpened() {
        Path dir = temp.resolve("db");
        List<String> before;
        List<Quad> shown;
        try (NewsStore store = NewsStore.open(dir)) {
            store.replace(SeedArticles.seed().article(), ArticleGraph.of(SeedArticles.seed()));
            before = rows(store.dataset(), "most-quoted", false);
            shown = Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.toList(store.dataset()
                    .asDatasetGraph().find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.QUOTED_SHOWN, Node.ANY)));
            assertEquals(before.size(), shown.size(), "a shown name for each row of the seed's most-quoted");
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.QUOTED_SHOWN, Node.ANY);
                markLayout(dsg, "11");
            });
        }
        try (NewsStore store = NewsStore.openExisting(dir)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            assertTrue(Txn.calculateRead(store.dataset(), () -> Statistics.isComplete(dsg)));
            assertEquals(Set.copyOf(shown), Txn.calculateRead(store.dataset(), () -> Set.copyOf(
                    org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Quad.defaultGraphIRI, Node.ANY,
                            StatisticsTerms.QUOTED_SHOWN, Node.ANY)))), "written again");
            assertEquals(before, rows(store.dataset(), "most-quoted", false));
            assertAgreesWithRecount(store);
        }
    }

    @Test
    void aDatabaseWithoutStatisticsGetsThemWhenOpenedAndStatsRebuildCountsThemAgain() {
        Path dir = temp.resolve("db");
        Dataset foreign = TDB2Factory.connectDataset(dir.toString());
        foreign.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(foreign, () -> foreign.addNamedModel(ArticleGraph.graphName(SeedArticles.seed().article()),
                ArticleGraph.of(SeedArticles.seed())));
        assertFalse(Txn.calculateRead(foreign, () -> Statistics.isComplete(foreign.asDatasetGraph())));
        TDBInternal.expel(foreign.asDatasetGraph());
        try (NewsStore store = NewsStore.openExisting(dir)) {
            assertTrue(Txn.calculateRead(store.dataset(), () -> Statistics.isComplete(store.dataset().asDatasetGraph())));
            assertAgreesWithRecount(store);
            // counts gone wrong (here by hand): the queries are only as right as the statistics, until a rebuild
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().asDatasetGraph().deleteAny(Quad.defaultGraphIRI, NodeFactory.createURI(FALLON),
                        StatisticsTerms.STATEMENTS, Node.ANY);
            });
            assertEquals(0, count(store, FALLON, StatisticsTerms.STATEMENTS));
        }
        assertEquals(0, Main.run("stats", "--rebuild", "--db", dir.toString()));
        try (NewsStore store = NewsStore.openExisting(dir)) {
            assertEquals(said(SeedArticles.graph(SeedArticles.seed()), FALLON), count(store, FALLON,
                    StatisticsTerms.STATEMENTS));
            assertAgreesWithRecount(store);
        }
    }

    @Test
    void aGroupOfEntitiesIsRecountedFromItsMembersAlone() {
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            Analysis seed = SeedArticles.seed();
            store.replace(seed.article(), ArticleGraph.of(seed));
            Node fallon = NodeFactory.createURI(FALLON);
            Node corbyn = NodeFactory.createURI(named(SeedArticles.graph(seed), "Jeremy Corbyn"));
            Node group = NodeFactory.createURI("urn:example:hub");
            long both = count(store, FALLON, StatisticsTerms.STATEMENTS) + count(store, corbyn.getURI(),
                    StatisticsTerms.STATEMENTS);
            Txn.executeWrite(store.dataset(), () -> Statistics.recountGroup(store.dataset().asDatasetGraph(), group,
                    List.of(fallon, corbyn)));
            assertEquals(both, count(store, group.getURI(), StatisticsTerms.GROUP_STATEMENTS));
            assertEquals(1, count(store, group.getURI(), StatisticsTerms.GROUP_ARTICLES_QUOTED),
                    "both are quoted in the one article: counted once");
            assertEquals(1, count(store, group.getURI(), StatisticsTerms.GROUP_MENTIONED_IN));
            assertEquals(said(SeedArticles.graph(seed), FALLON), count(store, FALLON, StatisticsTerms.STATEMENTS),
                    "the members' own counts stay");
            Txn.executeWrite(store.dataset(), () -> Statistics.recountGroup(store.dataset().asDatasetGraph(), group,
                    List.of()));
            assertEquals(0, count(store, group.getURI(), StatisticsTerms.GROUP_STATEMENTS));
            assertAgreesWithRecount(store);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * The statistics equal a count from scratch, and every overview gives the same rows from them as counting over
     * every article (a SPARQL aggregate over the store).
     */
    public static void assertAgreesWithRecount(NewsStore store) {
        Set<String> kept = statistics(store);
        for (String name : NamedQuery.packaged()) {
            if (NamedQuery.find(name).readsStatistics()) {
                List<String> fromStatistics = rows(store.dataset(), name, false);
                assertEquals(rows(store.dataset(), name, true), fromStatistics, name + ": from statistics and counted");
            }
        }
        assertRankedPagesAgreeWithCounting(store);
        assertPairArticlesAgreeWithStatements(store);
        assertPeopleAgreeWithCounting(store);
        store.rebuildStatistics();
        assertEquals(statistics(store), kept, "the statistics kept equal those counted from scratch");
    }

    /**
     * Filters on the day and the outlet: a year, a day, a letter of many outlets' names, a part of an address, and two
     * names' parts across a tab (as the keys of the statistics hold them), which no one name holds.
     */
    static final List<Map<String, String>> FILTERS = List.of(Map.of("from", "2017", "to", "2024-05-31"),
            Map.of("outlet", "e"), Map.of("outlet", "https://"), Map.of("from", "2000", "outlet", "s\thttp"));

    /** The per-person queries that read a speaker's rows of the statistics (st:timelineOf, st:outletsOf, st:spokeIn). */
    static final List<String> PER_PERSON = List.of("who-said-what", "timeline", "outlets");

    /**
     * For each speaker's name (up to 12 of them) and its last word, the per-person queries read from the statistics give
     * the rows of the same query counting over the person's articles, in order, pages too; and said-about for the name.
     */
    static void assertPeopleAgreeWithCounting(NewsStore store) {
        List<String> names = Txn.calculateRead(store.dataset(), () -> {
            Set<String> found = new java.util.TreeSet<>();
            store.dataset().asDatasetGraph().find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.NAME, Node.ANY)
                    .forEachRemaining(q -> {
                        if (store.dataset().asDatasetGraph().contains(Quad.defaultGraphIRI, q.getSubject(),
                                StatisticsTerms.STATEMENTS, Node.ANY)) {
                            found.add(q.getObject().getLiteralLexicalForm());
                        }
                    });
            return found.stream().limit(12).toList();
        });
        List<Map<String, String>> asked = new ArrayList<>();
        for (String name : names) {
            asked.add(Map.of("speaker_name", name));
            // one word of it: a name that may find several people
            asked.add(Map.of("speaker_name", name.split(" ")[name.split(" ").length - 1]));
        }
        // with the filters on the day and the outlet, which the keys of the statistics answer (ArticleKeys): for two names
        for (String name : names.subList(0, Math.min(2, names.size()))) {
            for (Map<String, String> filter : FILTERS) {
                Map<String, String> filtered = new TreeMap<>(filter);
                filtered.put("speaker_name", name);
                asked.add(filtered);
            }
        }
        for (Map<String, String> parameters : asked) {
            for (String query : PER_PERSON) {
                assertEquals(ordered(store.dataset(), NamedQuery.find(query).withoutStatistics().bind(parameters)),
                        ordered(store.dataset(), NamedQuery.find(query).bind(parameters)),
                        query + " " + parameters + ": from statistics and counted");
            }
            for (String other : names.subList(0, Math.min(4, names.size()))) {
                Map<String, String> pair = new TreeMap<>(parameters);
                pair.put("about_name", other);
                assertEquals(ordered(store.dataset(), NamedQuery.find("what-a-said-about-b").withoutStatistics().bind(pair)),
                        ordered(store.dataset(), NamedQuery.find("what-a-said-about-b").bind(pair)),
                        "what-a-said-about-b " + pair + ": from statistics and counted");
            }
            Map<String, String> about = new TreeMap<>(parameters);
            about.put("about_name", about.remove("speaker_name"));
            assertEquals(ordered(store.dataset(), NamedQuery.find("said-about").withoutStatistics().bind(about)),
                    ordered(store.dataset(), NamedQuery.find("said-about").bind(about)),
                    "said-about " + about + ": from statistics and counted");
            for (int offset : new int[] {0, 1, 3}) {
                PagedQuery counted = NamedQuery.find("who-said-what").withoutStatistics().bind(parameters, Page.of(2, offset));
                PagedQuery kept = NamedQuery.find("who-said-what").bind(parameters, Page.of(2, offset));
                assertEquals(ordered(store.dataset(), counted.query()), ordered(store.dataset(), kept.query()),
                        "who-said-what " + parameters + ": 2 rows from " + offset);
            }
        }
    }

    /**
     * The articles kept for each pair of real entities (read by what-a-said-about-b) are those in which a statement of
     * the one is about the other, each side taken to its hub in the identity graph (or itself), with the article's
     * entities by which it is, as a SPARQL query over every statement finds them.
     */
    static void assertPairArticlesAgreeWithStatements(NewsStore store) {
        for (String side : List.of("creator", "entity")) {
            List<String> counted = ordered(store.dataset(), org.apache.jena.query.QueryFactory.create(PAIR_PREFIXES + """
                    SELECT DISTINCT ?speaker ?about ?article ?%s WHERE {
                      GRAPH ?article { ?said schema:creator ?creator ; schema:about ?entity }
                      FILTER (isIRI(?creator))
                      OPTIONAL { GRAPH <https://w3id.org/newsgraph/graph/identity> { ?creator owl:sameAs ?creatorHub } }
                      OPTIONAL { GRAPH <https://w3id.org/newsgraph/graph/identity> { ?entity owl:sameAs ?entityHub } }
                      BIND (COALESCE(?creatorHub, ?creator) AS ?speaker)
                      BIND (COALESCE(?entityHub, ?entity) AS ?about)
                    } ORDER BY ?speaker ?about ?article ?%s""".formatted(side, side)));
            List<String> kept = ordered(store.dataset(), org.apache.jena.query.QueryFactory.create(PAIR_PREFIXES + """
                    SELECT ?speaker ?about ?article ?%s WHERE { GRAPH <urn:x-arq:DefaultGraph> {
                      ?pair st:pairSpeaker ?speaker ; st:pairAbout ?about .
                      ?in st:inPair ?pair ; st:inArticle ?article ; st:inSpeaker ?creator ; st:inAbout ?entity } }
                    GROUP BY ?speaker ?about ?article ?%s ORDER BY ?speaker ?about ?article ?%s""".formatted(side, side,
                    side)));
            assertEquals(counted, kept, "the articles kept for each pair, with their entities (" + side + ")");
        }
    }

    private static final String PAIR_PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX st: <urn:newsgraph:stats#>
            """;

    /** The overviews that read the ranking kept with the counts, with the parameters they take. */
    static final Map<String, List<Map<String, String>>> RANKED = Map.of("most-quoted", List.of(Map.of()),
            "entities", List.of(Map.of(), Map.of("type_name", "Person"), Map.of("type_name", "Organization"),
                    Map.of("type_name", "place")));

    /**
     * The overviews read from the ranking (issue 16) give the rows of the counted query in its order, whole and a page
     * at a time: pages of 1, 2, 3 and 7 rows at offsets from the first row to past the last, each the same slice of the
     * counted answer (ties broken by name, then by the entity's IRI, in both).
     */
    public static void assertRankedPagesAgreeWithCounting(NewsStore store) {
        RANKED.forEach((name, parameterSets) -> {
            for (Map<String, String> parameters : parameterSets) {
                List<String> counted = ordered(store.dataset(), NamedQuery.find(name).withoutStatistics().bind(parameters));
                List<String> whole = ordered(store.dataset(), NamedQuery.find(name).bind(parameters));
                assertEquals(counted, whole, name + " " + parameters + ": the whole list from the ranking, in order");
                for (int limit : new int[] {1, 2, 3, 7}) {
                    for (int offset : new int[] {0, 1, 2, 5, Math.max(0, counted.size() - 2), counted.size() + 1}) {
                        PagedQuery page = NamedQuery.find(name).bind(parameters, Page.of(limit, offset));
                        List<String> rows = ordered(store.dataset(), page.query());
                        List<String> expected = counted.subList(Math.min(offset, counted.size()),
                                Math.min(offset + limit + 1, counted.size()));
                        assertEquals(expected, rows, name + " " + parameters + ": " + limit + " rows from " + offset
                                + " (and the one after, which tells whether more follow)");
                    }
                }
            }
        });
    }

    /** A query's rows in its own order, each as its sorted bindings (a GROUP_CONCAT's list sorted too). */
    static List<String> ordered(Dataset dataset, Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(query, dataset)) {
                List<String> rows = new ArrayList<>();
                exec.execSelect().forEachRemaining((QuerySolution row) -> rows.add(asText(row)));
                return rows;
            }
        });
    }

    private static String asText(QuerySolution row) {
        Map<String, String> bindings = new TreeMap<>();
        row.varNames().forEachRemaining(v -> {
            String value = row.get(v).toString();
            bindings.put(v, value.contains(" | ")
                    ? String.join(" | ", Arrays.stream(value.split(" \\| ")).sorted().toList()) : value);
        });
        return bindings.toString();
    }

    /** Every quad of the statistics, as text. */
    private static Set<String> statistics(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> quads = new HashSet<>();
            store.dataset().asDatasetGraph().find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> {
                        if (q.getPredicate().getURI().startsWith(StatisticsTerms.NAMESPACE)) {
                            quads.add(q.toString());
                        }
                    });
            return quads;
        });
    }

    /**
     * A query's rows, each as its sorted bindings (a list written with GROUP_CONCAT sorted too: its order is the
     * engine's), sorted.
     */
    static List<String> rows(Dataset dataset, String name, boolean scanning) {
        NamedQuery named = scanning ? NamedQuery.find(name).withoutStatistics() : NamedQuery.find(name);
        Query query = named.bind(Map.of());
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(query, dataset)) {
                List<String> rows = new ArrayList<>();
                exec.execSelect().forEachRemaining((QuerySolution row) -> rows.add(asText(row)));
                return rows.stream().sorted().toList();
            }
        });
    }

    /** The rows in the query's own order, without the IRIs, values as plain text. */
    private static List<String> plain(NewsStore store, String name) {
        return plain(store, name, Map.of());
    }

    private static List<String> plain(NewsStore store, String name, Map<String, String> parameters) {
        Query query = NamedQuery.find(name).bind(parameters);
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(query, store.dataset())) {
                List<String> rows = new ArrayList<>();
                exec.execSelect().forEachRemaining(row -> {
                    Map<String, String> bindings = new TreeMap<>();
                    row.varNames().forEachRemaining(v -> {
                        if (row.get(v).isLiteral()) {
                            bindings.put(v, row.getLiteral(v).getLexicalForm());
                        }
                    });
                    rows.add(String.join(" ", bindings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .toList()));
                });
                return rows;
            }
        });
    }

    private static long count(NewsStore store, String subject, Node term) {
        return Txn.calculateRead(store.dataset(), () -> Statistics.count(store.dataset().asDatasetGraph(),
                NodeFactory.createURI(subject), term));
    }

    /** Whether the statistics give the entity this name. */
    private static boolean named(NewsStore store, String entity, String name) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().contains(Quad.defaultGraphIRI,
                NodeFactory.createURI(entity), StatisticsTerms.NAME, NodeFactory.createLiteralString(name)));
    }

    /** The entity of a graph with this schema:name. */
    private static String named(Model graph, String name) {
        return graph.listSubjectsWithProperty(Schema.name, name).next().getURI();
    }

    /** Marks the statistics as kept in an earlier layout, which opening the database brings up to this one. */
    private static void markLayout(DatasetGraph dsg, String version) {
        dsg.delete(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.VERSION, StatisticsTerms.CURRENT_VERSION);
        dsg.add(Quad.defaultGraphIRI, StatisticsTerms.STATISTICS, StatisticsTerms.VERSION, NodeFactory.createLiteralString(version));
        assertTrue(Statistics.isUpgradable(dsg));
    }

    /** How many statements of a graph have this creator, counted in Java. */
    private static long said(Model graph, String speaker) {
        return graph.listSubjectsWithProperty(Schema.creator, graph.createResource(speaker)).filterKeep(s ->
                s.hasProperty(RDF.type, Schema.Quotation)).toList().size();
    }

    private static final String NIF_BEGIN = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex";

    /** A hand-written article graph with a publisher and a date (as issue 10 writes them) and some statements. */
    private static Model article(String id, String publisher, String outlet, String date, int statements) {
        String a = "<" + newsgraph.rdf.Iris.article(id) + ">"; // the graph's name: the article is its graph
        StringBuilder ttl = new StringBuilder("""
                @prefix schema: <http://schema.org/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix ng: <https://w3id.org/newsgraph/ns#> .
                """);
        ttl.append(a).append(" a schema:NewsArticle ; schema:headline \"").append(id).append("\" .\n");
        if (publisher != null) {
            ttl.append(a).append(" schema:publisher <http://example.org/outlet/").append(publisher).append("> .\n");
            ttl.append("<http://example.org/outlet/").append(publisher).append("> a schema:Organization ; schema:name \"")
                    .append(outlet).append("\" ; schema:url <https://www.").append(publisher).append(".example/> .\n");
        }
        if (date != null) {
            ttl.append(a).append(" schema:datePublished ").append(date).append(" .\n");
        }
        for (int i = 0; i < statements; i++) {
            ttl.append("<http://example.org/article/").append(id).append("/statement/").append(i)
                    .append("> a schema:Quotation ; schema:isPartOf ").append(a)
                    .append(" ; schema:creator <http://example.org/person/ada> ; ng:kind ng:Direct ; schema:text \"words ")
                    .append(i).append("\" ; ng:content [ <").append(NIF_BEGIN).append("> ").append(i).append(" ] .\n");
        }
        ttl.append("<http://example.org/person/ada> a schema:Person ; schema:name \"Ada Example\" .\n");
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new StringReader(ttl.toString()), null, Lang.TURTLE);
        return model;
    }

    private static void update(NewsServer server, String update) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(server.updateUrl()))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic())
                .POST(HttpRequest.BodyPublishers.ofString(update)));
        assertTrue(answer.statusCode() / 100 == 2, update + ": " + answer.statusCode() + " " + answer.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A Writer into a string, for RDFDataMgr. */
    private static final class StringBuilderWriter extends java.io.StringWriter {
    }
}
