package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --index-cache MB}: the server reads its indexes through a cache in its heap, so that its resident
 * memory does not grow with the database. Checked on a real server in a child JVM (TDB2 decides how it reads
 * files once per process) by what the kernel says the process has mapped.
 */
class ServeIndexCacheTest {

    private static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");

    @TempDir
    static Path temp;

    private static Path db;

    @BeforeAll
    static void loadTheSeed() {
        db = temp.resolve("db");
        assertEquals(ExitCode.OK, CommandRun.of("load", SEED.toString(), "--db", db.toString()).exit());
    }

    @Test
    void withAnIndexCacheTheServerAnswersWithoutMappingAnIndexFile() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "the kernel's list of mappings (Linux)");
        List<String> mapped = mappedIndexFilesWhileServing("--index-cache", "16");
        assertEquals(List.of(), mapped, "no index file of the database is mapped into the server's memory");
    }

    /** The same check without the option: the indexes are mapped, so the check above can see a mapping. */
    @Test
    void withoutItTheServerMapsItsIndexFiles() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "the kernel's list of mappings (Linux)");
        List<String> mapped = mappedIndexFilesWhileServing();
        assertFalse(mapped.isEmpty(), "TDB2 maps its index files by default");
        assertTrue(mapped.stream().allMatch(f -> f.endsWith(".idn") || f.endsWith(".dat")), mapped.toString());
    }

    @Test
    void aCacheOfMoreThanHalfTheHeapIsRefusedWithTheLargestItCanHave() {
        long half = Runtime.getRuntime().maxMemory() / (1024 * 1024) / 2;
        for (String megabytes : List.of(Long.toString(half + 1), "0")) {
            CommandRun run = CommandRun.of("serve", "--db", db.toString(), "--port", "0", "--index-cache", megabytes)
                    .withoutStackTrace();
            assertEquals(ExitCode.USAGE, run.exit(), run.toString());
            assertEquals(1, run.messages().size(), run.toString());
            assertTrue(run.messages().get(0).startsWith("newsgraph serve: --index-cache must be between 1 and " + half
                    + " MB, half of this process's heap of "), run.toString());
        }
    }

    /** Serves the seed's database, runs a named query over HTTP, then lists the index files the server maps. */
    private static List<String> mappedIndexFilesWhileServing(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--db", db.toString(), "--port", "0"));
        command.addAll(List.of(options));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String endpoint = StoreCommandsTest.awaitLine(child, "SPARQL endpoint:")
                    .replaceFirst(".*SPARQL endpoint:\\s*", "").strip();
            CommandRun query = CommandRun.of("query", "most-quoted", "--endpoint", endpoint, "--format", "csv");
            assertEquals(ExitCode.OK, query.exit(), query.toString());
            assertTrue(query.out().lines().count() > 2, "the server answers from its indexes: " + query.out());
            String database = db.toRealPath().toString();
            return Files.readAllLines(Path.of("/proc", Long.toString(child.pid()), "maps")).stream()
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .filter(file -> file.startsWith(database))
                    .map(file -> Path.of(file).getFileName().toString())
                    .distinct().toList();
        } finally {
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the server stops on SIGTERM");
        }
    }
}
