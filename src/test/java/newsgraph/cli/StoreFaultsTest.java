package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up, or the database directory is read-only: a one-line message that says so and what to do,
 * exit code 4, and the database holds what it held (each article whole) and opens again.
 *
 * <p>A full disk is simulated two ways: for real, on a small tmpfs (needs root and mount; skipped with a message
 * otherwise, e.g. in an unprivileged container), and portably on Linux, by pointing TDB2's journal at
 * {@code /dev/full}, which fails every write with "No space left on device". The two fail differently: a full
 * tmpfs breaks TDB2's memory-mapped index files (the JVM raises an InternalError), the journal an I/O error.
 */
@Tag("slow")
class StoreFaultsTest {

    private static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    @Test
    void aFullDiskStopsTheLoadWithAMessageAndTheStoreKeepsWholeArticles() throws Exception {
        SmallDisk disk = SmallDisk.mount(temp.resolve("small-disk"), "16m");
        assumeTrue(disk != null,
                "skipped: cannot mount a small tmpfs here (needs root); aJournalThatCannotBeWritten… covers a full disk");
        try (disk) {
            Path db = disk.path().resolve("db");
            assertEquals(ExitCode.OK, CommandRun.of("load", SEED.toString(), "--db", db.toString()).exit());
            Path articles = temp.resolve("articles");
            // ten paragraphs each: enough for the lean graphs of 150 articles to fill 16 MB
            SmallArticles.write(articles, 150, 10);

            ChildCommand load = ChildCommand.start(temp.resolve("load.log"), "load", articles.toString(), "--db",
                    db.toString());
            assertEquals(ExitCode.STORE, load.exitCode(PATIENCE), load.output());
            List<String> messages = load.messages();
            assertEquals(1, messages.size(), load.output());
            assertTrue(messages.get(0).matches("newsgraph load: cannot write to database " + db + ": the disk is full"
                    + " \\(\\d+ MB free\\), free some space; the (\\d+) articles of earlier batches are stored, the last"
                    + " batch of \\d+ is not: run the same load again to complete it"), messages.get(0));
            int stored = Integer.parseInt(messages.get(0).replaceAll(".*; the (\\d+) articles of earlier.*", "$1"));

            Map<String, Model> afterFailure = CrashRecoveryTest.contents(db);
            assertEquals(stored + 1, afterFailure.size(), "the seed and the batches written before the disk filled");

            assertTrue(disk.resize("256m"), "space freed");
            assertEquals(ExitCode.OK, CommandRun.of("load", articles.toString(), "--db", db.toString()).exit(),
                    "the same load, run again, completes");
            Map<String, Model> completed = CrashRecoveryTest.contents(db);
            assertEquals(151, completed.size());
            // the second load rewrote each article whole; what the full disk left must have been the same
            afterFailure.forEach((name, graph) -> assertTrue(completed.get(name).isIsomorphicWith(graph), name));
        }
    }

