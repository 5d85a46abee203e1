package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import newsgraph.rdf.ArticleGraph;
import newsgraph.store.NewsStore;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the commands: each refused file is named on one line with its reason, the others load, the
 * summary lists the failures, the exit code says what happened, and a database that holds articles already
 * holds exactly the same afterwards.
 */
class BadInputCommandsTest {

    private static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");

    @TempDir
    static Path shared;
    /** Articles that load, and the bad files of every kind, side by side in one directory. */
    private static Path mixed;
    /** The bad files alone, with what each one's message must say after its name. */
    private static Path badOnly;
    private static final Map<String, String> REASONS = new TreeMap<>();

    @TempDir
    Path temp;

    @BeforeAll
    static void writeTheFiles() throws IOException {
        String seed = Files.readString(SEED);
        mixed = Files.createDirectories(shared.resolve("mixed"));
        badOnly = Files.createDirectories(shared.resolve("bad"));
        Files.writeString(mixed.resolve("good.txt"), seed);
        Files.writeString(mixed.resolve("bom.txt"), "\uFEFF" + seed);
        Files.writeString(mixed.resolve("windows.txt"), seed.replace("\n", "\r\n"));
        Files.writeString(mixed.resolve("page.txt"), "<!DOCTYPE html><html><body><article><h1>Bridge opens</h1>"
                + "<p>&ldquo;It is a great day for the city,&rdquo; said Maria Lopez.</p></article></body></html>");
        for (Path dir : List.of(mixed, badOnly)) {
            bad(dir, "empty.txt", new byte[0], "empty (no text)");
            bad(dir, "blank.txt", " \n\t\r\n\u00A0".getBytes(StandardCharsets.UTF_8), "empty (no text)");
            bad(dir, "binary.txt", new byte[] {'G', 'I', 'F', '8', 0, 1}, "binary file (NUL byte at offset 4), not a"
                    + " text article");
            bad(dir, "latin1.txt", "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8 (at byte"
                    + " 3); convert it to UTF-8 first, e.g. iconv -f windows-1252 -t utf-8");
            bad(dir, "utf16.txt", seed.getBytes(StandardCharsets.UTF_16), "UTF-16 text, not UTF-8; convert it first,"
                    + " e.g. iconv -f utf-16 -t utf-8");
            bad(dir, "control.txt", "Title\n\nBell\u0007 here".getBytes(StandardCharsets.UTF_8), "control character"
                    + " U+0007 at line 3, column 5: not a plain-text article");
            bad(dir, "long.txt", "word ".repeat(120_000).getBytes(StandardCharsets.UTF_8), "too long (600000"
                    + " characters of text; the limit is 500000 per article: split it into articles)");
            bad(dir, "script-only.txt", "<html><body><script>app()</script></body></html>".getBytes(
                    StandardCharsets.UTF_8), "an HTML page without article text");
            Path huge = dir.resolve("huge.txt");
            try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
                file.setLength(50L * 1024 * 1024);
            }
            REASONS.put(huge.getFileName().toString(), "too large (52428800 bytes; the limit is 10485760 bytes per"
                    + " article file)");
            Path loop = dir.resolve("unreadable.txt");
            Files.createSymbolicLink(loop, loop.getFileName());
            REASONS.put("unreadable.txt", "cannot be read (too many levels of symbolic links");
            Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("deleted.txt"));
            REASONS.put("dangling.txt", "broken symbolic link (its target does not exist)");
        }
    }

    private static void bad(Path dir, String name, byte[] bytes, String reason) throws IOException {
        Files.write(dir.resolve(name), bytes);
        REASONS.put(name, reason);
    }

    @Test
    void loadNamesEveryBadFileLoadsTheRestAndSummarises() throws IOException {
        Path db = temp.resolve("db");
        Path missing = temp.resolve("missing.txt");
        Path noArticles = Files.createDirectories(temp.resolve("no-articles"));

        CommandRun run = CommandRun.of("load", mixed.toString(), missing.toString(), noArticles.toString(), "--db",
                db.toString()).withoutStackTrace();

        assertEquals(ExitCode.SOME_FAILED, run.exit(), run.toString());
        List<String> lines = run.messages();
        assertTrue(lines.contains("newsgraph load: " + missing + ": no such file or directory"), run.toString());
        assertTrue(lines.contains("newsgraph load: " + noArticles + ": no articles (*.txt, *.html, *.htm, *.warc, *.warc.gz,"
                + " *.jsonl, *.jsonl.gz, *.ndjson) in this directory (use --recursive for sub-directories)"), run.toString());
        assertEveryBadFileNamedOnce(lines, mixed, "newsgraph load: ");
        String summary = lines.get(lines.size() - 1);
        // every refused input counts: the bad files, the missing file and the directory without articles
        assertTrue(summary.startsWith("newsgraph load: loaded 4 articles: ") && summary.contains("; "
                + (REASONS.size() + 2) + " failed (" + missing + ", " + noArticles + ", "), summary);
        try (NewsStore store = NewsStore.openExisting(db)) {
            assertEquals(new TreeSet<>(List.of(graph("bom.txt"), graph("good.txt"), graph("page.txt"),
                    graph("windows.txt"))), new TreeSet<>(store.articleGraphNames()));
            // DifficultTextTest shows the graphs are the same but for the article's name
            assertEquals(store.tripleCount(graph("good.txt")), store.tripleCount(graph("windows.txt")),
                    "Windows line ends");
            assertEquals(store.tripleCount(graph("good.txt")), store.tripleCount(graph("bom.txt")), "a byte-order mark");
        }
    }

    @Test
    void onlyBadFilesExitWithThreeAndLeaveTheDatabaseAsItWas() throws IOException {
        Path db = temp.resolve("db");
        assertEquals(ExitCode.OK, CommandRun.of("load", SEED.toString(), "--db", db.toString()).exit());
        Map<String, Model> before = contents(db);

        CommandRun run = CommandRun.of("load", badOnly.toString(), "--db", db.toString()).withoutStackTrace();

        assertEquals(ExitCode.BAD_INPUT, run.exit(), run.toString());
        assertEveryBadFileNamedOnce(run.messages(), badOnly, "newsgraph load: ");
        assertTrue(run.messages().get(run.messages().size() - 1).startsWith("newsgraph load: loaded 0 articles: 0"
                + " statements, 0 entities; " + REASONS.size() + " failed ("), run.toString());
        assertSameContents(before, contents(db));
    }

    @Test
    void extractWritesTheGoodArticlesAndNamesTheBadOnes() throws IOException {
        Path out = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of("extract", "--output-dir", out.toString(), "--format", "nt"));
        args.add(mixed.resolve("good.txt").toString());
        REASONS.keySet().forEach(name -> args.add(mixed.resolve(name).toString()));

        CommandRun run = CommandRun.of(args.toArray(String[]::new)).withoutStackTrace();

        assertEquals(ExitCode.SOME_FAILED, run.exit(), run.toString());
        assertEveryBadFileNamedOnce(run.messages(), mixed, "newsgraph extract: ");
        assertTrue(Files.size(out.resolve(id("good.txt") + ".nt")) > 10_000);
        assertEquals(1, Files.list(out).count());
    }

    private static void assertEveryBadFileNamedOnce(List<String> lines, Path dir, String prefix) {
        REASONS.forEach((name, reason) -> {
            String start = prefix + dir.resolve(name) + ": " + reason;
            assertEquals(1, lines.stream().filter(l -> l.startsWith(start)).count(),
                    "one line starting '" + start + "' in\n" + String.join("\n", lines));
        });
    }

    private static Map<String, Model> contents(Path db) {
        Map<String, Model> graphs = new TreeMap<>();
        try (NewsStore store = NewsStore.openExisting(db)) {
            store.articleGraphNames().forEach(name -> graphs.put(name, store.copyOf(name)));
            graphs.put("ontology", store.copyOf(newsgraph.rdf.NG.ONTOLOGY));
        }
        return graphs;
    }

    private static void assertSameContents(Map<String, Model> before, Map<String, Model> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, graph) -> assertTrue(graph.isIsomorphicWith(after.get(name)), name + " changed"));
    }

    /** The graph name of a file of the mixed directory. */
    private static String graph(String fileName) {
        return ArticleGraph.graphName(new Article(id(fileName), "x"));
    }

    private static String id(String fileName) {
        try {
            return new ArticleReader().read(mixed.resolve(fileName)).id();
        } catch (BadArticleException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
