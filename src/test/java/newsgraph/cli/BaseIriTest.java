package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.store.NewsStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --base} end to end: articles loaded under another base have their IRIs there; the database keeps the base
 * of its first load (another is refused, none means its own); the server answers those IRIs at {@code /id/…} and
 * its pages link locally; {@code extract --base} writes the same IRIs.
 */
class BaseIriTest {

    private static final String BASE = "https://news.example.org/";
    private static final String SEEDS = "seeds";

    @TempDir
    Path temp;

    @Test
    void aDatabaseLoadedUnderABaseKeepsItAndServesItsIris() throws Exception {
        String db = temp.resolve("db").toString();
        CommandRun load = CommandRun.of("load", SEEDS, "--db", db, "--base", BASE);
        assertEquals(ExitCode.OK, load.exit(), load.toString());

        CommandRun said = CommandRun.of("query", "who-said-what", "--db", db, "--format", "csv", "--param",
                "speaker_name=fallon");
        List<String> statements = said.out().lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
        assertFalse(statements.isEmpty(), said.toString());
        assertTrue(statements.stream().allMatch(s -> s.startsWith(BASE + "id/article/")), statements.toString());

        CommandRun other = CommandRun.of("load", SEEDS, "--db", db, "--base", "https://other.example/")
                .withoutStackTrace();
        assertEquals(ExitCode.STORE, other.exit());
        assertEquals(List.of("newsgraph load: database " + db + " holds IRIs under " + BASE + " (its base since its"
                + " first load), not https://other.example/: leave --base out, give --base " + BASE
                + ", or use another --db"), other.messages());

        CommandRun again = CommandRun.of("load", SEEDS, "--db", db);
        assertEquals(ExitCode.OK, again.exit(), "without --base, the database's own");
        try (NewsStore store = NewsStore.openExisting(Path.of(db))) {
            assertTrue(store.articleGraphNames().stream().allMatch(g -> g.startsWith(BASE + "id/article/")),
                    store.articleGraphNames().toString());
            assertEquals(1, store.articleGraphNames().size(), "loading again replaced, never added");
        }

        CommandRun byIri = CommandRun.of("query", "said-about", "--db", db, "--format", "csv", "--param",
                "about_iri=" + BASE + "id/person/jeremy-corbyn");
        assertTrue(byIri.out().lines().count() > 1, byIri.toString());

        CommandRun wrongServe = CommandRun.of("serve", "--db", db, "--port", "0", "--base", "https://other.example/")
                .withoutStackTrace();
        assertEquals(ExitCode.STORE, wrongServe.exit());

        Path output = temp.resolve("serve.log");
        ChildCommand serve = ChildCommand.start(output, "serve", "--db", db, "--port", "0");
        try {
            String site = awaitSite(serve);
            assertTrue(serve.output().contains("IRIs " + BASE + "id/…"), serve.output());
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> see = http.send(HttpRequest.newBuilder(URI.create(site + "id/person/michael-fallon"))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, see.statusCode());
            String location = see.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> data = http.send(HttpRequest.newBuilder(URI.create(site + location.substring(1)))
                    .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(data.body().contains("<" + BASE + "id/person/michael-fallon> <http://schema.org/name>"
                    + " \"Michael Fallon\""), data.body());
            assertFalse(data.body().contains("https://w3id.org/newsgraph/id/"), "no IRI under the default base");

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(site + "page/person/michael-fallon"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Document html = Jsoup.parse(page.body());
            assertTrue(html.selectFirst("dl.facts .iri").text().equals(BASE + "id/person/michael-fallon"));
            assertTrue(html.select("a[href]").stream().map(a -> a.attr("href"))
                    .noneMatch(h -> h.startsWith(BASE) || h.startsWith("https://w3id.org")),
                    "every link goes to this server's pages, none to the base");
            assertTrue(html.select("li.statement a.article").stream().allMatch(a -> a.attr("href")
                    .startsWith("/page/article/")));
        } finally {
            serve.process().destroy();
            serve.process().waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void extractWritesItsIrisUnderTheBase() {
        CommandRun run = CommandRun.of("extract", SEEDS + "/000_97174071596f6616.txt", "--format", "nq", "--base", BASE);
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("/person/michael-fallon>") && run.out().contains("<" + BASE + "id/article/"));
        assertFalse(run.out().contains("https://w3id.org/newsgraph/id/"), "every data IRI moved");
        assertTrue(run.out().contains("<https://w3id.org/newsgraph/ns#"), "the vocabulary stays where it is");
        List<String> graphs = run.out().lines().map(l -> l.substring(l.lastIndexOf(" <") + 2, l.length() - 3))
                .distinct().toList();
        assertEquals(1, graphs.size(), "one named graph: " + graphs);
        assertTrue(graphs.get(0).startsWith(BASE + "id/article/"), "the article's IRI under the base: " + graphs);
    }

    @Test
    void aBaseMustBeAnHttpAddressEndingInASlash() {
        for (String bad : List.of("ftp://example.org/", "https://example.org/news", "not a url", "https://x.org/?a=b/")) {
            CommandRun run = CommandRun.of("load", SEEDS, "--db", temp.resolve("never").toString(), "--base", bad)
                    .withoutStackTrace();
            assertEquals(ExitCode.USAGE, run.exit(), bad);
            assertTrue(run.messages().get(0).contains("the base '" + bad + "' must be"), run.messages().toString());
        }
        assertFalse(temp.resolve("never").toFile().exists(), "no database made");
    }

    private static String awaitSite(ChildCommand serve) throws InterruptedException {
        Pattern browse = Pattern.compile("browse:\\s*(http://\\S+/)search");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && serve.process().isAlive()) {
            Matcher m = browse.matcher(serve.output());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve never printed where to browse:\n" + serve.output());
    }
}
