package newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsgraph.rdf.Iris;
import newsgraph.server.NewsServer;
import newsgraph.store.NewsStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named queries and the pages follow identity, over real HTTP from Fuseki: "what did Tom Halvorsen say" also
 * finds the article that calls him "Mr Halvorsen", and the minister's page shows all three articles.
 */
class IdentityQueriesHttpTest {

    @TempDir
    static Path temp;
    private static NewsStore store;
    private static NewsServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOM = Iris.entity(newsgraph.names.EntityType.PERSON, "Tom Halvorsen");

    @BeforeAll
    static void serve() throws Exception {
        Map<String, String> corpus = new LinkedHashMap<>();
        corpus.put("minister", IdentityArticles.MINISTER);
        corpus.put("chef", IdentityArticles.CHEF);
        corpus.put("surname", IdentityArticles.SURNAME_ONLY);
        corpus.put("again", IdentityArticles.FULL_NAME_AGAIN);
        store = NewsStore.open(temp.resolve("db"));
        IdentityArticles.load(store, IdentityArticles.write(temp.resolve("in"), corpus));
        store.resolve();
        server = NewsServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    /** The answer's rows, each value as a string (an IRI's text, a literal's lexical form), in the query's columns. */
    private static List<String[]> csv(String query, String parameters) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "news/query/" + query
                + "?" + parameters)).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        org.apache.jena.atlas.json.JsonObject json = org.apache.jena.atlas.json.JSON.parse(r.body());
        List<String> vars = json.get("head").getAsObject().get("vars").getAsArray().stream()
                .map(v -> v.getAsString().value()).toList();
        List<String[]> rows = new java.util.ArrayList<>();
        json.get("results").getAsObject().get("bindings").getAsArray().forEach(b -> {
            String[] row = new String[vars.size()];
            for (int i = 0; i < row.length; i++) {
                var cell = b.getAsObject().get(vars.get(i));
                row[i] = cell == null ? "" : cell.getAsObject().get("value").getAsString().value();
            }
            rows.add(row);
        });
        return rows;
    }

    private static String name(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The articles (their ids' readable parts) of the statements a query answers, from its statement column. */
    private static Set<String> articles(List<String[]> rows, int statementColumn) {
        Set<String> out = new TreeSet<>();
        for (String[] row : rows) {
            String iri = row[statementColumn];
            String id = iri.substring(iri.indexOf("/article/") + 9);
            out.add(id.substring(0, id.indexOf('-')));
        }
        return out;
    }

    @Test
    void whatAPersonSaidIncludesTheArticlesThatCallHimOtherwise() throws Exception {
        // who-said-what: speaker, kind, text, headline, published, publisher, statement
        Set<String> byFullName = articles(csv("who-said-what", "speaker_name=" + name("Tom Halvorsen")), 6);
        assertEquals(Set.of("minister", "surname", "again"), byFullName, "'Mr Halvorsen' is found by his full name");
        Set<String> byIri = articles(csv("who-said-what", "speaker_iri=" + name(TOM)), 6);
        assertEquals(byFullName, byIri, "the hub's IRI finds the same");
        Set<String> bySurname = articles(csv("who-said-what", "speaker_name=Halvorsen"), 6);
        assertTrue(bySurname.containsAll(Set.of("minister", "surname", "again", "chef")), bySurname.toString());
        Set<String> chef = articles(csv("who-said-what", "speaker_name=" + name("Ingrid Halvorsen")), 6);
        assertEquals(Set.of("chef"), chef, "the namesake stays apart");
    }

    /**
     * statement-in-context follows identity as the other named queries do (issue 11): by the minister's full name, by his
     * real entity's IRI and by the IRI of the article entity that calls him "Mr Halvorsen", the same statements, from
     * all three of his articles; the chef's stay apart.
     */
    @Test
    void statementInContextFindsTheSameStatementsByNameByTheRealEntityAndByAnyOfItsArticleEntities() throws Exception {
        // statement-in-context: speaker, text, begin, end, sentence, …, article (the last column)
        List<String[]> byName = csv("statement-in-context", "speaker_name=" + name("Tom Halvorsen"));
        int article = byName.isEmpty() ? 0 : byName.get(0).length - 1;
        Set<String> statements = new TreeSet<>();
        byName.forEach(r -> statements.add(r[article] + " " + r[2] + " " + r[1]));
        Set<String> articles = new TreeSet<>();
        byName.forEach(r -> articles.add(r[article].substring(r[article].indexOf("/article/") + 9).replaceFirst("-.*", "")));
        assertEquals(Set.of("minister", "surname", "again"), articles, "'Mr Halvorsen' is found by his full name");
        String member = IdentityArticles.entity(store, "surname", "halvorsen");
        for (String iri : List.of(TOM, member)) {
            Set<String> byIri = new TreeSet<>();
            csv("statement-in-context", "speaker_iri=" + name(iri)).forEach(r -> byIri.add(r[article] + " " + r[2]
                    + " " + r[1]));
            assertEquals(statements, byIri, "the same statements by " + iri);
        }
        Set<String> narrowed = new TreeSet<>();
        csv("statement-in-context", "speaker_iri=" + name(member) + "&text_contains=SCHEDULE").forEach(r ->
                narrowed.add(r[1]));
        assertEquals(Set.of("We are ahead of schedule,"), narrowed, "the words still narrow it");
        assertTrue(csv("statement-in-context", "speaker_name=" + name("Ingrid Halvorsen")).stream()
                .allMatch(r -> r[article].contains("/article/chef-")), "the namesake stays apart");
        assertTrue(csv("statement-in-context", "").size() > statements.size(), "no speaker: every statement");
    }

    /** outlets (and timeline, its twin by month) follow identity as the pages of statements do. */
    @Test
    void whichOutletsQuoteAPersonCountsTheArticlesThatCallHimOtherwise() throws Exception {
        // outlets: publisher, statements, articles, first, last
        List<String[]> tom = csv("outlets", "speaker_name=" + name("Tom Halvorsen"));
        assertEquals(1, tom.size(), "the articles have no outlet: one row");
        assertEquals("3", tom.get(0)[2], "the article that calls him 'Mr Halvorsen' counts too");
        List<String[]> chef = csv("outlets", "speaker_name=" + name("Ingrid Halvorsen"));
        assertEquals("1", chef.get(0)[2], "the namesake stays apart");
    }

    @Test
    void mostQuotedCountsARealEntityOnce() throws Exception {
        // most-quoted: speaker, statements, direct_quotes, articles
        List<String[]> rows = csv("most-quoted", "");
        List<String[]> tom = rows.stream().filter(r -> r[0].equals("Tom Halvorsen")).toList();
        assertEquals(1, tom.size(), "one row for the minister, whatever each article calls him");
        assertEquals("3", tom.get(0)[3], "named in three articles");
        assertTrue(rows.stream().noneMatch(r -> r[0].contains("Mr Halvorsen") || r[0].equals("Halvorsen")));
    }

    @Test
    void theSearchFindsTheRealEntityAndItsPageShowsEveryArticle() throws Exception {
        // entities-named: entity_name, type, articles, entity
        List<String[]> found = csv("entities-named", "name=halvorsen");
        assertTrue(found.stream().anyMatch(r -> r[3].equals(TOM) && r[2].equals("3") && r[1].equals("Person")),
                found.stream().map(List::of).toList().toString());
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "page/person/tom-halvorsen")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        Document doc = Jsoup.parse(page.body());
        assertEquals(3, doc.select("li.statement a.article").stream().map(a -> a.attr("href").replaceFirst("#.*", ""))
                .distinct().count(),
                "his statements from the three articles");
    }

    @Test
    void anArticleEntitysPageLinksToItsRealEntity() throws Exception {
        String member = IdentityArticles.entity(store, "surname", "halvorsen");
        String path = member.substring(Iris.DEFAULT_BASE.length()).replaceFirst("^id/", "page/");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        Document doc = Jsoup.parse(page.body());
        assertTrue(doc.select("a").stream().anyMatch(a -> a.attr("href").equals("/page/person/tom-halvorsen")),
                "a link to the hub's page: " + doc.select("a"));
    }
}
