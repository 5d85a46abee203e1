package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.text.Article;
import newsgraph.text.ArticleMetadata;
import newsgraph.text.NewsDate;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-person queries answer a page of 100 statements in article order, and the next page (OFFSET 100 in
 * the inner SELECT, as their header says) continues it without a gap or a repeat: here 13 copies of the seed
 * under distinct ids give its speaker 8 × 13 = 104 statements (all published on one day).
 */
class PagedQueriesTest {

    private static final int COPIES = 13;

    @TempDir
    static Path temp;
    private static NewsStore store;

    @BeforeAll
    static void loadCopiesOfTheSeed() throws Exception {
        String text = Files.readString(SeedArticles.SEED);
        Extractor extractor = Extractor.create();
        Map<Article, Model> graphs = new LinkedHashMap<>();
        for (int i = 1; i <= COPIES; i++) {
            // dated alike, so that the date filters keep them all and the order stays the articles'
            Article copy = new Article(String.format("copy-%02d", i), text, new ArticleMetadata(null,
                    new NewsDate("2017-05-20T09:30:00Z"), null, null, "en-GB", List.of(), null, null));
            graphs.put(copy, ArticleGraph.of(extractor.extract(copy)));
        }
        store = NewsStore.open(temp.resolve("db"));
        store.replaceAll(graphs);
    }

    @Test
    void whatSomeoneSaidComesAHundredAtATimeInArticleOrder() {
        String speaker = "Michael Fallon";
        List<QuerySolution> all = rows(NamedQuery.find("who-said-what").text()
                .replace("LIMIT 100", "LIMIT 1000"), Map.of("speaker_name", "fallon"));
        assertEquals(8 * COPIES, all.size(), "the seed gives Fallon eight statements");

        List<QuerySolution> first = rows(NamedQuery.find("who-said-what").text(), Map.of("speaker_name", "fallon"));
        // the next page: its offset in the page, and as many articles read first as the two pages can need
        List<QuerySolution> second = rows(NamedQuery.find("who-said-what").bind(Map.of("speaker_name", "fallon"),
                Page.of(100, 100)).query());
        assertEquals(100, first.size());
        assertEquals(8 * COPIES - 100, second.size());
        assertTrue(first.stream().allMatch(r -> speaker.equals(r.getLiteral("speaker").getString())));

        List<String> articles = new ArrayList<>();
        first.forEach(r -> articles.add(r.getResource("statement").getURI().replaceAll("/statement/.*", "")));
        assertEquals(articles.stream().sorted().toList(), articles, "in article order");
        assertTrue(articles.get(0).endsWith("copy-01") && articles.get(99).endsWith("copy-13"));

        Set<String> paged = new HashSet<>();
        first.forEach(r -> paged.add(r.getResource("statement").getURI()));
        second.forEach(r -> paged.add(r.getResource("statement").getURI()));
        Set<String> everything = new HashSet<>();
        all.forEach(r -> everything.add(r.getResource("statement").getURI()));
        assertEquals(everything, paged, "two pages hold every statement once");
    }

    @Test
    void withoutANameThePageHoldsTheFirstHundredStatementsOfAll() {
        List<QuerySolution> page = rows(NamedQuery.find("who-said-what").text(), Map.of());
        assertEquals(100, page.size(), "16 statements in each of 13 copies, a page of them");
        assertTrue(page.get(0).getResource("statement").getURI().contains("/copy-01/"));
    }

    @Test
    void whatWasSaidAboutSomeoneAndWhatAToldOfBComeInFullRows() {
        Map<String, String> fallonOnCorbyn = Map.of("speaker_name", "fallon", "about_name", "corbyn");
        // the seed: five statements about Corbyn, three of them Fallon's
        Map<String, Integer> expected = Map.of("said-about", 5 * COPIES, "what-a-said-about-b", 3 * COPIES);
        expected.forEach((name, count) -> {
            List<QuerySolution> page = rows(NamedQuery.find(name).text(), fallonOnCorbyn);
            assertEquals(count, page.size(), name);
            assertTrue(page.stream().allMatch(r -> "Jeremy Corbyn".equals(r.getLiteral("about").getString())
                    && r.contains("text") && r.contains("headline") && r.contains("speaker")), name);
        });
    }

