package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsgraph.store.NewsStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load --compact-growth K}: the load compacts between batches whenever the database has grown to K times its
 * size after the last compaction, stores exactly what a load without it stores, deletes the old copies, and loses
 * nothing when it is killed during a compaction or just after one.
 */
@Tag("slow")
class CompactAsItGoesTest {

    private static final int ARTICLES = 24;
    /** Small batches and a small growth factor: a compaction after nearly every batch. */
    private static final String BATCH = "3";
    private static final String GROWTH = "1.1";
    private static final Pattern COMMITTED = Pattern.compile("committed a batch: (\\d+) articles stored so far");

    @TempDir
    static Path shared;
    static Path articles;
    /** Every graph (the default graph under "") of a load of the articles without compaction as it goes. */
    static Map<String, Graph> reference;
    static long referenceDisk;

    @BeforeAll
    static void loadWithoutCompaction() throws IOException {
        articles = shared.resolve("articles");
        SmallArticles.write(articles, ARTICLES);
        Path db = shared.resolve("reference");
        CommandRun plain = CommandRun.of("load", articles.toString(), "--db", db.toString(), "--batch-articles", BATCH);
        assertEquals(ExitCode.OK, plain.exit(), plain.toString());
        reference = everyGraph(db);
        referenceDisk = newsgraph.store.DiskUse.of(db);
    }

    @Test
    void aLoadThatCompactsAsItGoesStoresTheSameGraphsAsOneThatDoesNotAndKeepsOneCopy(@TempDir Path temp) {
        Path db = temp.resolve("db");
        CommandRun run = CommandRun.of("load", articles.toString(), "--db", db.toString(), "--batch-articles", BATCH,
                "--compact-growth", GROWTH);

        assertEquals(ExitCode.OK, run.exit(), run.toString());
        long compactions = run.messages().stream().filter(l -> l.contains("compacted the database in")).count();
        assertTrue(compactions >= 3, "several compactions between batches:\n" + run.err());
        assertTrue(run.messages().stream().anyMatch(l -> l.matches("newsgraph load: compacting the database: .* on"
                + " disk, [0-9.]+ times the .* it took (when the load began|after the last compaction)")), run.err());
        assertTrue(run.messages().stream().anyMatch(l -> l.matches("newsgraph load: " + compactions + " compactions as"
                + " it went \\(.* s\\); the database took at most .* of disk \\(peak \\d+ bytes\\)")), run.err());
        assertTrue(run.messages().get(run.messages().size() - 1).startsWith("newsgraph load: loaded " + ARTICLES),
                "the summary stays the last line:\n" + run.err());

        Map<String, Graph> graphs = everyGraph(db);
        assertEquals(reference.keySet(), graphs.keySet(), "the same graphs: articles, identity, statistics, names");
        assertTrue(reference.size() > ARTICLES + 2, "more than the article graphs: " + reference.keySet());
        reference.forEach((name, graph) -> assertTrue(graphs.get(name).isIsomorphicWith(graph),
                "graph " + (name.isEmpty() ? "(default: the name index)" : name) + " differs"));

        assertEquals(1, storageDirectories(db).size(), "the old copies are deleted: " + storageDirectories(db));
        assertTrue(storageDirectories(db).get(0).compareTo("Data-0003") >= 0, storageDirectories(db).toString());
        assertTrue(newsgraph.store.DiskUse.of(db) < referenceDisk, "compacted as it went, the database takes less"
                + " disk: " + newsgraph.store.DiskUse.of(db) + " against " + referenceDisk);
    }

    @Test
    void aLoadKilledInTheMiddleOfACompactionLosesNothingAndTheNextOpenDropsTheHalfCopy(@TempDir Path temp)
            throws Exception {
        // the kill must land while the new copy is being written (Data-NNNN-tmp): a try that is too early or too
        // late is repeated with a new database
        for (int attempt = 1; attempt <= 6; attempt++) {
            Path db = temp.resolve("db" + attempt);
            Killed killed = killWhileCopying(temp, db);
            if (killed.storage().stream().noneMatch(d -> d.endsWith("-tmp"))) {
                System.out.println("CompactAsItGoesTest: attempt " + attempt + " killed outside a compaction's copy: "
                        + killed.storage());
                continue;
            }
            System.out.println("CompactAsItGoesTest: killed during a compaction, with " + killed.storage());
            assertCommittedBatchesWhole(db, killed.reported());
            assertTrue(storageDirectories(db).stream().noneMatch(d -> d.endsWith("-tmp")),
                    "opening the database deletes the half-written copy: " + storageDirectories(db));
            completeAndCompare(db);
            return;
        }
        throw new AssertionError("six kills missed every compaction's copy");
    }

    @Test
    void aLoadKilledJustAfterACompactionLosesNothingAndTheNextCompactionDropsAnyOldCopy(@TempDir Path temp)
            throws Exception {
        Path db = temp.resolve("db");
        Killed killed = killAt(temp, db, "compacted the database in", Duration.ZERO);
        assertTrue(killed.reported() > 0, "a batch was committed before the compaction");

        assertCommittedBatchesWhole(db, killed.reported());
        completeAndCompare(db);
    }

