package newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.names.EntityType;
import newsgraph.rdf.Iris;
import newsgraph.server.NewsServer;
import newsgraph.stats.Statistics;
import newsgraph.stats.StatisticsTerms;
import newsgraph.store.NewsStore;
import newsgraph.store.StatisticsTest;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics (issue 16) follow identity (issue 11): after a resolve, after a load that places a new entity on an
 * existing hub, and after a write over HTTP to the identity graph, most-quoted and entities give the same rows from the
 * statistics (a hub's group counts) as counted by real entity, and the statistics equal a rebuild.
 */
class IdentityStatisticsTest {

    private static final String TOM = Iris.entity(EntityType.PERSON, "Tom Halvorsen");

    @TempDir
    Path temp;

    @Test
    void groupCountsFollowResolveAndAnEntityThatLoadJoinsToItsHub() throws Exception {
        List<Path> first = IdentityArticles.write(temp.resolve("first"), articles("minister", IdentityArticles.MINISTER,
                "chef", IdentityArticles.CHEF, "surname", IdentityArticles.SURNAME_ONLY,
                "again", IdentityArticles.FULL_NAME_AGAIN));
        List<Path> more = IdentityArticles.write(temp.resolve("more"), articles("later", """
                Halvorsen opens estate

                Tom Halvorsen said the first homes in Leeds were finished. "Families are moving in," he told the BBC.
                """));
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, first);
            StatisticsTest.assertAgreesWithRecount(store);

            store.resolve();
            String minister = IdentityArticles.entity(store, "minister", "/person/tom-halvorsen");
            String surname = IdentityArticles.entity(store, "surname", "halvorsen");
            assertEquals(TOM, IdentityArticles.hubs(store).get(surname), "the resolve joins 'Mr Halvorsen' to the minister");
            String again = IdentityArticles.entity(store, "again", "/person/tom-halvorsen");
            assertEquals(count(store, minister, StatisticsTerms.STATEMENTS) + count(store, surname,
                    StatisticsTerms.STATEMENTS) + count(store, again, StatisticsTerms.STATEMENTS),
                    count(store, TOM, StatisticsTerms.GROUP_STATEMENTS), "the hub counts the statements of all three");
            long quotedIn = count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED);
            long mentionedIn = count(store, TOM, StatisticsTerms.GROUP_MENTIONED_IN);
            assertEquals(3, mentionedIn, "the minister, 'Mr Halvorsen' and the full name again");
            StatisticsTest.assertAgreesWithRecount(store);

            IdentityArticles.load(store, more);
            String later = IdentityArticles.entity(store, "later", "/person/tom-halvorsen");
            assertEquals(TOM, IdentityArticles.hubs(store).get(later), "load places the full name on its hub");
            assertEquals(quotedIn + 1, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED),
                    "and the hub counts its article");
            assertEquals(mentionedIn + 1, count(store, TOM, StatisticsTerms.GROUP_MENTIONED_IN));
            StatisticsTest.assertAgreesWithRecount(store);
        }
    }

    @Test
    void aWriteOverHttpToTheIdentityGraphRecountsTheGroupsItChanges() throws Exception {
        List<Path> files = IdentityArticles.write(temp.resolve("in"), articles("minister", IdentityArticles.MINISTER,
                "again", IdentityArticles.FULL_NAME_AGAIN));
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            IdentityArticles.load(store, files);
            store.resolve();
            String again = IdentityArticles.entity(store, "again", "/person/tom-halvorsen");
            assertEquals(TOM, IdentityArticles.hubs(store).get(again));
            assertEquals(2, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED));
            Path passwords = Files.writeString(temp.resolve("passwords"), "editor: s3cret-words\n");
            NewsServer server = NewsServer.create().dataset(store.dataset()).port(0).updatesWithPassword(passwords)
                    .build().start();
            try {
                update(server, "DELETE WHERE { GRAPH <" + IdentityGraph.NAME + "> { <" + again
                        + "> <http://www.w3.org/2002/07/owl#sameAs> ?hub } }");
                assertNotEquals(TOM, IdentityArticles.hubs(store).get(again));
                assertEquals(1, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED), "the hub lost an article");
                StatisticsTest.assertAgreesWithRecount(store);

                update(server, "INSERT DATA { GRAPH <" + IdentityGraph.NAME + "> { <" + again
                        + "> <http://www.w3.org/2002/07/owl#sameAs> <" + TOM + "> } }");
                assertEquals(2, count(store, TOM, StatisticsTerms.GROUP_ARTICLES_QUOTED), "and has it again");
                StatisticsTest.assertAgreesWithRecount(store);
            } finally {
                server.stop();
            }
        }
    }

    private static Map<String, String> articles(String... namesAndTexts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            m.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return m;
    }

    private static long count(NewsStore store, String subject, org.apache.jena.graph.Node term) {
        return Txn.calculateRead(store.dataset(), () -> Statistics.count(store.dataset().asDatasetGraph(),
                NodeFactory.createURI(subject), term));
    }

    private static void update(NewsServer server, String update) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret-words".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.updateUrl()))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() / 100 == 2, update + ": " + answer.statusCode() + " " + answer.body());
    }
}
