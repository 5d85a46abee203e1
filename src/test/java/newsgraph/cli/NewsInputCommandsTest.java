package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import newsgraph.source.TestCrawl;
import newsgraph.store.NewsStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The news formats through the commands: one file of many articles gives many graphs (N-Quads or TriG on standard
 * output, or one file each), a directory mixes every format, and articles in other languages are skipped with one
 * line each and counted.
 */
class NewsInputCommandsTest {

    private static final String QUOTE = "\u201cWe will open the new bridge in the spring,\u201d said Nora Quist,"
            + " the city's engineer.";

    @TempDir
    Path temp;

    @Test
    void extractWritesEveryArticleOfAJsonLinesFileAsItsOwnGraph() throws Exception {
        Path file = jsonLines(temp.resolve("feed.jsonl"));
        for (String format : List.of("nq", "trig")) {
            CommandRun run = CommandRun.of("extract", file.toString(), "--format", format).withoutStackTrace();
            assertEquals(ExitCode.OK, run.exit(), run.toString());
            Dataset ds = DatasetFactory.create();
            RDFParser.fromString(run.out(), format.equals("nq") ? Lang.NQUADS : Lang.TRIG).parse(ds);
            Set<String> graphs = new TreeSet<>();
            ds.listNames().forEachRemaining(graphs::add);
            assertEquals(Set.of(
                    "https://w3id.org/newsgraph/id/article/" + newsgraph.text.ArticleId.ofUrl("https://wire.example/1"),
                    "https://w3id.org/newsgraph/id/article/" + newsgraph.text.ArticleId.ofUrl("https://wire.example/2")),
                    graphs, format);
        }
    }

    @Test
    void extractWritesOneFilePerArticleOfACrawl() throws Exception {
        Path crawl = new TestCrawl()
                .page("https://city.example/a", Instant.parse("2024-03-01T10:00:00Z"), page("Bridge", QUOTE))
                .page("https://city.example/b", Instant.parse("2024-03-02T10:00:00Z"), page("Roads",
                        QUOTE.replace("bridge", "road")))
                .pdf("https://city.example/plan.pdf", Instant.parse("2024-03-02T10:00:00Z"))
                .write(temp.resolve("city.warc.gz"));
        Path out = temp.resolve("out");
        CommandRun run = CommandRun.of("extract", crawl.toString(), "--output-dir", out.toString(), "--format", "ttl")
                .withoutStackTrace();
        assertEquals(ExitCode.OK, run.exit(), run.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count());
        }

        CommandRun toStdout = CommandRun.of("extract", crawl.toString(), "--format", "ttl").withoutStackTrace();
        assertEquals(ExitCode.USAGE, toStdout.exit(), toStdout.toString());
        assertEquals(List.of("newsgraph extract: " + crawl + " holds many articles: give --output-dir DIR (one"
                + " output file per article), or --format nq or trig (each article its own graph on standard output)"),
                toStdout.messages());
    }

    /** Spanish that says so, French that does not: each skipped with one line, and counted; English loads. */
    @Test
    void articlesInOtherLanguagesAreSkippedAndCounted() throws Exception {
        Path file = Files.writeString(temp.resolve("world.jsonl"), String.join("\n",
                line("https://wire.example/en", "en", "The bridge will open in spring. " + QUOTE),
                line("https://wire.example/es", "es", "El puente abrir\u00e1 en primavera, dijo la ingeniera de la"
                        + " ciudad, que anunci\u00f3 tambi\u00e9n nuevas obras en el centro durante el pr\u00f3ximo"
                        + " a\u00f1o."),
                line("https://wire.example/fr", null, "Le nouveau pont ouvrira au printemps, a d\u00e9clar\u00e9"
                        + " l'ing\u00e9nieure de la ville, qui a aussi annonc\u00e9 des travaux dans le centre pendant"
                        + " l'ann\u00e9e prochaine et une nouvelle biblioth\u00e8que pour les \u00e9coles du quartier."))
                + "\n");
        Path db = temp.resolve("db");
        CommandRun run = CommandRun.of("load", file.toString(), "--db", db.toString()).withoutStackTrace();
        assertEquals(ExitCode.OK, run.exit(), run.toString());
        assertTrue(run.messages().contains("newsgraph load: " + file + ":2: in Spanish (it declares \"es\"), not"
                + " English: skipped"), run.toString());
        assertTrue(run.messages().contains("newsgraph load: " + file + ":3: in French (detected), not English:"
                + " skipped"), run.toString());
        String summary = run.messages().get(run.messages().size() - 1);
        assertTrue(summary.startsWith("newsgraph load: loaded 1 article: ") && summary.contains(
                "; 2 not in English (skipped); 0 failed;"), summary);
    }

    /** A directory of text, a page, a crawl and gzipped JSON Lines: every article of every file loads. */
    @Test
    void aDirectoryMixesEveryFormat() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("news"));
        Files.writeString(dir.resolve("note.txt"), "Bridge news\n\n" + QUOTE.replace("spring", "summer") + "\n");
        Files.writeString(dir.resolve("story.html"), page("Bridge plans", QUOTE.replace("spring", "autumn")));
        new TestCrawl().page("https://city.example/c", Instant.parse("2024-03-03T10:00:00Z"),
                page("Bridge delay", QUOTE.replace("spring", "winter"))).write(dir.resolve("crawl.warc.gz"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("feed.jsonl.gz")))) {
            new ByteArrayInputStream(Files.readAllBytes(jsonLines(temp.resolve("feed.jsonl")))).transferTo(gz);
        }
        Path db = temp.resolve("db");
        CommandRun run = CommandRun.of("load", dir.toString(), "--db", db.toString()).withoutStackTrace();
        assertEquals(ExitCode.OK, run.exit(), run.toString());
        assertTrue(run.messages().get(run.messages().size() - 1).startsWith("newsgraph load: loaded 5 articles: "),
                run.toString());
        try (NewsStore store = NewsStore.openExisting(db)) {
            assertEquals(5, store.articleGraphNames().size());
        }
    }

    private static Path jsonLines(Path file) throws Exception {
        return Files.writeString(file, line("https://wire.example/1", "en", "Bridge opens. " + QUOTE) + "\n"
                + line("https://wire.example/2", null, "Road opens. " + QUOTE.replace("bridge", "road")) + "\n");
    }

    private static String line(String url, String language, String text) {
        return "{\"url\": \"" + url + "\", \"title\": \"News\", \"date\": \"2024-03-01T09:00:00Z\", \"publisher\":"
                + " {\"name\": \"Wire\", \"url\": \"https://wire.example/\"}, \"author\": [\"Kim Ode\"],"
                + (language == null ? "" : " \"language\": \"" + language + "\",") + " \"text\": \""
                + text.replace("\"", "\\\"") + "\"}";
    }

    private static String page(String headline, String paragraph) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + headline + "</title></head><body>"
                + "<article><h1>" + headline + "</h1><p>The city council met on Tuesday.</p><p>" + paragraph
                + "</p></article></body></html>";
    }
}
