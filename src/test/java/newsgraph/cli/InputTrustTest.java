package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsgraph.rdf.ArticleGraph;
import newsgraph.store.NewsStore;
import newsgraph.text.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile trial of {@code load} and {@code extract} found (issue 14): articles that replaced each other,
 * summaries that miscounted, a link that stored {@code /etc/passwd}, one unreadable directory that stopped a whole
 * load, and file names that forged messages. Each test failed before its fix.
 */
class InputTrustTest {

    private static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");
    private static final String STORY = "Council approves bridge\n\n“This bridge will connect two neighbourhoods,” said"
            + " Maria Lopez, the council's transport chief.\n";
    private static final String OTHER = "Port strike ends\n\n“We have a deal,” said Omar Haddad, the union's leader.\n";

    @TempDir
    Path temp;

    @Test
    void twoStoriesOfTheSameNameInTwoDirectoriesAreBothStoredAndCounted() throws Exception {
        Path bbc = write("in/bbc/story.txt", STORY);
        Path guardian = write("in/guardian/story.txt", OTHER);
        Path db = temp.resolve("db");

        CommandRun run = CommandRun.of("load", "--recursive", temp.resolve("in").toString(), "--db", db.toString())
                .withoutStackTrace();

        assertEquals(ExitCode.OK, run.exit(), run.toString());
        List<String> said = run.messages().stream().filter(m -> !m.contains(" await resolve ")).toList();
        assertEquals(1, said.size(), "no warning, one summary (and what awaits resolve): " + run);
        assertTrue(said.get(0).startsWith("newsgraph load: loaded 2 articles: "), run.toString());
        assertEquals(Set.of(graphOf(bbc), graphOf(guardian)), graphs(db));
    }

    @Test
    void extractGivesEveryInputItsOwnOutputFile() throws Exception {
        List<Path> inputs = List.of(write("a/story.txt", STORY), write("b/story.txt", OTHER), write("x.txt", STORY),
                write("x.html", OTHER), write("Привет.txt", STORY), write("新闻.txt", OTHER));
        Path out = temp.resolve("out");
        List<String> args = new java.util.ArrayList<>(List.of("extract", "--format", "nq", "--output-dir", out.toString()));
        inputs.forEach(p -> args.add(p.toString()));

        CommandRun run = CommandRun.of(args.toArray(String[]::new)).withoutStackTrace();

        assertEquals(ExitCode.OK, run.exit(), run.toString());
        Set<String> expected = new TreeSet<>();
        for (Path input : inputs) {
            expected.add(new ArticleReader().read(input).id() + ".nq");
        }
        assertEquals(6, expected.size());
        assertEquals(expected, files(out), "one file per input, nothing else (no temporary files)");
    }

    @Test
    void theSameArticleTwiceIsStoredOnceAndSaidOnce() throws Exception {
        Path first = write("a/story.txt", STORY);
        Path second = write("b/story.txt", STORY);
        Path db = temp.resolve("db");

        CommandRun run = CommandRun.of("load", first.toString(), second.toString(), "--db", db.toString())
                .withoutStackTrace();

        assertEquals(ExitCode.OK, run.exit(), run.toString());
        assertEquals("newsgraph load: " + second + ": the same article as " + first + " (the same text under the same"
                + " name); stored once", run.messages().get(0));
        assertTrue(run.messages().get(1).startsWith("newsgraph load: loaded 1 article: ")
                && run.messages().get(1).contains("; 1 duplicate (stored once); 0 failed; "), run.toString());
        assertEquals(Set.of(graphOf(first)), graphs(db));
    }

    @Test
    void fourInputsWithThreeRefusedSayThreeFailed() throws Exception {
        Path good = write("good.txt", STORY);
        Path empty = write("empty.txt", "");
        Path missing = temp.resolve("missing.txt");
        Path noArticles = Files.createDirectories(temp.resolve("nothing-here"));

        CommandRun run = CommandRun.of("load", good.toString(), empty.toString(), missing.toString(),
                noArticles.toString(), "--db", temp.resolve("db").toString()).withoutStackTrace();

        assertEquals(ExitCode.SOME_FAILED, run.exit(), run.toString());
        String summary = run.messages().get(run.messages().size() - 1);
        assertTrue(summary.startsWith("newsgraph load: loaded 1 article: ") && summary.contains("; 3 failed ("
                + missing + ", " + noArticles + ", " + empty + "); "), summary);
    }

    @Test
    void aFileNameWithALineEndCannotForgeASummaryLine() throws Exception {
        String forged = "newsgraph load: loaded 99 articles: 0 statements, 0 entities; 0 failed; 0.1 s, 0.0 s of it"
                + " storing (database x)";
        Path evil = write("in/x\n" + forged + "\u001B[2K.txt", "");
        write("in/good.txt", STORY);

        CommandRun run = CommandRun.of("load", temp.resolve("in").toString(), "--db", temp.resolve("db").toString())
                .withoutStackTrace();

        assertEquals(ExitCode.SOME_FAILED, run.exit(), run.toString());
        assertFalse(run.err().lines().anyMatch(forged::equals), "a forged line:\n" + run.err());
        assertFalse(run.err().contains("\u001B"), "an escape code reached the terminal");
        String quoted = "\"" + temp.resolve("in") + "/x\\n" + forged + "\\u001B[2K.txt\"";
        assertEquals(List.of("newsgraph load: " + quoted + ": empty (no text)"), run.messages().subList(0, 1));
        assertTrue(run.messages().get(1).contains("; 1 failed (" + quoted + "); "), run.toString());
        assertTrue(Files.exists(evil));
    }

