package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.identity.Corrections;
import newsgraph.identity.IdentityGraph;
import newsgraph.store.NewsStore;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resolve --corrections FILE} (issue 11, "what to do when identity is wrong"): a person's owl:differentFrom
 * and owl:sameAs, kept in the database and applied by every later resolve, on two articles written for it — a
 * senator and a singer who share a full name.
 */
class ResolveCorrectionsTest {

    private static final String SENATOR = """
            Senate vote expected on Thursday

            Senator Dana Whitcombe said on Tuesday that the farm bill would pass this week. "We have the votes," \
            Ms Whitcombe told reporters in the capital.
            """;
    private static final String SINGER = """
            Tour dates announced

            The singer Dana Whitcombe said her tour would start in Glasgow in June. "I can't wait to be back on \
            stage," Whitcombe said.
            """;

    @TempDir
    Path temp;

    @Test
    void aDifferentFromSplitsWhatTheFullNameRuleJoinedAndEveryLaterResolveKeepsIt() throws IOException {
        Path db = temp.resolve("db");
        Path senator = write("senator", SENATOR);
        Path singer = write("singer", SINGER);
        assertEquals(ExitCode.OK, CommandRun.of("load", senator.toString(), singer.toString(), "--db", db.toString()).exit());
        assertEquals(ExitCode.OK, CommandRun.of("resolve", "--db", db.toString()).exit());
        String a = entity(senator);
        String b = entity(singer);
        assertEquals(hubs(db).get(a), hubs(db).get(b), "without a correction one full name is one person");

        Path corrections = Files.writeString(temp.resolve("corrections.ttl"), """
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                <%s> owl:differentFrom <%s> .
                """.formatted(a, b));
        CommandRun run = CommandRun.of("resolve", "--corrections", corrections.toString(), "--db", db.toString())
                .withoutStackTrace();
        assertEquals(ExitCode.OK, run.exit(), run.toString());
        assertTrue(run.messages().contains(
                "newsgraph resolve: corrections applied: 0 owl:sameAs, 1 owl:differentFrom; 0 ignored"), run.toString());
        Map<String, String> hub = hubs(db);
        assertNotNull(hub.get(a));
        assertNotEquals(hub.get(a), hub.get(b));

        // kept in the database: a plain resolve applies it again and changes nothing
        CommandRun again = CommandRun.of("resolve", "--db", db.toString());
        assertTrue(again.messages().get(0).contains(" 0 hubs changed"), again.toString());
        assertEquals(hub, hubs(db));

        // a wrong file: a clear line, exit 3, and the stored corrections stay as they were
        Path wrong = Files.writeString(temp.resolve("wrong.ttl"), """
                @prefix schema: <http://schema.org/> .
                <%s> schema:name "Someone else" .
                """.formatted(a));
        CommandRun refused = CommandRun.of("resolve", "--corrections", wrong.toString(), "--db", db.toString())
                .withoutStackTrace();
        assertEquals(ExitCode.BAD_INPUT, refused.exit(), refused.toString());
        assertEquals(1, refused.messages().size(), refused.toString());
        assertTrue(refused.messages().get(0).startsWith("newsgraph resolve: ")
                && refused.messages().get(0).contains("wrong.ttl: only owl:sameAs and owl:differentFrom"), refused.toString());
        Path broken = Files.writeString(temp.resolve("broken.ttl"), "<a> <b> .\n");
        CommandRun unparsable = CommandRun.of("resolve", "--corrections", broken.toString(), "--db", db.toString())
                .withoutStackTrace();
        assertEquals(ExitCode.BAD_INPUT, unparsable.exit(), unparsable.toString());
        assertTrue(unparsable.messages().get(0).contains("broken.ttl: not Turtle"), unparsable.toString());
        try (NewsStore store = NewsStore.openExisting(db)) {
            assertEquals(1, store.tripleCount(Corrections.NAME));
        }
        assertEquals(hub, hubs(db));
    }

    @Test
    void loadLeavesAnEntityThatACorrectionNamesToResolveAndAnUnknownIriIsReportedNotLost() throws IOException {
        Path db = temp.resolve("db");
        Path senator = write("senator", SENATOR);
        Path singer = write("singer", SINGER);
        assertEquals(ExitCode.OK, CommandRun.of("load", singer.toString(), "--db", db.toString()).exit());
        String a = entity(senator); // not loaded yet: its IRI is known from its text (article ids are content-based)
        String b = entity(singer);
        Path corrections = Files.writeString(temp.resolve("c.nt"),
                "<" + a + "> <http://www.w3.org/2002/07/owl#differentFrom> <" + b + "> .\n");
        CommandRun early = CommandRun.of("resolve", "--corrections", corrections.toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, early.exit(), early.toString());
        assertTrue(early.messages().stream().anyMatch(m -> m.startsWith("newsgraph resolve: correction ignored: <" + a
                + "> owl:differentFrom <" + b + ">: <" + a + "> is no entity or hub of this store")), early.toString());

        // the senator's full name has a hub already (the singer's); load would join them, the correction says no
        CommandRun load = CommandRun.of("load", senator.toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, load.exit(), load.toString());
        assertTrue(load.messages().get(0).matches("newsgraph load: \\d+ entities await resolve .*"), load.toString());
        assertEquals(null, hubs(db).get(a), "left to resolve, not placed by load");
        CommandRun resolve = CommandRun.of("resolve", "--db", db.toString());
        assertTrue(resolve.messages().contains(
                "newsgraph resolve: corrections applied: 0 owl:sameAs, 1 owl:differentFrom; 0 ignored"), resolve.toString());
        assertNotEquals(hubs(db).get(a), hubs(db).get(b));
    }

    private Path write(String stem, String text) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("in"));
        return Files.writeString(dir.resolve(stem + ".txt"), text);
    }

    /** The article-scoped IRI of the person Dana Whitcombe in an article, as extraction names it. */
    private static String entity(Path article) {
        CommandRun run = CommandRun.of("extract", article.toString(), "--format", "nt");
        Matcher m = Pattern.compile("<(https://w3id\\.org/newsgraph/id/article/[^>]+/person/dana-whitcombe)>")
                .matcher(run.out());
        assertTrue(m.find(), run.toString());
        return m.group(1);
    }

    private static Map<String, String> hubs(Path db) {
        try (NewsStore store = NewsStore.openExisting(db)) {
            return Txn.calculateRead(store.dataset(), () -> IdentityGraph.hubs(store.dataset().asDatasetGraph()));
        }
    }
}
