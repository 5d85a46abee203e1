package newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsgraph.cli.Main;
import newsgraph.extract.Extractor;
import newsgraph.store.NewsStore;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsroom's own pack ({@code --kb FILE}): its entries are linked like the bundled ones, a party and a
 * person of the same name are told apart by their type, and a wrong pack file is a one-line message.
 * The ids are Wikidata's sandbox items.
 */
class UserPackTest {

    /** What a newsroom's SPARQL query on query.wikidata.org gives, in the pack's columns (README shows it). */
    static final String PACK = """
            # our newsroom's people and parties
            kind\tqid\tgeonames\tname\taliases\tcountry\tregion\tpopulation\tdemonyms\troles\tparties
            party\thttp://www.wikidata.org/entity/Q4115189\t\tMorgan Party\tMorgan\tUS
            person\tQ13406268\t\tAlex Morgan\t\tUS\tUS-OH\t\t\tmayor\tQ4115189
            """;
    static final String PARTY_ARTICLE = """
            Morgan Party enters the race

            The Morgan Party said on Monday that it would run candidates across Ohio. "We are ready," its \
            chairman told reporters in Columbus.
            """;
    static final String PERSON_ARTICLE = """
            Budget passes

            Mayor Alex Morgan said on Monday that the budget would pass this week. "We are ready," Morgan told \
            reporters in Columbus, Ohio.
            """;
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private static Extractor standard;
    private static Extractor withPack;

    @TempDir
    Path dir;

    @BeforeAll
    static void extractors(@TempDir Path packDir) throws IOException {
        Path pack = packDir.resolve("newsroom.tsv");
        Files.writeString(pack, PACK);
        Extractor base = Extractor.create();
        standard = base.then(new Linker(KnowledgePack.standard()));
        withPack = base.then(new Linker(KnowledgePack.standard().with(KnowledgePack.read(pack))));
    }

    @Test
    void thePartyOfTheNameIsLinkedAsAParty() {
        Map<String, List<String>> links = LinkerTest.links(withPack, PARTY_ARTICLE);
        assertEquals(List.of(WIKIDATA + "Q4115189"), links.get("Morgan Party"), links.toString());
    }

    @Test
    void thePersonOfTheNameIsLinkedAsAPersonAndNeverAsTheParty() {
        Map<String, List<String>> links = LinkerTest.links(withPack, PERSON_ARTICLE);
        assertEquals(List.of(WIKIDATA + "Q13406268"), links.get("Alex Morgan"), links.toString());
        assertFalse(links.values().stream().anyMatch(l -> l.contains(WIKIDATA + "Q4115189")),
                "a person is not a party, whatever the name: " + links);
        // without the newsroom's pack nobody here is known
        assertEquals(List.of(), LinkerTest.links(standard, PERSON_ARTICLE).get("Alex Morgan"));
    }

    @Test
    void extractLinksWithKbAndOnlyWithIt() throws IOException {
        Path article = write("budget.txt", PERSON_ARTICLE);
        Path pack = write("newsroom.tsv", PACK);
        Run with = run("extract", article.toString(), "--format", "nt", "--kb", pack.toString());
        assertEquals(0, with.exit, with.err);
        assertTrue(with.out.contains("/person/alex-morgan> <http://schema.org/sameAs> <"
                + WIKIDATA + "Q13406268> ."), with.out);
        Run without = run("extract", article.toString(), "--format", "nt");
        assertEquals(0, without.exit, without.err);
        assertFalse(without.out.contains("Q13406268"), without.out);
        assertTrue(without.out.contains("<http://schema.org/sameAs> <https://sws.geonames.org/"),
                "the bundled pack still links the places: " + without.out);
    }

    @Test
    void loadStoresTheLinksOfTheUserPack() throws IOException {
        Path article = write("budget.txt", PERSON_ARTICLE);
        Path pack = write("newsroom.tsv", PACK);
        Path db = dir.resolve("db");
        Run load = run("load", article.toString(), "--db", db.toString(), "--kb", pack.toString());
        assertEquals(0, load.exit, load.err);
        try (NewsStore store = NewsStore.open(db)) {
            boolean stored = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution q = QueryExecution.dataset(store.dataset()).query("""
                        ASK { GRAPH ?article { ?person <http://schema.org/sameAs> <http://www.wikidata.org/entity/Q13406268> } }
                        """).build()) {
                    return q.execAsk();
                }
            });
            assertTrue(stored, "the link is in the article's graph in the database");
        }
    }

    @Test
    void aWrongPackFileIsOneLineAndNothingRuns() throws IOException {
        Path article = write("budget.txt", PERSON_ARTICLE);
        Path pack = write("wrong.tsv", "person\tQ1\t\tJane Roe\nplanet\tQ2\t\tMars\n");
        Run extract = run("extract", article.toString(), "--kb", pack.toString());
        assertEquals(2, extract.exit);
        assertEquals("", extract.out);
        assertEquals(List.of("newsgraph extract: " + pack + ":2: unknown kind 'planet' (one of country, region, city,"
                + " party, organization, newspaper, person)"), extract.err.lines().toList());
        Path db = dir.resolve("db");
        Run load = run("load", article.toString(), "--db", db.toString(), "--kb", dir.resolve("missing.tsv").toString());
        assertEquals(2, load.exit);
        assertEquals(List.of("newsgraph load: " + dir.resolve("missing.tsv") + ": no such knowledge pack file"),
                load.err.lines().toList());
        assertFalse(Files.exists(db), "nothing was loaded, no database was made");
    }

    @Test
    void serveTakesKbOnlyWithLoad() throws IOException {
        Path pack = write("newsroom.tsv", PACK);
        Run serve = run("serve", "--db", dir.resolve("db").toString(), "--port", "0", "--kb", pack.toString());
        assertEquals(2, serve.exit);
        assertEquals(List.of("newsgraph serve: --kb goes with --load (it is used when articles are extracted)"),
                serve.err.lines().toList());
        assertFalse(Files.exists(dir.resolve("db")), "refused before the database is opened");
    }

    /** What README's query gives from query.wikidata.org as SPARQL TSV: quoted literals, language tags, IRIs. */
    @Test
    void aPackAsSparqlTsvFromQueryWikidataOrgReadsAsIs() throws IOException {
        Path pack = write("from-wikidata.tsv", String.join("\t", "?kind", "?qid", "?geonames", "?name", "?aliases",
                "?country", "?region", "?population", "?demonyms", "?roles", "?parties") + "\n"
                + String.join("\t", "\"person\"", "<http://www.wikidata.org/entity/Q13406268>", "\"\"",
                "\"Alex Morgan\"@en", "\"Alexandra Morgan|A. Morgan\"", "\"US\"", "\"US-OH\"", "\"\"", "\"\"",
                "\"mayor\"", "\"Q4115189\"") + "\n");
        KnowledgePack read = KnowledgePack.read(pack);
        assertEquals(List.of(new PackEntry(EntryKind.PERSON, "Q13406268", "", "Alex Morgan",
                List.of("Alexandra Morgan", "A. Morgan"), "US", "US-OH", 0, List.of(), List.of("mayor"),
                List.of("Q4115189"))), read.entries());
        assertEquals(read.entries(), read.named("a morgan"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private record Run(int exit, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            System.out.flush();
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
