package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import newsgraph.text.ArticleReader;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that cannot be written is never lost silently (issue 14: {@code extract … > file} and {@code query … > file}
 * on a full disk exited 0 with a truncated file; {@code extract --output-dir} exited 70, "a bug", leaving a truncated
 * file). Standard output is a real {@code /dev/full} in a second process; output directories are read-only or a
 * real full file system.
 */
@Tag("slow")
class OutputFaultsTest {

    private static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final File FULL = new File("/dev/full");

    @TempDir
    Path temp;

    @Test
    void extractToAFullDiskSaysSoAndExitsWithTheOutputCode() throws Exception {
        assumeTrue(FULL.exists(), "skipped: no /dev/full (not Linux)");
        ChildCommand extract = ChildCommand.startWithStdout(temp.resolve("extract.log"), FULL, "extract",
                SEED.toString(), "--format", "nt");
        assertEquals(ExitCode.OUTPUT, extract.exitCode(PATIENCE), extract.output());
        assertEquals(List.of("newsgraph extract: cannot write to standard output (no space left on device); the output"
                + " is incomplete"), extract.messages());
    }

    @Test
    void queryToAFullDiskSaysSoAndExitsWithTheOutputCode() throws Exception {
        assumeTrue(FULL.exists(), "skipped: no /dev/full (not Linux)");
        Path db = temp.resolve("db");
        assertEquals(ExitCode.OK, CommandRun.of("load", SEED.toString(), "--db", db.toString()).exit());
        for (String format : List.of("table", "json")) {
            ChildCommand query = ChildCommand.startWithStdout(temp.resolve("query-" + format + ".log"), FULL, "query",
                    "who-said-what", "--db", db.toString(), "--format", format);
            assertEquals(ExitCode.OUTPUT, query.exitCode(PATIENCE), format + ": " + query.output());
            assertEquals(List.of("newsgraph query: cannot write to standard output (no space left on device); the"
                    + " output is incomplete"), query.messages(), format);
        }
    }

    @Test
    void extractIntoAReadOnlyDirectorySaysWhichFileAndLeavesNothing() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path other = Files.writeString(temp.resolve("other.txt"), "Council approves bridge\n\n“This bridge will"
                + " connect two neighbourhoods,” said Maria Lopez.\n");
        try {
            ChildCommand extract = ChildCommand.startWithoutPermissionOverride(temp.resolve("extract.log"), "extract",
                    "--format", "nq", "--output-dir", out.toString(), SEED.toString(), other.toString());
            assumeTrue(extract != null, "skipped: root, and no setpriv to run as an ordinary user");

            assertEquals(ExitCode.OUTPUT, extract.exitCode(PATIENCE), extract.output());
            Path first = out.resolve(new ArticleReader().read(SEED).id() + ".nq");
            assertEquals(List.of("newsgraph extract: cannot write " + first + " (permission denied); nothing of it is"
                    + " left behind"), extract.messages());
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(List.of(), list(out));
    }

    @Test
    void extractIntoAFullFileSystemLeavesOnlyWholeFiles() throws Exception {
        SmallDisk disk = SmallDisk.mount(temp.resolve("small-disk"), "1m");
        assumeTrue(disk != null,
                "skipped: cannot mount a small tmpfs here (needs root); the read-only directory test covers the exit");
        try (disk) {
            Path mount = disk.path();
            Path articles = temp.resolve("articles");
            List<Path> inputs = SmallArticles.write(articles, 12, 12);
            List<String> args = new java.util.ArrayList<>(List.of("extract", "--format", "nq", "--output-dir",
                    mount.toString()));
            inputs.forEach(p -> args.add(p.toString()));

            CommandRun run = CommandRun.of(args.toArray(String[]::new)).withoutStackTrace();

            assertEquals(ExitCode.OUTPUT, run.exit(), run.toString());
            assertEquals(1, run.messages().size(), run.toString());
            assertTrue(run.messages().get(0).matches("newsgraph extract: cannot write " + mount + "/a\\d{4}-[0-9a-f]{12}"
                    + "\\.nq \\(no space left on device\\); nothing of it is left behind"), run.toString());
            List<Path> written = list(mount);
            assertTrue(written.size() >= 1 && written.size() < inputs.size(), written.toString());
            for (Path file : written) {
                assertTrue(file.getFileName().toString().matches("a\\d{4}-[0-9a-f]{12}\\.nq"), "no temporary file: "
                        + file);
                // whole: it parses, and ends with a complete line
                assertTrue(RDFDataMgr.loadDataset(file.toString(), Lang.NQUADS).asDatasetGraph().find().hasNext());
                assertTrue(Files.readString(file).endsWith(" .\n"), file.toString());
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