    @Test
    void aLinkOutOfTheLoadedDirectoryIsNotFollowedUnlessAsked() throws Exception {
        Path outside = write("elsewhere/secret.txt", OTHER);
        Path in = Files.createDirectories(temp.resolve("in"));
        write("in/good.txt", STORY);
        Path leak = Files.createSymbolicLink(in.resolve("leak.txt"), outside);
        Path db = temp.resolve("db");

        CommandRun run = CommandRun.of("load", in.toString(), "--db", db.toString()).withoutStackTrace();

        assertEquals(ExitCode.SOME_FAILED, run.exit(), run.toString());
        assertEquals("newsgraph load: " + leak + ": a symbolic link to " + outside.toRealPath() + ", outside " + in
                + "; not followed (use --follow-links to load it)", run.messages().get(0));
        assertTrue(run.messages().get(1).contains("loaded 1 article: ") && run.messages().get(1).contains("; 1 failed ("
                + leak + "); "), run.toString());
        assertEquals(Set.of(graphOf(in.resolve("good.txt"))), graphs(db));

        CommandRun followed = CommandRun.of("load", in.toString(), "--follow-links", "--db", db.toString())
                .withoutStackTrace();
        assertEquals(ExitCode.OK, followed.exit(), followed.toString());
        assertEquals(Set.of(graphOf(in.resolve("good.txt")), graphOf(leak)), graphs(db));
    }

    @Test
    void aLinkToEtcPasswdIsNeverStored() throws Exception {
        Path passwd = Path.of("/etc/passwd");
        assumeTrue(Files.isReadable(passwd), "skipped: no /etc/passwd here");
        Path in = Files.createDirectories(temp.resolve("in"));
        Path good = write("in/good.txt", STORY);
        Files.createSymbolicLink(Files.createDirectories(in.resolve("sub")).resolve("leak.txt"), passwd);
        Path db = temp.resolve("db");

        CommandRun run = CommandRun.of("load", in.toString(), "--recursive", "--db", db.toString()).withoutStackTrace();

        assertEquals(ExitCode.SOME_FAILED, run.exit(), run.toString());
        assertEquals(Set.of(graphOf(good)), graphs(db), "only the article; the password file is not stored");
    }

    @Test
    void linksInsideTheDirectoryAndLinksNamedOnTheCommandLineAreFollowedAndEachFileIsReadOnce() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path story = write("in/story.txt", STORY);
        Files.createSymbolicLink(in.resolve("latest.txt"), story.getFileName()); // the same file under another name
        Path outside = write("elsewhere/other.txt", OTHER);
        Path named = Files.createSymbolicLink(temp.resolve("named.txt"), outside);
        Path db = temp.resolve("db");

        CommandRun run = CommandRun.of("load", in.toString(), named.toString(), "--db", db.toString())
                .withoutStackTrace();

        assertEquals(ExitCode.OK, run.exit(), run.toString());
        assertEquals("newsgraph load: " + in.resolve("latest.txt") + ": the same file as " + story + "; read once",
                run.messages().get(0));
        assertTrue(run.messages().get(1).contains("loaded 2 articles: ")
                && run.messages().get(1).contains("; 1 duplicate (stored once); 0 failed;"), run.toString());
        assertEquals(Set.of(graphOf(story), graphOf(named)), graphs(db));
    }

    @Test
    void anUnreadableSubDirectoryIsSkippedWithOneLineAndTheRestLoads() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path good = write("in/a/good.txt", STORY);
        Path other = write("in/c/other.txt", OTHER);
        Path locked = write("in/b/locked.txt", STORY.replace("bridge", "tunnel")).getParent();
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path db = temp.resolve("db");
        try {
            ChildCommand load = ChildCommand.startWithoutPermissionOverride(temp.resolve("load.log"), "load",
                    "--recursive", in.toString(), "--db", db.toString());
            assumeTrue(load != null, "skipped: root, and no setpriv to run as an ordinary user");

            assertEquals(ExitCode.SOME_FAILED, load.exitCode(Duration.ofMinutes(3)), load.output());
            List<String> messages = load.messages();
            assertEquals(2, messages.size(), load.output());
            assertEquals("newsgraph load: " + locked + ": cannot read the directory (permission denied); its articles"
                    + " are skipped", messages.get(0));
            assertTrue(messages.get(1).startsWith("newsgraph load: loaded 2 articles: ")
                    && messages.get(1).contains("; 1 failed (" + locked + "); "), load.output());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
        assertEquals(Set.of(graphOf(good), graphOf(other)), graphs(db));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static String graphOf(Path file) throws Exception {
        return ArticleGraph.graphName(new ArticleReader().read(file));
    }

    private static Set<String> graphs(Path db) {
        try (NewsStore store = NewsStore.openExisting(db)) {
            return new TreeSet<>(store.articleGraphNames());
        }
    }

    private static Set<String> files(Path dir) throws IOException {
        assertNotNull(dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
