package newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
