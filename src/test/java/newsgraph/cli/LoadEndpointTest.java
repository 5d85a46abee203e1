package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.NG;
import newsgraph.server.PasswordedFuseki;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --endpoint}: graphs sent to a second Fuseki, in a process of its own, behind a password. */
class LoadEndpointTest {

    private static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");
    private static final String USER = "newsroom";
    private static final String PASSWORD = "s3cret-Pass";

    @TempDir
    static Path temp;
    private static Process fuseki;
    private static String endpoint;
    private static Path passwordFile;

    @BeforeAll
    static void startAPasswordedFuseki() throws IOException {
        Path realm = Files.writeString(temp.resolve("realm.properties"), USER + ": " + PASSWORD + "\n");
        passwordFile = Files.writeString(temp.resolve("password.txt"), PASSWORD + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        fuseki = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PasswordedFuseki.class.getName(),
                realm.toString(), USER).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(fuseki.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("port=")) {
                endpoint = "http://127.0.0.1:" + line.substring(5).strip() + "/ds/data";
                return;
            }
        }
        throw new IllegalStateException("the second Fuseki did not start");
    }

    @AfterAll
    static void stopIt() throws Exception {
        fuseki.getOutputStream().close();
        if (!fuseki.waitFor(20, TimeUnit.SECONDS)) {
            fuseki.destroyForcibly();
        }
    }

    @Test
    void loadSendsEachArticleGraphAndReloadingReplacesIt() throws Exception {
        Article seed = new ArticleReader().read(SEED);
        // as load makes it: extracted, then linked (issue 11)
        Model expected = ArticleGraph.of(Extractor.create()
                .then(new newsgraph.link.Linker(newsgraph.link.KnowledgePack.standard())).extract(seed));

        for (int round = 0; round < 2; round++) {
            CommandRun run = CommandRun.of("load", SEED.toString(), "--endpoint", endpoint, "--user", USER,
                    "--password-file", passwordFile.toString()).withoutStackTrace();
            assertEquals(ExitCode.OK, run.exit(), run.toString());
            assertTrue(run.messages().get(run.messages().size() - 1).startsWith("newsgraph load: loaded 1 article: ")
                    && run.messages().get(run.messages().size() - 1).endsWith("(endpoint " + endpoint + ")"), run.toString());

            Model stored = remoteGraph(ArticleGraph.graphName(seed));
            assertTrue(stored.isIsomorphicWith(expected), "the endpoint holds the article's graph, triple for triple"
                    + (round == 1 ? ", once, after loading it again" : ""));
        }
        assertTrue(remoteGraph(NG.ONTOLOGY).size() > 0, "the ontology graph goes along, for the queries' labels");
    }

    @Test
    void aWrongPasswordIsOneLineAndExitCode4() throws IOException {
        Path wrong = Files.writeString(temp.resolve("wrong.txt"), "not-it\n");
        CommandRun run = CommandRun.of("load", SEED.toString(), "--endpoint", endpoint, "--user", USER,
                "--password-file", wrong.toString()).withoutStackTrace();
        assertEquals(ExitCode.STORE, run.exit(), run.toString());
        assertEquals(List.of("newsgraph load: the endpoint " + endpoint + " refused the graph (HTTP 401): check --user"
                + " and --password-file"), run.messages());
    }

    @Test
    void noCredentialsSaysWhatIsNeeded() {
        CommandRun run = CommandRun.of("load", SEED.toString(), "--endpoint", endpoint).withoutStackTrace();
        assertEquals(ExitCode.STORE, run.exit(), run.toString());
        assertTrue(run.messages().get(0).endsWith("it needs --user and --password-file"), run.toString());
    }

    @Test
    void wrongOptionCombinationsAreUsageErrors() {
        assertEquals(List.of("newsgraph load: give either --db or --endpoint, not both"),
                CommandRun.of("load", SEED.toString(), "--endpoint", endpoint, "--db", temp.resolve("db").toString())
                        .messages());
        assertEquals(List.of("newsgraph load: --user and --password-file go together"),
                CommandRun.of("load", SEED.toString(), "--endpoint", endpoint, "--user", USER).messages());
        CommandRun missingFile = CommandRun.of("load", SEED.toString(), "--endpoint", endpoint, "--user", USER,
                "--password-file", temp.resolve("absent.txt").toString());
        assertEquals(ExitCode.USAGE, missingFile.exit(), missingFile.toString());
        assertEquals(List.of("newsgraph load: cannot read the password file " + temp.resolve("absent.txt")
                + " (no such file)"), missingFile.messages());
        CommandRun unreachable = CommandRun.of("load", SEED.toString(), "--endpoint", "ftp://example.org/data");
        assertEquals(ExitCode.USAGE, unreachable.exit(), unreachable.toString());
    }

    private static Model remoteGraph(String graphName) throws Exception {
        HttpRequest get = HttpRequest.newBuilder(URI.create(endpoint + "?graph="
                        + URLEncoder.encode(graphName, StandardCharsets.UTF_8)))
                .header("Accept", "application/n-triples")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(get,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(model);
        return model;
    }
}
