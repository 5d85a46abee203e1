package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as a user runs it, in a process of its own, for what shows only in its output and its end: the
 * password file moved away while it serves (Jetty re-read it every 5 s and printed a stack trace each time),
 * and Ctrl-C (SIGTERM) while a request is still running.
 */
class ServeProcessTest {

    @TempDir
    Path temp;

    @Test
    void aMovedPasswordFilePrintsNoStackTracesAndSigtermEndsTheServer() throws Exception {
        Path passwords = Files.writeString(temp.resolve("passwords"), "editor: secret\n");
        Path output = temp.resolve("serve.log");
        ChildCommand serve = ChildCommand.start(output, "serve", "--db", temp.resolve("db").toString(), "--port", "0",
                "--allow-updates", "--password-file", passwords.toString());
        String endpoint = awaitEndpoint(serve, output);
        assertFalse(serve.output().contains("warming up"), "a new database is not warmed up by default:\n"
                + serve.output());
        String update = endpoint.replace("/sparql", "/update");

        Files.move(passwords, temp.resolve("passwords.moved"));
        Thread.sleep(7000); // longer than Jetty's 5 s re-reading of the file, which is what printed the traces
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> written = http.send(HttpRequest.newBuilder(URI.create(update))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(
                        "INSERT DATA { GRAPH <urn:test:g> { <urn:a> <urn:b> 1 } }", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(written.statusCode() / 100 == 2, "the password read at start still works: " + written.statusCode());
        HttpResponse<String> malformed = http.send(HttpRequest.newBuilder(URI.create(update))
                .header("Authorization", "Basic !!!!").POST(HttpRequest.BodyPublishers.ofString("update=")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, malformed.statusCode());

        serve.process().destroy(); // SIGTERM, as Ctrl-C
        assertTrue(serve.process().waitFor(60, TimeUnit.SECONDS), "the server ends on SIGTERM:\n" + serve.output());
        assertFalse(serve.output().contains("\tat ") || serve.output().contains("Exception"),
                "no stack trace in the server's output:\n" + serve.output());
    }

    @Test
    void aServerThatWarmsUpSaysSoBeforeItSaysItIsReady() throws Exception {
        Path output = temp.resolve("serve.log");
        ChildCommand serve = ChildCommand.start(output, "serve", "--db", temp.resolve("db").toString(), "--port", "0",
                "--warm-up", "5");
        String endpoint = awaitEndpoint(serve, output);
        String said = serve.output();
        int warmed = said.indexOf("warmed up in");
        assertTrue(said.contains("warming up (at most 5 s)") && warmed >= 0 && warmed < said.indexOf("SPARQL endpoint:"),
                "the warm-up's start and end before the endpoint:\n" + said);
        assertTrue(Pattern.compile("warmed up in [0-9.]+ s: [1-9][0-9]* rounds? of 4 requests").matcher(said).find(),
                "an empty database: the four overviews, in rounds:\n" + said);
        HttpResponse<String> ask = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint
                + "?query=ASK%7B%7D")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ask.statusCode());
        serve.process().destroy();
        assertTrue(serve.process().waitFor(60, TimeUnit.SECONDS), "the server ends on SIGTERM:\n" + serve.output());
    }

    private static String awaitEndpoint(ChildCommand serve, Path output) throws InterruptedException {
        Pattern endpoint = Pattern.compile("SPARQL endpoint:\\s*(\\S+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && serve.process().isAlive()) {
            Matcher m = endpoint.matcher(serve.output());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve never printed its endpoint:\n" + serve.output());
    }
}