    @Test
    void aJournalThatCannotBeWrittenIsAFullDiskAndChangesNothing() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "skipped: no /dev/full (not Linux)");
        Path db = temp.resolve("db");
        assertEquals(ExitCode.OK, CommandRun.of("load", SEED.toString(), "--db", db.toString()).exit());
        Map<String, Model> before = CrashRecoveryTest.contents(db);
        Path journal = db.resolve("Data-0001").resolve("journal.jrnl");
        assertEquals(0, Files.size(journal), "a closed database has an empty journal");
        Files.delete(journal);
        Files.createSymbolicLink(journal, Path.of("/dev/full"));
        Path other = Files.writeString(temp.resolve("other.txt"), "Council approves bridge\n\n“This bridge will"
                + " connect two neighbourhoods,” said Maria Lopez, the council's transport chief.\n");

        ChildCommand load = ChildCommand.start(temp.resolve("load.log"), "load", other.toString(), "--db", db.toString());
        assertEquals(ExitCode.STORE, load.exitCode(PATIENCE), load.output());
        assertTrue(load.messages().size() == 1 && load.messages().get(0).startsWith("newsgraph load: cannot write to"
                + " database " + db + ": the disk is full ("), load.output());

        Files.delete(journal); // space is free again
        Files.createFile(journal);
        Map<String, Model> after = CrashRecoveryTest.contents(db);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, graph) -> assertTrue(graph.isIsomorphicWith(after.get(name)), name));
        assertEquals(ExitCode.OK, CommandRun.of("load", other.toString(), "--db", db.toString()).exit());
        assertEquals(2, CrashRecoveryTest.contents(db).size());
    }

    /**
     * Opening a database without its name index builds it, and says so as it starts; when the disk is full the build
     * cannot commit, and the command says that too instead of leaving the first notice without an end (stop 31).
     */
    @Test
    void aLongOpenThatCannotWriteSaysItStoppedAndWhatTheQueriesDoInstead() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "skipped: no /dev/full (not Linux)");
        Path db = temp.resolve("db");
        assertEquals(ExitCode.OK, CommandRun.of("load", SEED.toString(), "--db", db.toString()).exit());
        try (newsgraph.store.NewsStore store = newsgraph.store.NewsStore.open(db)) {
            org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().deleteAny(
                    org.apache.jena.sparql.core.Quad.defaultGraphIRI,
                    org.apache.jena.graph.NodeFactory.createURI("urn:newsgraph:name-index"),
                    org.apache.jena.graph.NodeFactory.createURI("urn:newsgraph:name-index#complete"),
                    org.apache.jena.graph.Node.ANY));
        }
        Path journal = db.resolve("Data-0001").resolve("journal.jrnl");
        Files.delete(journal);
        Files.createSymbolicLink(journal, Path.of("/dev/full"));

        ChildCommand stats = ChildCommand.start(temp.resolve("stats.log"), "stats", "--db", db.toString());
        int exit = stats.exitCode(PATIENCE);
        List<String> said = stats.messages();
        assertTrue(said.size() >= 2, stats.output());
        assertEquals("newsgraph stats: building the name index from every article (once)", said.get(0), stats.output());
        assertTrue(said.get(1).startsWith("newsgraph stats: stopped after ") && said.get(1).contains("nothing changed")
                && said.get(1).endsWith(": the queries look names up in every article instead"), stats.output());
        assertEquals(ExitCode.OK, exit, stats.output());

        Files.delete(journal); // space is free again: the next open builds it, start and end
        Files.createFile(journal);
        CommandRun again = CommandRun.of("stats", "--db", db.toString());
        assertEquals(ExitCode.OK, again.exit(), again.toString());
        assertEquals("newsgraph stats: building the name index from every article (once)", again.messages().get(0));
        assertTrue(again.messages().get(1).startsWith("newsgraph stats: built the name index in "), again.toString());
    }

    @Test
    void aReadOnlyDatabaseIsRefusedWithAdviceAndStaysIntact() throws Exception {
        Path db = temp.resolve("db");
        assertEquals(ExitCode.OK, CommandRun.of("load", SEED.toString(), "--db", db.toString()).exit());
        assertReadOnlyIsRefusedWithAdvice(db, false);
    }

    /**
     * A copy of a database without its lock files (TDB2 must create them): the same advice, not "cannot open database
     * DIR: java.io.IOException: Permission denied" (issue 14).
     */
    @Test
    void aReadOnlyDatabaseWithoutItsLockFilesIsRefusedWithTheSameAdvice() throws Exception {
        Path db = temp.resolve("db");
        assertEquals(ExitCode.OK, CommandRun.of("load", SEED.toString(), "--db", db.toString()).exit());
        assertReadOnlyIsRefusedWithAdvice(db, true);
    }

    private static void assertReadOnlyIsRefusedWithAdvice(Path db, boolean withoutLockFiles) throws Exception {
        Map<String, Model> before = CrashRecoveryTest.contents(db);
        if (withoutLockFiles) {
            Files.delete(db.resolve("tdb.lock"));
            Files.delete(db.resolve("Data-0001").resolve("tdb.lock"));
        }
        ReadOnly readOnly = ReadOnly.make(db);
        try {
            assumeTrue(readOnly != ReadOnly.IMPOSSIBLE, "skipped: cannot make a directory read-only for this user"
                    + " (root without chattr)");
            String advice = " is read-only (" + db.resolve("tdb.lock") + ": ";
            String rest = "): newsgraph must write to it even to read it, TDB2 keeps a lock file there; make it"
                    + " writable (chmod -R u+w " + db + ") or copy it somewhere writable and use --db";
            for (String command : List.of("load", "query", "validate")) {
                CommandRun run = switch (command) {
                    case "load" -> CommandRun.of("load", SEED.toString(), "--db", db.toString());
                    case "query" -> CommandRun.of("query", "most-quoted", "--db", db.toString());
                    default -> CommandRun.of("validate", "--db", db.toString());
                };
                run.withoutStackTrace();
                assertEquals(ExitCode.STORE, run.exit(), run.toString());
                assertEquals(1, run.messages().size(), run.toString());
                String message = run.messages().get(0);
                assertTrue(message.startsWith("newsgraph " + command + ": database " + db + advice)
                        && message.endsWith(rest), message);
            }
        } finally {
            readOnly.undo(db);
        }
        Map<String, Model> after = CrashRecoveryTest.contents(db);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, graph) -> assertTrue(graph.isIsomorphicWith(after.get(name)), name));
    }

    /** How a directory tree was made read-only: permissions for ordinary users, the immutable flag for root. */
    private enum ReadOnly {
        PERMISSIONS, IMMUTABLE, IMPOSSIBLE;

        static ReadOnly make(Path dir) throws IOException, InterruptedException {
            setWritable(dir, false);
            if (!Files.isWritable(dir)) {
                return PERMISSIONS;
            }
            setWritable(dir, true);
            if (SmallDisk.run("chattr", "-R", "+i", dir.toString()) && !Files.isWritable(dir.resolve("tdb.lock"))) {
                return IMMUTABLE;
            }
            SmallDisk.run("chattr", "-R", "-i", dir.toString());
            return IMPOSSIBLE;
        }

        void undo(Path dir) throws IOException, InterruptedException {
            if (this == IMMUTABLE) {
                SmallDisk.run("chattr", "-R", "-i", dir.toString());
            } else {
                setWritable(dir, true);
            }
        }

        private static void setWritable(Path dir, boolean writable) throws IOException {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.toList()) {
                    Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(p));
                    if (writable) {
                        permissions.add(PosixFilePermission.OWNER_WRITE);
                    } else {
                        permissions.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                                PosixFilePermission.OTHERS_WRITE));
                    }
                    Files.setPosixFilePermissions(p, permissions);
                }
            }
        }
    }
}
