package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsgraph.source.TestCrawl;
import newsgraph.store.NewsStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad news input, each through {@code load} as a user meets it: one clear line that names the file (and
 * the line or byte where it went wrong), the rest goes on, and what was stored before stays.
 */
class BadNewsInputTest {

    private static final String STORY = "<p>The council approved the new library on Monday after a long debate.</p>"
            + "<p>\u201cThis is a good day for readers in the town,\u201d said Ruth Amoah, who chairs the council.</p>";

    @TempDir
    Path temp;

    /** A WARC.gz cut off inside its last page: the pages before it are stored, and the line says where it stopped. */
    @Test
    void aTruncatedWarcGzStoresWhatCameBeforeAndSaysWhereItStopped() throws Exception {
        TestCrawl crawl = new TestCrawl();
        for (int i = 1; i <= 3; i++) {
            String url = "https://www.townnews.example/2024/06/story-" + i;
            crawl.page(url, Instant.parse("2024-06-0" + i + "T08:00:00Z"), TestCrawl.newsPage(url, "Town News",
                    "2024-06-0" + i + "T07:00:00Z", "Sam Ode", "Story " + i, STORY.replace("Monday", "day " + i),
                    "Filler words to make the record large enough to cut in its middle. ".repeat(40)));
        }
        Path whole = crawl.write(temp.resolve("whole.warc.gz"));
        byte[] bytes = Files.readAllBytes(whole);
        Path dir = Files.createDirectories(temp.resolve("crawl"));
        Path cut = Files.write(dir.resolve("cut.warc.gz"), java.util.Arrays.copyOf(bytes, bytes.length - 400));
        Path db = temp.resolve("db");

        CommandRun run = CommandRun.of("load", dir.toString(), "--db", db.toString()).withoutStackTrace();

        assertEquals(ExitCode.SOME_FAILED, run.exit(), run.toString());
        List<String> broken = run.messages().stream().filter(l -> l.contains("stops part-way")).toList();
        assertEquals(1, broken.size(), run.toString());
        assertTrue(broken.get(0).matches("newsgraph load: " + java.util.regex.Pattern.quote(cut.toString())
                + ": the file stops part-way or is damaged at byte \\d+, after 5 records \\(.+\\); the articles before"
                + " it are read"), broken.get(0));
        String summary = run.messages().get(run.messages().size() - 1);
        assertTrue(summary.startsWith("newsgraph load: loaded 2 articles: "), summary);
        assertTrue(summary.contains("1 failed (" + cut + ")"), summary);
        try (NewsStore store = NewsStore.openExisting(db)) {
            assertEquals(2, store.articleGraphNames().size());
        }
    }

    /** A JSON Lines line that is not JSON is named by file and line; the lines after it load. */
    @Test
    void aJsonLinesLineThatIsNotJsonIsNamedByFileAndLine() throws Exception {
        Path file = Files.writeString(temp.resolve("feed.jsonl"), String.join("\n",
                json("https://wire.example/a", "2024-04-01", "The first story is here. " + plain()),
                "{\"url\": \"https://wire.example/b\", \"text\": \"cut off",
                "",
                json("https://wire.example/c", "2024-04-03", "The third story is here. " + plain())) + "\n");
        Path db = temp.resolve("db");

        CommandRun run = CommandRun.of("load", file.toString(), "--db", db.toString()).withoutStackTrace();

        assertEquals(ExitCode.SOME_FAILED, run.exit(), run.toString());
        List<String> bad = run.messages().stream().filter(l -> l.contains("feed.jsonl:2: ")).toList();
        assertEquals(1, bad.size(), run.toString());
        assertTrue(bad.get(0).startsWith("newsgraph load: " + file + ":2: not JSON ("), bad.get(0));
        assertEquals(2, storedDates(db).size(), "lines 1 and 4 (line 3 is blank)");
        assertEquals(List.of("2024-04-03", "2024-04-01"), storedDates(db));
    }

