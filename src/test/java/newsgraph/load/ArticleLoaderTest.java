package newsgraph.load;

import newsgraph.store.NewsStore;
import newsgraph.store.SeedArticles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.Iris;
import newsgraph.rdf.Schema;
import newsgraph.text.ArticleReader;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    @TempDir
    Path temp;

    @Test
    void refusedFilesAreReportedByNameAndTheOthersStillLoad() throws Exception {
        Path good = Files.copy(SeedArticles.SEED, temp.resolve("good.txt"));
        Path empty = Files.writeString(temp.resolve("empty.txt"), "  \n\n");
        Path binary = Files.write(temp.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Path missing = temp.resolve("missing.txt");
        List<String> problems = new ArrayList<>();

        LoadReport report;
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            report = ArticleLoader.into(store).extractor(Extractor.create()).batchArticles(1)
                    .onProblem(problems::add).load(List.of(empty, good, binary, missing));

            assertEquals(List.of(ArticleGraph.graphName(new ArticleReader().read(good))), store.articleGraphNames());
        }
        assertEquals(1, report.articles());
        assertEquals(List.of(empty.toString(), binary.toString(), missing.toString()), report.failed());
        assertEquals(3, problems.size());
        assertTrue(problems.get(0).startsWith(empty + ": empty"), problems.get(0));
        assertTrue(problems.get(1).startsWith(binary + ": binary"), problems.get(1));
        assertTrue(problems.get(2).startsWith(missing + ": no such file"), problems.get(2));
        assertEquals(SeedArticles.seed().statements().size(), report.statements());
        assertTrue(report.summary().startsWith("loaded 1 article: "), report.summary());
        assertTrue(report.summary().contains("3 failed (" + empty), report.summary());
    }

    /** Issue 14: "bbc/story.txt" and "guardian/story.txt" had one id, and the second replaced the first. */
    @Test
    void filesOfTheSameNameInTwoDirectoriesAreTwoArticles() throws Exception {
        Path bbc = Files.createDirectories(temp.resolve("bbc")).resolve("story.txt");
        Path guardian = Files.createDirectories(temp.resolve("guardian")).resolve("story.txt");
        Files.writeString(bbc, "First headline\n\n“One thing,” said Anna Berg.\n");
        Files.copy(SeedArticles.SEED, guardian);
        List<String> problems = new ArrayList<>();
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            LoadReport report = ArticleLoader.into(store).extractor(Extractor.create()).onProblem(problems::add)
                    .load(List.of(bbc, guardian));

            assertEquals(2, report.articles());
            assertEquals(0, report.duplicates());
            assertEquals(Set.of(graphOf(bbc), graphOf(guardian)), Set.copyOf(store.articleGraphNames()));
            assertTrue(store.copyOf(graphOf(bbc)).listObjects().toList().stream()
                    .anyMatch(o -> o.isLiteral() && o.asLiteral().getString().contains("One thing")));
            assertTrue(store.copyOf(graphOf(guardian)).listObjects().toList().stream()
                    .anyMatch(o -> o.isLiteral() && o.asLiteral().getString().contains("Putin would certainly welcome")));
        }
        assertEquals(List.of(), problems);
    }

    /** The same text under the same name is one article: stored once, said once, counted apart. */
    @Test
    void theSameTextUnderTheSameNameIsStoredOnceAndCountedAsADuplicate() throws Exception {
        Path first = Files.copy(SeedArticles.SEED, Files.createDirectories(temp.resolve("a")).resolve("same.txt"));
        Path second = Files.copy(SeedArticles.SEED, Files.createDirectories(temp.resolve("b")).resolve("same.txt"));
        List<String> problems = new ArrayList<>();
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            LoadReport report = ArticleLoader.into(store).extractor(Extractor.create()).onProblem(problems::add)
                    .load(List.of(first, second));

            assertEquals(1, report.articles());
            assertEquals(1, report.duplicates());
            assertEquals(List.of(graphOf(first)), store.articleGraphNames());
            assertTrue(report.summary().startsWith("loaded 1 article: ") && report.summary().contains(
                    " entities; 1 duplicate (stored once); 0 failed; "), report.summary());
        }
        assertEquals(List.of(second + ": the same article as " + first + " (the same text under the same name);"
                + " stored once"), problems);
    }

    /** Loading the same file again, by another path, from another directory, replaces its graph and adds nothing. */
    @Test
    void loadingTheSameFileAgainByAnotherPathReplacesItsGraph() throws Exception {
        Path file = Files.copy(SeedArticles.SEED, Files.createDirectories(temp.resolve("in")).resolve("story.txt"));
        Path otherWay = temp.resolve("in/../in/./story.txt");
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            ArticleLoader.into(store).extractor(Extractor.create()).load(List.of(file));
            long quads = store.quadCount();
            LoadReport again = ArticleLoader.into(store).extractor(Extractor.create()).load(List.of(otherWay));

            assertEquals(1, again.articles());
            assertEquals(List.of(graphOf(file)), store.articleGraphNames());
            assertEquals(quads, store.quadCount());
        }
    }

    /**
     * A site fetched twice under one URL, the second time with another text, and another story of the site: the later
     * copy replaces the earlier's graph, and the report counts the entities the store then holds — the later copy's,
     * the other story's, and the outlet both name, once.
     */
    @Test
    void aLaterCopyUnderTheSameUrlTakesItsEntitiesOutOfTheCountWithItsGraph() throws Exception {
        String url = "https://wire.example/news/harbour";
        Path feed = Files.writeString(temp.resolve("feed.jsonl"), String.join("\n",
                jsonLine(url, "Harbour plan\n\n\u201cWe start in May,\u201d said Anna Berg of the Harbour Board in"
                        + " Bergen."),
                jsonLine("https://wire.example/news/bridge", "Bridge works\n\n\u201cThe bridge stays open,\u201d"
                        + " said Tom Lund."),
                jsonLine(url, "Harbour plan\n\n\u201cWe start in June,\u201d said Ola Nygaard. \u201cThe boats come in"
                        + " July,\u201d he added.")) + "\n");
        List<String> problems = new ArrayList<>();
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            LoadReport report = ArticleLoader.into(store).extractor(Extractor.create()).onProblem(problems::add)
                    .load(List.of(feed));

            assertEquals(2, report.articles());
            assertEquals(1, report.duplicates());
            long stored = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution q = QueryExecution.dataset(store.dataset()).query(
                        "PREFIX schema: <http://schema.org/> SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a"
                        + " ?type } VALUES ?type { schema:Person schema:Organization schema:Place }"
                        + " FILTER(STRSTARTS(STR(?g), \"" + Iris.article("") + "\")) }").build()) {
                    return q.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertTrue(stored >= 3, "Tom Lund, Ola Nygaard and the outlet at least: " + stored);
            assertEquals(stored, report.entities(), report.summary());
            long statements = Txn.calculateRead(store.dataset(), () -> Iter.count(store.dataset().asDatasetGraph()
                    .findNG(Node.ANY, Node.ANY, RDF.type.asNode(), Schema.Quotation.asNode())));
            assertEquals(statements, report.statements(), report.summary());
        }
        assertTrue(problems.stream().anyMatch(p -> p.contains("the same URL as") && p.contains("replaces it")),
                problems.toString());
    }

    private static String jsonLine(String url, String text) {
        return "{\"url\": \"" + url + "\", \"date\": \"2024-05-02\", \"publisher\": {\"name\": \"Wire\","
                + " \"url\": \"https://wire.example/\"}, \"text\": \"" + text.replace("\n", "\\n") + "\"}";
    }

    private static String graphOf(Path file) throws Exception {
        return ArticleGraph.graphName(new ArticleReader().read(file));
    }

    @Test
    void batchesOfOneUnmappedAfterEachCommitThenCompactedKeepEveryGraph() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (String id : List.of("a", "b", "c")) {
            files.add(Files.copy(SeedArticles.SEED, dir.resolve(id + ".txt")));
        }
        try (NewsStore store = NewsStore.open(temp.resolve("db")).unmapAfterCommit()) {
            ArticleLoader loader = ArticleLoader.into(store).extractor(Extractor.create()).batchArticles(1).threads(2);
            loader.load(files);
            long quads = store.quadCount();
            loader.load(files);

            store.compact();

            assertEquals(3, store.articleGraphNames().size());
            assertEquals(quads, store.quadCount(), "reloading and compacting change nothing in the graphs");
            assertTrue(store.wordIndexIsCurrent(), "the word index goes on with the compacted copy");
        }
        assertTrue(Files.isDirectory(temp.resolve("db/Data-0002")) && !Files.exists(temp.resolve("db/Data-0001")),
                "compaction writes a new copy and deletes the old one");
        try (NewsStore again = NewsStore.openExisting(temp.resolve("db"))) {
            assertEquals(3, again.articleGraphNames().size());
            assertTrue(again.wordIndexIsCurrent());
        }
    }
}
