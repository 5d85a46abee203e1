package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * under distinct ids give its speaker 8 × 13 = 104 statements.
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
            Article copy = new Article(String.format("copy-%02d", i), text);
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
        List<QuerySolution> second = rows(NamedQuery.find("who-said-what").text()
                .replace("LIMIT 100", "LIMIT 100 OFFSET 100"), Map.of("speaker_name", "fallon"));
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

    private static List<QuerySolution> rows(String queryText, Map<String, String> parameters) {
        NamedQuery named = new NamedQuery("paged", "test", queryText);
        Map<String, String> known = new LinkedHashMap<>(parameters);
        known.keySet().retainAll(named.documentedParameters().keySet());
        Query query = named.bind(known);
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
