package newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.extract.Analysis;
import newsgraph.extract.Entity;
import newsgraph.extract.Extractor;
import newsgraph.names.EntityType;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.Iris;
import newsgraph.rdf.NewsOntology;
import newsgraph.rdf.Schema;
import newsgraph.text.Article;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each disambiguation rule on a short article written for it, extracted by the real extractor and linked
 * with the bundled pack: the context decides, not the name alone, and an entity the context cannot decide
 * stays unlinked.
 */
class LinkerTest {

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static Extractor extractor;

    @BeforeAll
    static void extractor() {
        extractor = Extractor.create().then(new Linker(KnowledgePack.standard()));
    }

    @Test
    void georgiaNearTbilisiAndArmeniaIsTheCountry() {
        Map<String, List<String>> links = links("""
                Georgia and Armenia sign a border agreement

                Officials in Tbilisi said on Monday that Georgia would open two new crossings with Armenia next \
                year. "Georgia wants trade with all its neighbours," the Georgian foreign minister told reporters.
                """);
        assertEquals(List.of(WIKIDATA + "Q230", "https://sws.geonames.org/614540/"), links.get("Georgia"));
        assertEquals(WIKIDATA + "Q399", links.get("Armenia").get(0));
    }

    @Test
    void georgiaNearAtlantaAndAlabamaIsTheUsState() {
        Map<String, List<String>> links = links("""
                Storm damage in Georgia

                Officials in Atlanta said on Monday that Georgia would ask for federal help after the storm. \
                "Georgia needs help now," the governor told reporters, adding that parts of Alabama were hit too.
                """);
        assertEquals(List.of(WIKIDATA + "Q1428"), links.get("Georgia"));
        assertEquals(WIKIDATA + "Q23556", links.get("Atlanta").get(0), "Atlanta, the city in Georgia");
    }

    @Test
    void georgiaWithNothingAroundItStaysUnlinked() {
        Map<String, List<String>> links = links("""
                Talks resume

                Georgia said on Monday that the talks would resume in the spring. "We are ready," a spokesman said.
                """);
        assertTrue(links.containsKey("Georgia"), "the entity is there: " + links);
        assertEquals(List.of(), links.get("Georgia"), "a country of 3.7 million or a US state"
                + " of 11 million: the article does not say");
    }

    @Test
    void labourInBritainIsTheBritishParty() {
        Map<String, List<String>> links = links("""
                Labour promises new homes

                Labour said on Tuesday that it would build a million homes across Britain. "The British people \
                deserve better," the party's leader told reporters in Manchester.
                """);
        assertEquals(List.of(WIKIDATA + "Q9630"), links.get("Labour"));
    }

    @Test
    void labourInAustraliaIsTheAustralianLaborParty() {
        Map<String, List<String>> links = links("""
                Labour promises new homes

                Labour said on Tuesday that it would build a million homes across Australia. "Australians deserve \
                better," the party's leader told reporters in Canberra.
                """);
        assertEquals(List.of(WIKIDATA + "Q216082"), links.get("Labour"), "the British spelling of Labor");
    }

    @Test
    void londonOntarioIsNotTheCapitalOfTheUnitedKingdom() {
        Map<String, List<String>> links = links("""
                Bridge closed in London, Ontario

                London will close the bridge for repairs, city officials said. "London needs a safer crossing," \
                the mayor told the Ontario legislature.
                """);
        assertEquals(WIKIDATA + "Q92561", links.get("London").get(0));
        assertEquals(WIKIDATA + "Q1904", links.get("Ontario").get(0));
    }

    @Test
    void londonOnTheThamesIsTheCapital() {
        Map<String, List<String>> links = links("""
                Bridge closed in London

                London will close the bridge for repairs, officials said. "London needs a safer crossing over the \
                Thames," the British transport minister told reporters.
                """);
        assertEquals(List.of(WIKIDATA + "Q84", "https://sws.geonames.org/2643743/"), links.get("London"));
    }

    @Test
    void aCityNameSharedWithACapitalInAnArticleNamingNoOtherPlaceIsNotTheCapital() {
        // rule "no-context-population": San José (Costa Rica) is a capital, San Jose (California) the larger city;
        // with nothing else named, the capital's standing decided for it
        Map<String, List<String>> links = links("""
                Network maker sues rival over a trademark

                A maker of network equipment based in San Jose sued its rival on Tuesday, saying the name of the \
                rival's new telephone was its own.
                """);
        assertTrue(!links.get("San Jose").contains(WIKIDATA + "Q3070"), links::toString);
    }

    @Test
    void aCityNameSharedWithACapitalInAnArticleNamingItsCountryIsTheCapital() {
        Map<String, List<String>> links = links("""
                Bus strike in San Jose

                Buses in San Jose stopped on Monday as drivers walked out, and officials across Costa Rica said \
                the strike could spread.
                """);
        assertEquals(WIKIDATA + "Q3070", links.get("San Jose").get(0), links::toString);
    }

    @Test
    void aCityNameSharedWithACapitalWrittenWithItsStateIsTheStatesCity() {
        Map<String, List<String>> links = links("""
                Bus strike in San Jose

                Buses in downtown San Jose, California stopped on Monday as drivers walked out, officials said.
                """);
        assertEquals(WIKIDATA + "Q16553", links.get("San Jose").get(0), links::toString);
    }