    /**
     * The page's limit and offset go into the inner page, where the names are: an outer LIMIT or OFFSET (what the
     * web UI's users tried) would cut the inner page of 100, never move it.
     */
    @Test
    void aLimitAndOffsetMoveTheInnerPageAndTheNoteSaysWhichRowsTheseAre() {
        NamedQuery query = NamedQuery.find("who-said-what");
        Set<String> seen = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        for (long offset = 0; offset < 8 * COPIES; offset += 30) {
            PagedQuery.Answer answer = run(query.bind(Map.of("speaker_name", "fallon"), Page.of(30, offset)));
            long expected = Math.min(30, 8 * COPIES - offset);
            assertEquals(expected, answer.note().shown(), "offset " + offset);
            assertEquals(8 * COPIES, answer.note().total(), "counted");
            assertEquals(offset + 30 < 8 * COPIES, answer.note().more());
            answer.rows().forEachRemaining(b -> {
                String statement = b.get("statement").getURI();
                assertTrue(seen.add(statement), "no repeat: " + statement);
                inOrder.add(statement.replaceAll("/statement/.*", ""));
            });
        }
        assertEquals(8 * COPIES, seen.size(), "every statement once");
        assertEquals(inOrder.stream().sorted().toList(), inOrder, "pages continue in article order");

        PagedQuery.Answer second = run(query.bind(Map.of("speaker_name", "fallon"), Page.of(100, 100)));
        assertEquals("rows 101–104 of 104 (the last page)", second.note().forCommandLine());
        PagedQuery.Answer first = run(query.bind(Map.of("speaker_name", "fallon"), Page.AS_WRITTEN));
        assertEquals("first 100 of 104 rows; --offset 100 for the next", first.note().forCommandLine());
    }

    /**
     * The count of "1–20 of N" is of the rows the page is cut from, date filters included: counting once left out the
     * article's date (only there to order the page), so that any page filtered by date was "of 0".
     */
    @Test
    void theCountOfADatedPageKeepsTheDateItFiltersOn() {
        Map<String, Map<String, String>> asked = new LinkedHashMap<>();
        asked.put("who-said-what", Map.of("speaker_name", "fallon"));
        asked.put("said-about", Map.of("about_name", "corbyn"));
        asked.put("what-a-said-about-b", Map.of("speaker_name", "fallon", "about_name", "corbyn"));
        Map<String, Long> expected = Map.of("who-said-what", 8L * COPIES, "said-about", 5L * COPIES,
                "what-a-said-about-b", 3L * COPIES);
        for (Map<String, String> dates : List.of(Map.of("from", "2017"), Map.of("to", "2017-05-20"),
                Map.of("from", "2017-05", "to", "2017-05-31"))) {
            asked.forEach((name, parameters) -> {
                Map<String, String> dated = new LinkedHashMap<>(parameters);
                dated.putAll(dates);
                PagedQuery.Answer answer = run(NamedQuery.find(name).bind(dated, Page.of(20, 0)));
                assertEquals(20, answer.note().shown(), name + " " + dated);
                assertEquals(expected.get(name), answer.note().total(), name + " " + dated + " counted");
            });
            PagedQuery.Answer none = run(NamedQuery.find("said-about").bind(Map.of("about_name", "corbyn", "from",
                    "2018"), Page.of(20, 0)));
            assertEquals(0, none.note().total(), "nothing after the day they were published");
        }
    }

    @Test
    void aQueryWithoutAnInnerPageIsPagedAtItsTopLevelAndKnowsWhetherMoreFollow() {
        NamedQuery query = NamedQuery.find("most-quoted");
        PagedQuery.Answer all = run(query.bind(Map.of(), Page.AS_WRITTEN));
        long speakers = all.note().shown();
        assertTrue(speakers > 2, "the seed has several speakers");
        assertFalse(all.note().isPartial());
        PagedQuery.Answer two = run(query.bind(Map.of(), Page.of(2, 0)));
        assertEquals(2, two.note().shown());
        assertTrue(two.note().more(), "one row more was asked for, and it came");
        assertEquals("first 2 rows; --offset 2 for the next", two.note().forCommandLine());
        PagedQuery.Answer last = run(query.bind(Map.of(), Page.of(2, speakers - 1)));
        assertEquals(1, last.note().shown());
        assertFalse(last.note().more());
    }