    @Test
    void aDatabaseLeftBetweenTheSwitchAndTheDeletionOpensOnItsNewCopyAndTheNextCompactionDeletesTheOld(
            @TempDir Path temp) throws Exception {
        Path db = temp.resolve("db");
        CommandRun first = CommandRun.of("load", articles.toString(), "--db", db.toString(), "--batch-articles", BATCH);
        assertEquals(ExitCode.OK, first.exit(), first.toString());
        // TDB2's compaction without its deletion: the state that a kill between the switch and the deletion leaves
        try (NewsStore store = NewsStore.openExisting(db)) {
            DatabaseMgr.compact(store.dataset().asDatasetGraph(), false);
        }
        assertEquals(List.of("Data-0001", "Data-0002"), storageDirectories(db));

        Map<String, Graph> reopened = everyGraph(db);
        reference.forEach((name, graph) -> assertTrue(reopened.get(name).isIsomorphicWith(graph), name));
        try (NewsStore store = NewsStore.openExisting(db)) {
            NewsStore.Compaction done = store.compact();
            assertTrue(done.peakBytes() > done.bytesAfter() && done.bytesBefore() > done.bytesAfter(),
                    "both copies at the peak, one after: " + done);
        }
        assertEquals(List.of("Data-0003"), storageDirectories(db), "every older copy is deleted");
        assertEquals(reference.keySet(), everyGraph(db).keySet());
    }

    @Test
    void aGrowthOfOneOrLessOrWithAnEndpointIsAUsageError(@TempDir Path temp) {
        for (String growth : List.of("1", "0.5", "-2", "NaN")) {
            CommandRun run = CommandRun.of("load", articles.toString(), "--db", temp.resolve("db").toString(),
                    "--compact-growth", growth);
            assertEquals(ExitCode.USAGE, run.exit(), run.toString());
            assertTrue(run.err().contains("--compact-growth must be more than 1"), run.err());
            run.withoutStackTrace();
        }
        CommandRun endpoint = CommandRun.of("load", articles.toString(), "--endpoint", "http://localhost:1/news/data",
                "--compact-growth", "2");
        assertEquals(ExitCode.USAGE, endpoint.exit(), endpoint.toString());
        assertTrue(endpoint.err().contains("--compact-growth is for the database, not for an endpoint"), endpoint.err());
        assertTrue(!Files.exists(temp.resolve("db")), "nothing created");
    }