    @Test
    void aSurnameWithTheOfficeAndTheStateIsThePerson() {
        Map<String, List<String>> links = links("""
                Senate vote delayed

                Senator Wicker said on Monday that the vote would be delayed until June. "We need more time to \
                read the bill," Wicker told reporters in Jackson, Mississippi.
                """);
        assertEquals(List.of(WIKIDATA + "Q390491"), links.get("Wicker"));
    }

    @Test
    void aSurnameWithoutTheOfficeStaysUnlinked() {
        Map<String, List<String>> links = links("""
                Senate vote delayed

                Wicker said on Monday that the vote would be delayed until June. "We need more time to read the \
                bill," Wicker told reporters in Jackson, Mississippi.
                """);
        assertTrue(links.containsKey("Wicker"), "the person is found: " + links);
        assertEquals(List.of(), links.get("Wicker"), "many people are called Wicker; the state alone is not enough");
    }

    @Test
    void aCommonSurnameAloneStaysUnlinked() {
        Map<String, List<String>> links = links("""
                Budget talks stall

                Johnson said the talks would resume next week. "We need more time," Johnson told reporters.
                """);
        assertTrue(links.containsKey("Johnson"), "the person is found: " + links);
        assertEquals(List.of(), links.get("Johnson"));
    }

    @Test
    void linksAreWrittenAsSchemaSameAsAndConformToTheShapes() {
        Analysis analysis = extractor.extract(new Article("georgia", """
                Georgia and Armenia sign a border agreement

                Officials in Tbilisi said on Monday that Georgia would open two new crossings with Armenia. \
                "Georgia wants trade," the Georgian foreign minister told reporters.
                """));
        Model graph = ArticleGraph.of(analysis);
        Resource georgia = graph.createResource(Iris.localEntity(analysis.article().id(), EntityType.PLACE, "Georgia"));
        assertTrue(graph.contains(georgia, Schema.sameAs, graph.createResource(WIKIDATA + "Q230")));
        assertTrue(graph.contains(georgia, Schema.sameAs, graph.createResource("https://sws.geonames.org/614540/")));
        assertTrue(graph.listStatements(null, org.apache.jena.vocabulary.OWL.sameAs, (Resource) null).toList().isEmpty(),
                "owl:sameAs is left to the identity graph (docs/graph.md)");
        ValidationReport report = ShaclValidator.get().validate(NewsOntology.shapes(), graph.getGraph());
        assertTrue(report.conforms(), report.getEntries()::toString);
        // and a link that is neither Wikidata nor GeoNames breaks the shapes
        graph.add(georgia, Schema.sameAs, graph.createResource("https://example.org/georgia"));
        assertTrue(!ShaclValidator.get().validate(NewsOntology.shapes(), graph.getGraph()).conforms());
    }

    /**
     * A place whose full name the pack does not know is not the place a part of its name is ("California
     * Theater", also called "California" in the article) — and a name that repeats a word is no problem
     * ("Walla Walla Theater" once failed the whole article).
     */
    @Test
    void aPartOfAnUnknownNameIsNotTheEntity() {
        String text = "The show opens at the California Theater in San Jose, California. The Walla Walla Theater "
                + "in Walla Walla, Washington, follows.";
        Analysis a = new Analysis(new Article("theaters", text), List.of(), List.of(
                place("p1", text, "California Theater", "California"),
                place("p2", text, "Walla Walla Theater", "Walla Walla")), List.of());
        Analysis linked = new Linker(KnowledgePack.standard()).apply(a);
        assertEquals(Map.of(), linked.sameAs());
        // the same names as entities of their own are linked
        Analysis apart = new Analysis(new Article("theaters", text), List.of(), List.of(
                place("p3", text, "California"), place("p4", text, "Walla Walla")), List.of());
        Map<String, List<String>> links = new Linker(KnowledgePack.standard()).apply(apart).sameAs();
        assertEquals(WIKIDATA + "Q99", links.get("p3").get(0));
        assertEquals(WIKIDATA + "Q", links.get("p4").get(0).substring(0, WIKIDATA.length() + 1));
    }

    /** A place entity with a mention of each name, at its first place in the text. */
    private static Entity place(String key, String text, String... names) {
        List<newsgraph.extract.Mention> mentions = new java.util.ArrayList<>();
        for (String n : names) {
            int at = text.indexOf(n);
            mentions.add(new newsgraph.extract.Mention(new newsgraph.text.Span(at, at + n.length()), n,
                    newsgraph.extract.MentionKind.NAME, key));
        }
        return new Entity(key, newsgraph.names.EntityType.PLACE, names[0], List.of(names), mentions, List.of(),
                List.of(), false);
    }

    /** The links of each named entity by its canonical name; an entity without links maps to an empty list. */
    static Map<String, List<String>> links(String text) {
        return links(extractor, text);
    }

    static Map<String, List<String>> links(Extractor extractor, String text) {
        Analysis a = extractor.extract(new Article("test", text));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Entity e : a.entities()) {
            out.put(e.name(), a.sameAs().getOrDefault(e.key(), List.of()));
        }
        return out;
    }
}
