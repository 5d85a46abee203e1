package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import newsgraph.store.NewsStore;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a {@code load} of many articles, in a real second process: the database
 * opens afterwards, every article in it is whole (its graph is the one a clean extraction makes), and running
 * the same load again completes it.
 */
@Tag("slow")
class CrashRecoveryTest {

    private static final int ARTICLES = 400;

    @TempDir
    Path temp;

    @Test
    void aLoadKilledWithSignalNineLeavesWholeArticlesAndCompletesWhenRunAgain() throws Exception {
        Path articles = temp.resolve("articles");
        SmallArticles.write(articles, ARTICLES);
        Path db = temp.resolve("db");
        ChildCommand load = ChildCommand.start(temp.resolve("load.log"), "load", articles.toString(), "--db",
                db.toString());

        // the node file grows when the first batch is written; kill at a random moment after that
        Path nodes = db.resolve("Data-0001").resolve("nodes-data.obj");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!(Files.exists(nodes) && Files.size(nodes) > 0) && load.process().isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(1000 + new Random(42).nextInt(4000));
        assertTrue(load.process().isAlive(), "the load ended before it could be killed:\n" + load.output());
        load.kill();

        Map<String, Model> afterKill = contents(db);
        assertTrue(afterKill.size() < ARTICLES, "killed before the end");
        System.out.println("CrashRecoveryTest: killed with " + afterKill.size() + " of " + ARTICLES + " articles stored");

        CommandRun again = CommandRun.of("load", articles.toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, again.exit(), again.toString());
        Map<String, Model> completed = contents(db);
        assertEquals(ARTICLES, completed.size());
        // the second load replaced each article with its whole graph (extraction is deterministic): a survivor
        // of the kill that lacked anything would differ (compare stored graphs: TDB2 writes "0.70" as "0.7")
        afterKill.forEach((name, graph) -> assertTrue(completed.get(name).isIsomorphicWith(graph), name + " was not"
                + " whole after the kill"));
    }

    /** Every article graph of a database, by name. */
    static Map<String, Model> contents(Path db) {
        Map<String, Model> graphs = new TreeMap<>();
        try (NewsStore store = NewsStore.openExisting(db)) {
            store.articleGraphNames().forEach(name -> graphs.put(name, store.copyOf(name)));
        }
        return graphs;
    }
}
