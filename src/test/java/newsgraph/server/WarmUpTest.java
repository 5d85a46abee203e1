package newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.store.NamedQuery;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --warm-up}: the server sends its named queries to itself with parameters from its own data, and leaves
 * out a query whose subject it could not name (unbound, a name matches everyone).
 */
class WarmUpTest {

    @Test
    void theParametersComeFromTheDataAndEveryNamedQueryIsSentWithThem() {
        String endpoint = SeededServer.server().sparqlUrl();
        Map<String, String> chosen = WarmUp.parameters(endpoint);
        // the seed quotes people about other people, organisations and places
        for (String parameter : List.of("speaker_name", "name", "about_name", "text_contains", "org_name", "place_name")) {
            assertTrue(chosen.containsKey(parameter) && !chosen.get(parameter).isBlank(), parameter + ": " + chosen);
        }
        assertEquals(chosen.get("speaker_name"), chosen.get("name"), "entities-named looks the speaker up");
        assertTrue(chosen.get("text_contains").chars().allMatch(Character::isLetter), chosen.get("text_contains"));

        List<Query> requests = WarmUp.requests(chosen);
        Set<String> packaged = NamedQuery.packaged();
        assertTrue(requests.size() >= packaged.size(), "a page of every named query: " + requests.size() + " for "
                + packaged);
        for (Query request : requests) {
            assertTrue(request.hasLimit() || request.toString().contains("LIMIT"), "a page, not a whole list:\n" + request);
        }

        WarmUp.Report report = WarmUp.run(endpoint, Duration.ofSeconds(10));
        assertTrue(report.rounds() >= 1, report.toString());
        assertEquals(requests.size(), report.requests());
        assertTrue(report.seconds() <= 10 + 10, "within its time, give or take the round it was in: " + report);
    }

    @Test
    void withoutParametersOnlyTheOverviewsAreSent() {
        // an empty database chooses nothing: most-quoted, entities (of people), counts by month and by outlet, which
        // name no one; a per-person query with its name unbound would read every statement
        assertEquals(4, WarmUp.requests(Map.of()).size());
    }

    @Test
    void byDefaultOnlyALargeDatabaseThatLoadsNothingWarmsUp() {
        long large = WarmUp.LARGE_INDEXES_BYTES;
        assertEquals(WarmUp.BY_DEFAULT, WarmUp.byDefault(large + 1, false), "indexes over the size");
        assertEquals(Duration.ZERO, WarmUp.byDefault(large, false), "indexes of the size itself");
        assertEquals(Duration.ZERO, WarmUp.byDefault(0, false), "a new database");
        assertEquals(Duration.ZERO, WarmUp.byDefault(large + 1, true), "a server that loads as it starts");
        assertTrue(WarmUp.BY_DEFAULT.toSeconds() >= 60, "long enough for the 100,000-article store's 60 s: "
                + WarmUp.BY_DEFAULT);
    }
}