    /** A page with nothing but its frame: one line, and the other pages load. */
    @Test
    void aPageWithNoArticleTextIsRefused() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("pages"));
        Files.writeString(dir.resolve("frame.html"), "<!DOCTYPE html><html><head><title>Home</title>"
                + "<script>boot()</script></head><body><nav><a href=\"/\"></a></nav><div id=\"app\"></div></body></html>");
        Files.writeString(dir.resolve("story.html"), page("", "<title>Library approved</title>"));
        CommandRun run = CommandRun.of("load", dir.toString(), "--db", temp.resolve("db").toString())
                .withoutStackTrace();
        assertEquals(ExitCode.SOME_FAILED, run.exit(), run.toString());
        assertTrue(run.messages().contains("newsgraph load: " + dir.resolve("frame.html")
                + ": an HTML page without article text"), run.toString());
        assertTrue(run.messages().get(run.messages().size() - 1).startsWith("newsgraph load: loaded 1 article: "));
    }

    /** "3 hours ago", "yesterday", "March 5" and a date without a year say nothing certain: no date, never a guess. */
    @Test
    void relativeAndUnparseableDatesGiveNoDate() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("pages"));
        Files.writeString(dir.resolve("relative.html"), page("""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Library approved",
                 "datePublished": "3 hours ago", "dateModified": "yesterday"}</script>
                <meta property="article:published_time" content="March 5">""",
                "<time datetime=\"just now\">just now</time>"));
        Files.writeString(dir.resolve("dated.html"), page("""
                <meta property="article:published_time" content="2024-03-05T09:30:00-05:00">""", "").replace(
                "Ruth Amoah", "Kofi Mensah"));
        Path db = temp.resolve("db");
        CommandRun run = CommandRun.of("load", dir.toString(), "--db", db.toString()).withoutStackTrace();
        assertEquals(ExitCode.OK, run.exit(), run.toString());
        assertEquals(List.of("2024-03-05T14:30:00Z"), storedDates(db), "only the page with a certain date has one");
    }

    /**
     * A page that declares Latin-1 but is UTF-8 is read as UTF-8 with a note; one that declares UTF-8 but is
     * Latin-1 is refused with one line, never decoded with replacement characters.
     */
    @Test
    void aWrongDeclaredCharsetIsNotedOrRefused() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("pages"));
        String cafe = page("", "<title>Caf\u00e9 reopens</title>").replace("Ruth Amoah", "Ren\u00e9e Dubois");
        Files.write(dir.resolve("says-latin1.html"), cafe.replace("<meta charset=\"utf-8\">",
                "<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("says-utf8.html"), cafe.replace("Ren\u00e9e", "Ana\u00efs").getBytes(
                StandardCharsets.ISO_8859_1));
        Path db = temp.resolve("db");
        CommandRun run = CommandRun.of("load", dir.toString(), "--db", db.toString()).withoutStackTrace();
        assertEquals(ExitCode.SOME_FAILED, run.exit(), run.toString());
        assertTrue(run.messages().contains("newsgraph load: " + dir.resolve("says-latin1.html") + ": declares the"
                + " charset 'iso-8859-1' but is valid UTF-8: read as UTF-8"), run.toString());
        assertTrue(run.messages().stream().anyMatch(l -> l.matches("newsgraph load: " + java.util.regex.Pattern.quote(
                dir.resolve("says-utf8.html").toString()) + ": declares UTF-8 but is not valid UTF-8 \\(at byte \\d+\\):"
                + " a wrong charset; convert it to UTF-8 first")), run.toString());
        assertTrue(names(db).contains("Ren\u00e9e Dubois"), "read as the UTF-8 it is: " + names(db));
    }

    /** A JSON-LD block that is not JSON is left out with a note; the page's other tags still give its facts. */
    @Test
    void invalidJsonLdIsNotedAndTheRestOfThePageIsRead() throws Exception {
        Path file = Files.writeString(temp.resolve("broken-ld.html"), page("""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Library approved",,}</script>
                <meta property="article:published_time" content="2024-02-01T10:00:00Z">""", ""));
        Path db = temp.resolve("db");
        CommandRun run = CommandRun.of("load", file.toString(), "--db", db.toString()).withoutStackTrace();
        assertEquals(ExitCode.OK, run.exit(), run.toString());
        assertTrue(run.messages().stream().anyMatch(l -> l.startsWith("newsgraph load: " + file + ": JSON-LD block 1"
                + " is not valid JSON (") && l.endsWith("): its metadata is not read")), run.toString());
        assertEquals(List.of("2024-02-01T10:00:00Z"), storedDates(db), "from article:published_time");
    }

    /**
     * A 10 MB inline script (an app bundle) is not the article and costs no more than reading it; a 10 MB JSON-LD
     * block is not parsed (one note). Both pages load with their stories.
     */
    @Test
    void aTenMegabyteInlineScriptIsPassedOver() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("pages"));
        String bundle = "var x=1;".repeat(10_000_000 / 8);
        Files.writeString(dir.resolve("bundle.html"), page("<script>" + bundle + "</script>", ""));
        String ld = "{\"@type\": \"NewsArticle\", \"description\": \"" + "x".repeat(10_000_000) + "\"}";
        Files.writeString(dir.resolve("huge-ld.html"), page("<script type=\"application/ld+json\">" + ld
                + "</script>", "").replace("Ruth Amoah", "Kofi Mensah"));
        Path db = temp.resolve("db");
        CommandRun run = CommandRun.of("load", dir.toString(), "--db", db.toString()).withoutStackTrace();
        assertEquals(ExitCode.OK, run.exit(), run.toString());
        assertTrue(run.messages().contains("newsgraph load: " + dir.resolve("huge-ld.html") + ": JSON-LD block 1 has"
                + " " + ld.length() + " characters; the limit is 1048576: its metadata is not read"), run.toString());
        assertTrue(run.messages().get(run.messages().size() - 1).startsWith("newsgraph load: loaded 2 articles: "),
                run.toString());
        assertTrue(names(db).containsAll(List.of("Ruth Amoah", "Kofi Mensah")), names(db).toString());
        try (NewsStore store = NewsStore.openExisting(db)) {
            for (String g : store.articleGraphNames()) {
                assertTrue(store.tripleCount(g) < 2_000, "the script is not in the graph: " + store.tripleCount(g));
            }
        }
    }

    private static String page(String head, String extraHead) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + extraHead + head
                + "</head><body><article><h1>Library approved</h1>" + STORY + "</article></body></html>";
    }

    private static String plain() {
        return "\u201cThis is a good day for readers in the town,\u201d said Ruth Amoah, who chairs the council.";
    }

    private static String json(String url, String date, String text) {
        return "{\"url\": \"" + url + "\", \"date\": \"" + date + "\", \"publisher\": \"Wire\","
                + " \"title\": \"Library approved\", \"text\": \""
                + text.replace("\"", "\\\"") + "\"}";
    }

    /** The publication dates stored, newest first. */
    static List<String> storedDates(Path db) {
        return select(db, "SELECT ?d WHERE { GRAPH ?g { ?a <http://schema.org/datePublished> ?d } } ORDER BY DESC(?d)",
                "d");
    }

    static List<String> names(Path db) {
        return select(db, "SELECT DISTINCT ?n WHERE { GRAPH ?g { ?e <http://schema.org/name> ?n } }", "n");
    }

    private static List<String> select(Path db, String query, String var) {
        List<String> values = new ArrayList<>();
        try (NewsStore store = NewsStore.openExisting(db)) {
            Dataset ds = store.dataset();
            ds.begin(ReadWrite.READ);
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(s -> values.add(s.get(var).asLiteral().getLexicalForm()));
            } finally {
                ds.end();
            }
        }
        return values;
    }
}