    /** The entity pages name their entity by IRI: exactly that entity, never another whose name contains it. */
    @Test
    void anIriParameterFindsThatEntityOnly() {
        String fallon = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecutionFactory.create("PREFIX schema: <http://schema.org/> SELECT ?p"
                    + " { ?p schema:name \"Michael Fallon\" } LIMIT 1", store.dataset())) {
                return exec.execSelect().next().getResource("p").getURI();
            }
        });
        PagedQuery.Answer answer = run(NamedQuery.find("who-said-what").bind(Map.of("speaker_iri", fallon),
                Page.of(1000, 0)));
        assertEquals(8 * COPIES, answer.note().shown());
        PagedQuery.Answer about = run(NamedQuery.find("what-a-said-about-b").bind(Map.of("speaker_iri", fallon,
                "about_name", "corbyn"), Page.of(1000, 0)));
        assertEquals(3 * COPIES, about.note().shown());
        PagedQuery.Answer nobody = run(NamedQuery.find("who-said-what").bind(Map.of("speaker_iri", fallon + "-x"),
                Page.of(1000, 0)));
        assertEquals(0, nobody.note().shown(), "an IRI is not a name: no prefix matching");
    }

    /**
     * Whether more follow is told by the articles where there are more of them than the page's end (each holds a row at
     * least), else by the rows: the same notes as counting every row. 13 articles; Fallon has 8 statements in each, 3 of
     * them about Corbyn.
     */
    @Test
    void morePagesAreToldByTheArticlesOrByTheRowsAlike() {
        Map<String, Map<String, String>> asked = new LinkedHashMap<>();
        asked.put("who-said-what", Map.of("speaker_name", "fallon"));
        asked.put("said-about", Map.of("about_name", "corbyn"));
        asked.put("what-a-said-about-b", Map.of("speaker_name", "fallon", "about_name", "corbyn"));
        Map<String, Long> rows = Map.of("who-said-what", 8L * COPIES, "said-about", 5L * COPIES,
                "what-a-said-about-b", 3L * COPIES);
        asked.forEach((name, parameters) -> {
            for (long[] page : new long[][] {{5, 0}, {10, 2}, {5, 30}, {10, rows.get(name) - 10}, {10, rows.get(name) - 9},
                    {20, rows.get(name)}}) {
                PagedQuery paged = NamedQuery.find(name).bind(parameters, Page.of(page[0], page[1]));
                // the cap of a program's request: the page's end, so only whether more follow is asked
                PagedQuery.Answer answer = run(paged, page[0] + page[1]);
                String what = name + " " + page[0] + " after " + page[1];
                assertEquals(rows.get(name) > page[0] + page[1], answer.note().more(), what);
                assertEquals(Math.max(0, Math.min(page[0], rows.get(name) - page[1])), answer.note().shown(), what);
                // a reader's cap: the count itself, up to it
                assertEquals(rows.get(name), run(paged, 10_000).note().total(), what);
            }
        });
    }

    /**
     * Names that match several entities of one article (every speaker with an "a", everyone spoken about with an "e"):
     * what-a-said-about-b then reads all the article's statements and picks those of its entities by their IRIs, and
     * answers exactly the statements that who-said-what and said-about both answer, each with the entity spoken about.
     */
    @Test
    void whatASaidAboutBWithNamesOfSeveralEntitiesAnArticleIsWhatBothOtherPagesAgreeOn() {
        Page all = Page.of(10_000, 0);
        Set<String> spoken = new HashSet<>();
        run(NamedQuery.find("who-said-what").bind(Map.of("speaker_name", "a"), all)).rows()
                .forEachRemaining(b -> spoken.add(b.get("statement").getURI()));
        Set<String> expected = new java.util.TreeSet<>();
        run(NamedQuery.find("said-about").bind(Map.of("about_name", "e"), all)).rows().forEachRemaining(b -> {
            if (spoken.contains(b.get("statement").getURI())) {
                expected.add(b.get("statement").getURI() + " " + b.get("about").getLiteralLexicalForm());
            }
        });
        Set<String> answered = new java.util.TreeSet<>();
        run(NamedQuery.find("what-a-said-about-b").bind(Map.of("speaker_name", "a", "about_name", "e"), all)).rows()
                .forEachRemaining(b -> answered.add(b.get("statement").getURI() + " " + b.get("about")
                        .getLiteralLexicalForm()));
        assertTrue(expected.size() > 3 * COPIES, "several speakers and entities: " + expected.size());
        assertEquals(expected, answered);
    }

    private static PagedQuery.Answer run(PagedQuery paged) {
        return run(paged, 10_000);
    }

    private static PagedQuery.Answer run(PagedQuery paged, long cap) {
        return Txn.calculateRead(store.dataset(), () -> paged.run(q -> {
            try (org.apache.jena.sparql.exec.QueryExec exec = org.apache.jena.sparql.exec.QueryExec
                    .dataset(store.dataset().asDatasetGraph()).query(q).build()) {
                return exec.select().rewindable();
            }
        }, cap));
    }

    private static List<QuerySolution> rows(String queryText, Map<String, String> parameters) {
        NamedQuery named = new NamedQuery("paged", "test", queryText);
        Map<String, String> known = new LinkedHashMap<>(parameters);
        known.keySet().retainAll(named.documentedParameters().keySet());
        return rows(named.bind(known));
    }

    private static List<QuerySolution> rows(Query query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(query, store.dataset())) {
                List<QuerySolution> rows = new ArrayList<>();
                exec.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        store.close();
    }
}
