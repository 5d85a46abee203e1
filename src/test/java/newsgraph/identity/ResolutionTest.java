package newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.names.EntityType;
import newsgraph.rdf.Iris;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;

/** Each identity rule on entities of articles written for it (records as the article graphs would give them). */
class ResolutionTest {

    private static final String WD = "http://www.wikidata.org/entity/";
    private final List<EntityRecord> records = new ArrayList<>();

    /** An entity of article {@code article}; {@code more}: "role:…", "member:…", "with:…", "qid:Q…", "alt:…", "date:…". */
    private EntityRecord add(String article, EntityType type, String name, String... more) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(List.of(name));
        java.util.Set<String> qids = new java.util.LinkedHashSet<>();
        java.util.Set<String> roles = new java.util.LinkedHashSet<>();
        java.util.Set<String> members = new java.util.LinkedHashSet<>();
        java.util.Set<String> context = new java.util.LinkedHashSet<>();
        String date = null;
        for (String m : more) {
            String v = m.substring(m.indexOf(':') + 1);
            switch (m.substring(0, m.indexOf(':'))) {
                case "role" -> roles.add(NameForms.key(v));
                case "member" -> members.add(NameForms.key(v));
                case "with" -> context.add(NameForms.key(v));
                case "qid" -> qids.add(WD + v);
                case "alt" -> names.add(v);
                case "date" -> date = v;
                default -> throw new IllegalArgumentException(m);
            }
        }
        EntityRecord r = new EntityRecord(Iris.localEntity(article, type, name), Iris.article(article), type, name,
                names, qids, qids, roles, members, context, date, null);
        records.add(r);
        return r;
    }

    /** The hub of each record after resolving. */
    private Map<EntityRecord, Node> resolve() {
        Graph identity = Resolver.standard().resolve(records, Iris.DEFAULT_BASE);
        Map<EntityRecord, Node> hubs = new HashMap<>();
        for (EntityRecord r : records) {
            hubs.put(r, identity.find(NodeFactory.createURI(r.iri()), OWL.sameAs.asNode(), Node.ANY).next().getObject());
        }
        return hubs;
    }

    @Test
    void twoPeopleWithOneSurnameInDifferentArticlesStayApartAndASurnameJoinsByContext() {
        EntityRecord tom = add("a1", EntityType.PERSON, "Tom Halvorsen", "role:Housing Minister", "member:Labour",
                "with:Labour", "with:Leeds");
        EntityRecord ingrid = add("a2", EntityType.PERSON, "Ingrid Halvorsen", "role:chef", "with:Copenhagen",
                "with:Noma Kitchen");
        EntityRecord mrHousing = add("a3", EntityType.PERSON, "Mr Halvorsen", "role:Housing Minister",
                "member:Labour", "with:Labour");
        EntityRecord bare = add("a4", EntityType.PERSON, "Halvorsen", "with:Oslo");
        Map<EntityRecord, Node> hub = resolve();
        assertNotEquals(hub.get(tom), hub.get(ingrid), "two full names, two people");
        assertEquals(hub.get(tom), hub.get(mrHousing), "the same role and party: the minister");
        assertNotEquals(hub.get(bare), hub.get(tom), "no context says which Halvorsen: left apart");
        assertNotEquals(hub.get(bare), hub.get(ingrid));
    }

    @Test
    void aSurnameAloneJoinsTheOnlyPersonOfThatSurname() {
        EntityRecord full = add("b1", EntityType.PERSON, "Ruth Calloway");
        EntityRecord titled = add("b2", EntityType.PERSON, "Dr Calloway");
        EntityRecord bare = add("b3", EntityType.PERSON, "Calloway");
        EntityRecord other = add("b4", EntityType.PERSON, "Ruth Calloway-Smith");
        Map<EntityRecord, Node> hub = resolve();
        assertEquals(hub.get(full), hub.get(titled));
        assertEquals(hub.get(full), hub.get(bare));
        assertNotEquals(hub.get(full), hub.get(other));
        assertEquals(Iris.entity(EntityType.PERSON, "Ruth Calloway"), hub.get(full).getURI(),
                "the hub is named by the full name, not the surname");
    }

    @Test
    void aTitleChangeOverTimeIsStillOnePerson() {
        EntityRecord then = add("c1", EntityType.PERSON, "Alan Pemberton", "role:Defence Secretary", "date:2014-08-01");
        EntityRecord now = add("c2", EntityType.PERSON, "Alan Pemberton", "role:former Defence Secretary",
                "date:2019-03-02");
        EntityRecord later = add("c3", EntityType.PERSON, "Mr Pemberton", "role:former Defence Secretary");
        Map<EntityRecord, Node> hub = resolve();
        assertEquals(hub.get(then), hub.get(now));
        assertEquals(hub.get(then), hub.get(later));
    }

    @Test
    void aPlaceNameSharedByTwoCountriesIsTwoPlacesAndAnUnlinkedOneNeither() {
        EntityRecord country = add("d1", EntityType.PLACE, "Georgia", "qid:Q230", "with:Tbilisi");
        EntityRecord state = add("d2", EntityType.PLACE, "Georgia", "qid:Q1428", "with:Atlanta");
        EntityRecord countryAgain = add("d3", EntityType.PLACE, "Georgia", "qid:Q230");
        EntityRecord unknown = add("d4", EntityType.PLACE, "Georgia");
        Map<EntityRecord, Node> hub = resolve();
        assertNotEquals(hub.get(country), hub.get(state), "different Wikidata items never merge");
        assertEquals(hub.get(country), hub.get(countryAgain), "the same item merges");
        assertNotEquals(hub.get(unknown), hub.get(country), "which Georgia is not known: left apart");
        assertNotEquals(hub.get(unknown), hub.get(state));
        Set<String> iris = Set.of(hub.get(country).getURI(), hub.get(state).getURI(), hub.get(unknown).getURI());
        assertEquals(Set.of(Iris.entity(EntityType.PLACE, "Georgia"), Iris.entity(EntityType.PLACE, "Georgia") + "-2",
                Iris.entity(EntityType.PLACE, "Georgia") + "-3"), iris, "namesakes are numbered, never shared");
    }

    @Test
    void anOrganisationAndItsAcronymAreOne() {
        EntityRecord full = add("e1", EntityType.ORGANIZATION, "National Farmers Union");
        EntityRecord acronym = add("e2", EntityType.ORGANIZATION, "NFU");
        EntityRecord suffixed = add("e3", EntityType.ORGANIZATION, "Harwick Holdings Ltd");
        EntityRecord plain = add("e4", EntityType.ORGANIZATION, "Harwick Holdings");
        EntityRecord person = add("e5", EntityType.PERSON, "NFU");
        Map<EntityRecord, Node> hub = resolve();
        assertEquals(hub.get(full), hub.get(acronym));
        assertEquals(hub.get(suffixed), hub.get(plain), "a legal suffix is no part of the name");
        assertNotEquals(hub.get(person), hub.get(full), "types must agree");
    }

    @Test
    void aShortNameJoinsOnlyWhereOneOrganisationHasIt() {
        EntityRecord corps = add("f1", EntityType.ORGANIZATION, "Quince Corps", "with:Beatles");
        EntityRecord computers = add("f2", EntityType.ORGANIZATION, "Quince Computers", "with:iPod");
        EntityRecord shortForMusic = add("f3", EntityType.ORGANIZATION, "Quince", "with:Beatles", "with:EMI");
        EntityRecord shortUnknown = add("f4", EntityType.ORGANIZATION, "Quince");
        Map<EntityRecord, Node> hub = resolve();
        assertNotEquals(hub.get(corps), hub.get(computers));
        assertNotEquals(hub.get(shortUnknown), hub.get(corps), "two organisations start with it: left apart");
        assertNotEquals(hub.get(shortUnknown), hub.get(computers));
        assertNotEquals(hub.get(shortForMusic), hub.get(computers));
    }

    @Test
    void aNamedPartOfAVenueIsTheVenue() {
        // rule "venue-part": were two places
        EntityRecord venue = add("v1", EntityType.PLACE, "Harwick Center");
        EntityRecord part = add("v2", EntityType.PLACE, "Harwick West Convention Center");
        Map<EntityRecord, Node> hub = resolve();
        assertEquals(hub.get(venue), hub.get(part));
    }

    @Test
    void twoVenuesOfOneNameOrAPartWithAnotherLastWordStayApart() {
        // guards of "venue-part": another last word is another building; no compass, no part
        EntityRecord stadium = add("w1", EntityType.PLACE, "Harwick Stadium");
        EntityRecord arena = add("w2", EntityType.PLACE, "Harwick West Arena");
        EntityRecord center = add("w3", EntityType.PLACE, "Kessling Center");
        EntityRecord science = add("w4", EntityType.PLACE, "Kessling Science Center");
        EntityRecord organisation = add("w5", EntityType.ORGANIZATION, "Kessling East Hall");
        Map<EntityRecord, Node> hub = resolve();
        assertNotEquals(hub.get(stadium), hub.get(arena));
        assertNotEquals(hub.get(center), hub.get(science));
        assertNotEquals(hub.get(center), hub.get(organisation));
    }

    @Test
    void twoEntitiesOfOneArticleAreNeverMerged() {
        EntityRecord full = add("g1", EntityType.ORGANIZATION, "Ostmark Aerospace");
        EntityRecord shortOne = add("g1", EntityType.ORGANIZATION, "Ostmark");
        EntityRecord elsewhere = add("g2", EntityType.ORGANIZATION, "Ostmark Aerospace");
        Map<EntityRecord, Node> hub = resolve();
        assertEquals(hub.get(full), hub.get(elsewhere));
        assertNotEquals(hub.get(shortOne), hub.get(full), "the extractor kept them apart in its article");
    }

    @Test
    void theRulesNeverChainTwoWikidataItemsTogether() {
        EntityRecord a = add("h1", EntityType.ORGANIZATION, "Northwind", "qid:Q100001");
        EntityRecord b = add("h2", EntityType.ORGANIZATION, "Northwind", "qid:Q100002");
        EntityRecord c = add("h3", EntityType.ORGANIZATION, "Northwind Group");
        Map<EntityRecord, Node> hub = resolve();
        assertNotEquals(hub.get(a), hub.get(b));
        // "Northwind Group" is "Northwind" without its suffix: which of the two it is, nobody knows
        assertNotEquals(hub.get(c), hub.get(a));
        assertNotEquals(hub.get(c), hub.get(b));
    }

    // ------------------------------------------------------------------ a person's corrections (owl:sameAs, owl:differentFrom)

    private Corrections.Applied applied;

    /** The cluster number of each record after resolving with corrections; hub IRIs stand for members per {@code hubOf}. */
    private Map<EntityRecord, Integer> resolve(Corrections corrections, Map<String, String> hubOf) {
        Resolution.Outcome outcome = Resolution.clusters(records, NameForms.standard(), corrections, hubOf);
        applied = outcome.applied();
        Map<EntityRecord, Integer> cluster = new HashMap<>();
        for (int c = 0; c < outcome.clusters().size(); c++) {
            for (EntityRecord r : outcome.clusters().get(c)) {
                cluster.put(r, c);
            }
        }
        return cluster;
    }

    private static Corrections.Pair pair(EntityRecord a, EntityRecord b) {
        return new Corrections.Pair(a.iri(), b.iri());
    }

    @Test
    void aDifferentFromKeepsApartTwoPeopleTheFullNameRuleWouldJoin() {
        EntityRecord senator = add("k1", EntityType.PERSON, "Dana Whitcombe", "role:senator");
        EntityRecord singer = add("k2", EntityType.PERSON, "Dana Whitcombe", "role:singer");
        EntityRecord again = add("k3", EntityType.PERSON, "Dana Whitcombe", "role:senator");
        assertEquals(resolve(Corrections.NONE, Map.of()).get(senator), resolve(Corrections.NONE, Map.of()).get(singer),
                "without a correction one full name is one person");
        Map<EntityRecord, Integer> c = resolve(new Corrections(List.of(), List.of(pair(senator, singer))), Map.of());
        assertNotEquals(c.get(senator), c.get(singer));
        assertTrue(c.get(again).equals(c.get(senator)) != c.get(again).equals(c.get(singer)),
                "a third article joins one of the two, not both");
        assertEquals(new Corrections.Applied(0, 1, List.of()), applied);
    }

    @Test
    void aSameAsJoinsWhatTheRulesLeaveApartAndOnlyThat() {
        EntityRecord tom = add("l1", EntityType.PERSON, "Tom Halvorsen", "with:Leeds");
        EntityRecord ingrid = add("l2", EntityType.PERSON, "Ingrid Halvorsen", "with:Copenhagen");
        EntityRecord bare = add("l3", EntityType.PERSON, "Halvorsen", "with:Oslo");
        Map<EntityRecord, Integer> before = resolve(Corrections.NONE, Map.of());
        assertNotEquals(before.get(bare), before.get(tom), "no context says which Halvorsen");
        Map<EntityRecord, Integer> c = resolve(new Corrections(List.of(pair(bare, tom)), List.of()), Map.of());
        assertEquals(c.get(bare), c.get(tom));
        assertNotEquals(c.get(ingrid), c.get(tom));
        assertEquals(1, applied.same());
    }

    @Test
    void aSameAsMayJoinTwoEntitiesOfOneArticleThatTheExtractorKeptApart() {
        EntityRecord longName = add("m1", EntityType.ORGANIZATION, "Royal Vantish Navy");
        EntityRecord acronym = add("m1", EntityType.ORGANIZATION, "RVN");
        Map<EntityRecord, Integer> c = resolve(new Corrections(List.of(pair(acronym, longName)), List.of()), Map.of());
        assertEquals(c.get(acronym), c.get(longName));
    }

    @Test
    void aSameAsAcrossTypesOrAgainstADifferentFromOrOfAnUnknownIriIsIgnoredWithWhy() {
        EntityRecord person = add("n1", EntityType.PERSON, "Morgan Stanfield");
        EntityRecord company = add("n2", EntityType.ORGANIZATION, "Stanfield Foods");
        EntityRecord a = add("n3", EntityType.PERSON, "Priya Okafor");
        EntityRecord b = add("n4", EntityType.PERSON, "P. Okafor");
        Corrections corrections = new Corrections(
                List.of(pair(person, company), pair(a, b), new Corrections.Pair(a.iri(), "https://example.org/nobody")),
                List.of(pair(a, b)));
        Map<EntityRecord, Integer> c = resolve(corrections, Map.of());
        assertNotEquals(c.get(person), c.get(company));
        assertNotEquals(c.get(a), c.get(b));
        assertEquals(0, applied.same());
        assertEquals(1, applied.different());
        assertEquals(3, applied.ignored().size(), applied.toString());
        String why = String.join("\n", applied.ignored());
        assertTrue(why.contains("one type, not [organization, person]"), why);
        assertTrue(why.contains("an owl:differentFrom says otherwise"), why);
        assertTrue(why.contains("<https://example.org/nobody> is no entity or hub of this store"), why);
    }

    @Test
    void aHubIriInACorrectionStandsForEveryEntityTheHubHad() {
        EntityRecord first = add("o1", EntityType.ORGANIZATION, "Kestrel Mining");
        EntityRecord second = add("o2", EntityType.ORGANIZATION, "Kestrel Mining");
        EntityRecord other = add("o3", EntityType.ORGANIZATION, "Kestrel Mining");
        String hub = "https://w3id.org/newsgraph/id/organization/kestrel-mining";
        Map<String, String> hubOf = Map.of(first.iri(), hub, second.iri(), hub);
        Map<EntityRecord, Integer> c = resolve(
                new Corrections(List.of(), List.of(new Corrections.Pair(hub, other.iri()))), hubOf);
        assertEquals(c.get(first), c.get(second), "the hub's members stay together");
        assertNotEquals(c.get(other), c.get(first), "and apart from the entity a person said is another");
    }
}