    @Test
    void aCompactionThatFillsTheDiskLeavesWhatIsStoredAndTheLoadGoesOnWithoutCompacting(@TempDir Path temp)
            throws Exception {
        SmallDisk disk = SmallDisk.mount(temp.resolve("small-disk"), "16m");
        org.junit.jupiter.api.Assumptions.assumeTrue(disk != null, "skipped: cannot mount a small tmpfs here (needs"
                + " root)");
        try (disk) {
            Path db = disk.path().resolve("db");
            Path many = temp.resolve("many");
            // ten paragraphs each: the lean graphs of 150 articles do not fit in 16 MB; a compaction's copy runs out
            // of room before the batches do
            SmallArticles.write(many, 150, 10);
            ChildCommand load = ChildCommand.start(temp.resolve("load.log"), "load", many.toString(), "--db",
                    db.toString(), "--batch-articles", "5", "--compact-growth", "1.5");
            assertEquals(ExitCode.STORE, load.exitCode(Duration.ofMinutes(5)), load.output());
            List<String> messages = load.messages();
            List<String> failed = messages.stream().filter(l -> l.contains("cannot compact database")).toList();
            assertEquals(1, failed.size(), "one failed compaction, then none:\n" + load.output());
            assertTrue(failed.get(0).matches("newsgraph load: cannot compact database " + db + ": the disk is full"
                    + " \\(\\d+ MB free\\), free some space; what is stored is as it was, and the load goes on"
                    + " without compacting"), failed.get(0));
            int before = messages.indexOf(failed.get(0));
            assertTrue(messages.subList(before + 1, messages.size()).stream().anyMatch(l -> l.contains("committed a"
                    + " batch")) && messages.subList(before + 1, messages.size()).stream()
                    .noneMatch(l -> l.contains("compacting the database")), "batches, no compaction after it:\n"
                    + String.join("\n", messages));
            assertTrue(storageDirectories(db).stream().noneMatch(d -> d.endsWith("-tmp")), storageDirectories(db)
                    .toString());

            Map<String, org.apache.jena.rdf.model.Model> stored = CrashRecoveryTest.contents(db);
            assertTrue(stored.size() >= 5 && stored.size() % 5 == 0, "whole batches: " + stored.size());
            assertTrue(disk.resize("256m"), "space freed");
            CommandRun again = CommandRun.of("load", many.toString(), "--db", db.toString(), "--compact-growth", "1.5");
            assertEquals(ExitCode.OK, again.exit(), again.toString());
            Map<String, org.apache.jena.rdf.model.Model> completed = CrashRecoveryTest.contents(db);
            assertEquals(150, completed.size());
            stored.forEach((name, graph) -> assertTrue(completed.get(name).isIsomorphicWith(graph), name));
            // the stopped load left its groups pending (the open on the full disk could not settle them); the
            // completed load settled them
            try (newsgraph.store.NewsStore store = newsgraph.store.NewsStore.openExisting(db)) {
                assertTrue(org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> newsgraph.stats.Statistics
                        .isComplete(store.dataset().asDatasetGraph())), "the statistics are complete again");
            }
        }
    }

    /** What a load killed with -9 left: the storage directories at the moment of the kill, the batches it reported. */
    private record Killed(List<String> storage, int reported) {
    }

    /** Starts a load that compacts as it goes and kills it as soon as it prints {@code line} (after {@code wait}). */
    private static Killed killAt(Path temp, Path db, String line, Duration wait) throws Exception {
        ChildCommand load = startLoad(temp, db);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (load.messages().stream().noneMatch(l -> l.contains(line)) && load.process().isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(wait.toMillis());
        return kill(load, db);
    }

    /**
     * Kills the load the moment a compaction's new copy ({@code Data-NNNN-tmp}) is seen on disk: on a quiet machine a
     * small copy is written within milliseconds of the progress line, so waiting for the line and then killing came
     * too late or too early; watching the directory does not depend on the machine's speed.
     */
    private static Killed killWhileCopying(Path temp, Path db) throws Exception {
        ChildCommand load = startLoad(temp, db);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (load.process().isAlive() && System.nanoTime() < deadline
                && !(Files.isDirectory(db) && storageDirectories(db).stream().anyMatch(d -> d.endsWith("-tmp")))) {
            Thread.onSpinWait();
        }
        return kill(load, db);
    }

    private static ChildCommand startLoad(Path temp, Path db) throws Exception {
        return ChildCommand.start(temp.resolve(db.getFileName() + ".log"), "load", articles.toString(),
                "--db", db.toString(), "--batch-articles", BATCH, "--compact-growth", GROWTH, "--threads", "1");
    }

    private static Killed kill(ChildCommand load, Path db) throws Exception {
        assertTrue(load.process().isAlive(), "the load ended before it could be killed:\n" + load.output());
        load.kill();
        List<String> storage = storageDirectories(db);
        int reported = 0;
        for (String message : load.messages()) {
            Matcher m = COMMITTED.matcher(message);
            if (m.find()) {
                reported = Math.max(reported, Integer.parseInt(m.group(1).replace(",", "")));
            }
        }
        return new Killed(storage, reported);
    }

    /** The database holds at least the reported batches, whole batches only, each article as a clean load has it. */
    private static void assertCommittedBatchesWhole(Path db, int reported) {
        Map<String, org.apache.jena.rdf.model.Model> stored = CrashRecoveryTest.contents(db);
        assertTrue(stored.size() >= reported && stored.size() < ARTICLES, stored.size() + " stored, " + reported
                + " reported committed");
        assertEquals(0, stored.size() % Integer.parseInt(BATCH), "whole batches only: " + stored.size());
        stored.forEach((name, graph) -> assertTrue(graph.getGraph().isIsomorphicWith(reference.get(name)),
                name + " is not whole"));
    }

    /** Running the same load again completes it: the same graphs as the reference, one storage directory. */
    private static void completeAndCompare(Path db) {
        CommandRun again = CommandRun.of("load", articles.toString(), "--db", db.toString(), "--batch-articles", BATCH,
                "--compact-growth", GROWTH);
        assertEquals(ExitCode.OK, again.exit(), again.toString());
        Map<String, Graph> graphs = everyGraph(db);
        assertEquals(reference.keySet(), graphs.keySet());
        reference.forEach((name, graph) -> assertTrue(graphs.get(name).isIsomorphicWith(graph), name + " differs"));
        assertEquals(1, storageDirectories(db).size(), storageDirectories(db).toString());
    }

    /** Every graph of a database by name, the default graph (the name index) under "". */
    static Map<String, Graph> everyGraph(Path db) {
        Map<String, Graph> graphs = new TreeMap<>();
        try (NewsStore store = NewsStore.openExisting(db)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                // the word index's stamp counts write transactions, which a load killed and completed has more of
                Graph stored = copy(dsg.getDefaultGraph());
                stored.remove(NodeFactory.createURI("urn:newsgraph:words"), Node.ANY, Node.ANY);
                graphs.put("", stored);
                dsg.listGraphNodes().forEachRemaining((Node name) -> graphs.put(name.getURI(),
                        copy(dsg.getGraph(name))));
            });
        }
        return graphs;
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    /** The names of a database's storage directories ({@code Data-0001}, {@code Data-0002-tmp}…), sorted. */
    static List<String> storageDirectories(Path db) {
        try (Stream<Path> entries = Files.list(db)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
