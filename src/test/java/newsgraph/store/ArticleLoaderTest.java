package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
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

            assertEquals(List.of(ArticleGraph.graphName(SeedArticles.seed().article()).replace(
                    "000_97174071596f6616", "good")), store.articleGraphNames());
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

    @Test
    void aLaterFileWithTheSameArticleIdReplacesTheEarlierOne() throws Exception {
        Path first = Files.createDirectories(temp.resolve("a")).resolve("same.txt");
        Path second = Files.createDirectories(temp.resolve("b")).resolve("same.txt");
        Files.writeString(first, "First headline\n\n“One thing,” said Anna Berg.\n");
        Files.copy(SeedArticles.SEED, second);
        List<String> problems = new ArrayList<>();
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            LoadReport report = ArticleLoader.into(store).extractor(Extractor.create()).onProblem(problems::add)
                    .load(List.of(first, second));

            assertEquals(2, report.articles());
            assertEquals(1, store.articleGraphNames().size());
            String name = store.articleGraphNames().get(0);
            assertTrue(store.copyOf(name).listObjects().toList().stream()
                    .anyMatch(o -> o.isLiteral() && o.asLiteral().getString().contains("Putin would certainly welcome")),
                    "the second file's text is stored");
        }
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("same article id 'same'"), problems.get(0));
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
        }
        assertTrue(Files.isDirectory(temp.resolve("db/Data-0002")) && !Files.exists(temp.resolve("db/Data-0001")),
                "compaction writes a new copy and deletes the old one");
        try (NewsStore again = NewsStore.openExisting(temp.resolve("db"))) {
            assertEquals(3, again.articleGraphNames().size());
        }
    }
}
