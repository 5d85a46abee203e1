package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.rdf.ArticleGraph;
import newsgraph.store.NewsStore;
import newsgraph.text.ArticleReader;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a {@code load} of many articles, in a real second process, after at least one
 * batch has been committed: the database opens afterwards and holds exactly the committed batches — the first
 * articles in the files' order, a whole number of batches — each article whole (its graph is the one a clean
 * extraction makes), and running the same load again completes it.
 */
@Tag("slow")
class CrashRecoveryTest {

    private static final int ARTICLES = 400;
    /** Small batches, so that the kill lands between commits (the default is 1,000 articles). */
    private static final int BATCH = 20;
    private static final Pattern COMMITTED = Pattern.compile("committed a batch: (\\d+) articles stored so far");

    @TempDir
    Path temp;

    @Test
    void aLoadKilledAfterSomeCommitsKeepsExactlyTheCommittedBatchesWholeAndCompletesWhenRunAgain() throws Exception {
        Path articles = temp.resolve("articles");
        List<Path> files = SmallArticles.write(articles, ARTICLES);
        Path db = temp.resolve("db");
        ChildCommand load = ChildCommand.start(temp.resolve("load.log"), "load", articles.toString(), "--db",
                db.toString(), "--batch-articles", Integer.toString(BATCH));

        // the load says when a batch is committed; kill at a random moment after the first
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (committed(load) == 0 && load.process().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(committed(load) > 0, "no batch was committed:\n" + load.output());
        long seed = System.nanoTime();
        Thread.sleep(new Random(seed).nextInt(1500));
        assertTrue(load.process().isAlive(), "the load ended before it could be killed:\n" + load.output());
        load.kill();
        int reported = committed(load);

        Map<String, Model> afterKill = contents(db);
        int stored = afterKill.size();
        System.out.println("CrashRecoveryTest: killed with " + stored + " of " + ARTICLES + " articles stored ("
                + reported + " reported committed; random seed " + seed + ")");
        assertTrue(stored >= BATCH && stored < ARTICLES, "killed after a commit and before the end: " + stored);
        assertEquals(0, stored % BATCH, "whole batches only: " + stored);
        // a batch may have been committed in the moment between its commit and its line
        assertTrue(stored == reported || stored == reported + BATCH, stored + " stored, " + reported + " reported");
        Set<String> firstArticles = new TreeSet<>();
        for (Path file : files.subList(0, stored)) {
            firstArticles.add(ArticleGraph.graphName(new ArticleReader().read(file)));
        }
        assertEquals(firstArticles, afterKill.keySet(), "the committed batches are the first articles");

        CommandRun again = CommandRun.of("load", articles.toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, again.exit(), again.toString());
        Map<String, Model> completed = contents(db);
        assertEquals(ARTICLES, completed.size());
        // the second load replaced each article with its whole graph (extraction is deterministic): a survivor
        // of the kill that lacked anything would differ (compare stored graphs: TDB2 writes "0.70" as "0.7")
        afterKill.forEach((name, graph) -> assertTrue(completed.get(name).isIsomorphicWith(graph), name + " was not"
                + " whole after the kill"));
    }

    /** The articles the load has said are committed. */
    private static int committed(ChildCommand load) {
        int stored = 0;
        for (String line : load.messages()) {
            Matcher m = COMMITTED.matcher(line);
            if (m.find()) {
                stored = Math.max(stored, Integer.parseInt(m.group(1).replace(",", "")));
            }
        }
        return stored;
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
