package newsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.text.ArticleReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction on several threads: the same graphs as one at a time, in the files' order. */
class ArticleGraphsTest {

    private static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");

    @TempDir
    Path temp;

    @Test
    void manyThreadsGiveTheSameGraphsInFileOrderAndRefusedFilesInPlace() throws Exception {
        Extractor extractor = Extractor.create();
        String alone = nTriples(ArticleGraph.of(extractor.extract(new ArticleReader().read(SEED))));
        Path empty = Files.writeString(temp.resolve("empty.txt"), "\n");
        List<Path> files = new ArrayList<>(List.of(SEED, SEED, SEED, empty, SEED, SEED, SEED, SEED));

        List<ArticleExtraction.Outcome> results = new ArrayList<>();
        try (ArticleGraphs graphs = ArticleGraphs.of(files, new ArticleExtraction(new ArticleReader(), extractor), 4)) {
            graphs.forEachRemaining(results::add);
        }

        assertEquals(files.stream().map(Path::toString).toList(),
                results.stream().map(ArticleExtraction.Outcome::source).toList());
        for (ArticleExtraction.Outcome r : results) {
            if (r.source().equals(empty.toString())) {
                assertTrue(r.failed() && r.problem().startsWith(empty + ": empty"), String.valueOf(r.problem()));
            } else {
                assertFalse(r.failed(), r.problem());
                // the extractor shares its models and lists between threads: the output must not change
                assertEquals(alone, nTriples(r.graph()));
            }
        }
    }

    /**
     * A load's writer waits for articles a third of its time: while the article it asks for is not ready, it extracts
     * the articles no worker has started rather than wait. Here the one worker cannot finish its first article until
     * the consumer has extracted one (it waits up to 20 s for that), so a consumer that only waits takes 20 s and
     * extracts nothing.
     */
    @Test
    void theConsumerExtractsWhatNoWorkerHasStartedWhileItWaits() throws Exception {
        Extractor extractor = Extractor.create();
        Thread consumer = Thread.currentThread();
        CountDownLatch consumerExtracted = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> workerTimedOut = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> extractedBy = new ConcurrentLinkedQueue<>();
        ArticleExtraction extraction = new ArticleExtraction(new ArticleReader(), article -> {
            if (Thread.currentThread() == consumer) {
                extractedBy.add("consumer");
                consumerExtracted.countDown();
            } else {
                extractedBy.add("worker");
                try {
                    if (!consumerExtracted.await(20, TimeUnit.SECONDS)) {
                        workerTimedOut.add(article.id());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return extractor.extract(article);
        });
        List<Path> files = List.of(SEED, SEED, SEED, SEED);

        List<ArticleExtraction.Outcome> results = new ArrayList<>();
        try (ArticleGraphs graphs = ArticleGraphs.of(files, extraction, 1)) {
            graphs.forEachRemaining(results::add);
        }

        assertEquals(4, results.size());
        assertTrue(results.stream().noneMatch(ArticleExtraction.Outcome::failed));
        assertEquals(4, extractedBy.size(), "each article is extracted once: " + extractedBy);
        assertTrue(extractedBy.contains("consumer"), "the consumer extracted none: " + extractedBy);
        assertTrue(workerTimedOut.isEmpty(), "the worker waited 20 s for the consumer");
    }

    private static String nTriples(Model graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES_UTF8);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().reduce("", (a, b) -> a + b + "\n");
    }
}
