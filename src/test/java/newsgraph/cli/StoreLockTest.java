package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process at a time: a database stays locked for the whole of a load, and a second process is told why it
 * cannot have it, in real second processes (issue 14: the lock was let go after each batch, another process took
 * the database mid-load, and the load died; two loads racing on a new directory got "cannot open database …: -1").
 */
@Tag("slow")
class StoreLockTest {

    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final int ARTICLES = 120;
    private static final int BATCH = 10;

    @TempDir
    Path temp;

    @Test
    void anotherProcessIsRefusedTheDatabaseForTheWholeOfAMultiBatchLoad() throws Exception {
        Path articles = temp.resolve("articles");
        SmallArticles.write(articles, ARTICLES, 1);
        Path db = temp.resolve("db");
        Path stop = temp.resolve("stop");
        Path loadLog = temp.resolve("load.log");
        ChildCommand load = ChildCommand.start(loadLog, "load", articles.toString(), "--db", db.toString(),
                "--batch-articles", Integer.toString(BATCH), "--threads", "1");
        ChildCommand probe = ChildCommand.startMain(temp.resolve("probe.log"), DatabaseProbe.class, db.toString(),
                stop.toString(), loadLog.toString());
        int loaded;
        try {
            loaded = load.exitCode(PATIENCE);
        } finally {
            Files.writeString(stop, "");
        }
        int probed = probe.exitCode(PATIENCE);

        String probeLog = probe.output();
        // the load prints its summary before it lets go of the database: only then may the probe have it
        assertFalse(probeLog.contains("opened during the load"), "the second process got the database during the"
                + " load:\n" + probeLog + "\nload:\n" + load.output());
        assertEquals(0, probed, probeLog);
        assertEquals(ExitCode.OK, loaded, load.output());
        List<String> commits = load.messages().stream().filter(l -> l.contains("committed a batch")).toList();
        assertEquals(ARTICLES / BATCH - 1, commits.size(), "a line after every full batch but the last:\n"
                + load.output());
        int attempts = Integer.parseInt(probeLog.replaceAll("(?s).*attempts: (\\d+).*", "$1"));
        assertTrue(attempts > 10, "the probe tried all along: " + probeLog);
        assertTrue(probeLog.contains("refused: database " + db + " is in use by another process (pid N), probably a"
                + " running 'newsgraph serve'"), probeLog);
        assertEquals(ARTICLES, CrashRecoveryTest.contents(db).size());
    }

    /** The moment a process has created a database's lock file and locked it, before anything else exists. */
    @Test
    void aDatabaseThatAnotherProcessIsCreatingIsInUseNotForeign() throws Exception {
        Path db = Files.createDirectories(temp.resolve("dbrace"));
        Path lock = db.resolve("tdb.lock");
        ChildCommand holder = ChildCommand.startMain(temp.resolve("holder.log"), LockHolder.class, lock.toString());
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!holder.output().contains("locked") && holder.process().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(holder.output().contains("locked"), holder.output());

            CommandRun run = CommandRun.of("load", Path.of("seeds").toString(), "--db", db.toString())
                    .withoutStackTrace();

            assertEquals(ExitCode.STORE, run.exit(), run.toString());
            assertEquals(List.of("newsgraph load: database " + db + " is in use by another process, probably a running"
                    + " 'newsgraph serve': stop it first, or load through it with 'serve --load FILE|DIR…' and query it"
                    + " with 'query --endpoint URL'"), run.messages());
        } finally {
            holder.kill();
        }
    }
}
