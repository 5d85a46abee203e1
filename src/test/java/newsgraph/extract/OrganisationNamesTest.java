package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import newsgraph.names.EntityType;
import newsgraph.text.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One entity per organisation within an article (issue 12): an organisation named before a role its people hold,
 * its short forms (head words, acronyms, its legal name) grouped with its full name, and different organisations
 * kept apart. Each case is a short article written for the test, not taken from any evaluation article.
 */
class OrganisationNamesTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.create();
    }

    // ------------------------------------------------------------------ an organisation before a role

    @Test
    void anOrganisationBeforeACompanyRoleIsTheOrganisationAndThePersonHoldsTheRole() {
        // "Juniper" is also a first name: "Juniper CEO" was read as a person's name
        Analysis a = read("The new tablet was shown by Juniper CEO Laura Hart on Monday. Juniper said sales were strong.");
        Entity juniper = only(a, "Juniper");
        assertEquals(EntityType.ORGANIZATION, juniper.type());
        assertEquals(2, nameMentions(juniper), juniper::toString);
        Entity hart = only(a, "Laura Hart");
        assertEquals(EntityType.PERSON, hart.type());
        assertTrue(hart.roles().stream().anyMatch(r -> r.title().equals("CEO") && juniper.key().equals(r.inEntityKey())),
                hart.roles()::toString);
        assertTrue(hart.memberOf().contains(juniper.key()), hart::toString);
        assertNoEntityNamed(a, "Juniper CEO");
    }

    @Test
    void aCompanyRoleWithNoNameAfterItNamesOnlyItsOrganisation() {
        Analysis a = read("Tom Bell, the Hazel Chief Executive Officer, said the plant would open in May.");
        assertEquals(EntityType.ORGANIZATION, only(a, "Hazel").type());
        assertNoEntityNamed(a, "Hazel Chief Executive Officer");
    }

    @Test
    void aQualifierBeforeAGovernmentTitleIsNoOrganisation() {
        Analysis a = read("Shadow Health Secretary Helen Kirkby said the plan would fail.");
        assertEquals(EntityType.PERSON, only(a, "Helen Kirkby").type());
        assertNoEntityNamed(a, "Shadow Health");
        assertNoEntityNamed(a, "Shadow");
    }

    // ------------------------------------------------------------------ short forms

    @Test
    void theHeadWordOfAnOrganisationsNameIsTheOrganisation() {
        Analysis a = read("Xerox Holdings won the contract on Monday. Shares in Xerox rose, and the deal was fought "
                + "between Kodak and Xerox Holdings, Xerox ultimately winning it.");
        Entity xerox = only(a, "Xerox Holdings");
        assertTrue(xerox.names().contains("Xerox"), xerox::toString);
        assertEquals(4, nameMentions(xerox), xerox::toString);
        assertNoOtherEntityNamed(a, "Xerox", xerox);
    }

    @Test
    void aNameAfterAKnownNameAndAndBeginsAfterTheAnd() {
        Analysis a = read("The deal was fought between Kodak and Xerox Holdings, Xerox ultimately winning it.");
        assertNoEntityNamed(a, "and Xerox Holdings");
        assertEquals(EntityType.ORGANIZATION, only(a, "Xerox Holdings").type());
    }

    @Test
    void aHeadWordSharedByTwoOrganisationsStaysApart() {
        Analysis a = read("Pebble Computer and Pebble Records met on Tuesday. Pebble's lawyers said nothing more.");
        Entity computer = only(a, "Pebble Computer");
        Entity records = only(a, "Pebble Records");
        assertTrue(computer != records && !computer.names().contains("Pebble") && !records.names().contains("Pebble"),
                () -> names(a).toString());
    }

    @Test
    void anAcronymOfTheNameWithoutItsLegalFormIsTheCompany() {
        Analysis a = read("Vantor Aeronautic Defence & Space NV (VADS) said it would bid. VADS did not say how much.");
        Entity vads = only(a, "Vantor Aeronautic Defence & Space NV");
        assertTrue(vads.names().contains("VADS"), vads::toString);
        assertEquals(3, nameMentions(vads), vads::toString);
    }

    @Test
    void anAcronymAfterACountrysAbbreviationIsTheOrganisationNamedWithoutIt() {
        Analysis a = read("The USCG said it had found the boat. The Coast Guard said two men were rescued. "
                + "The USCG thanked the crew.");
        Entity guard = only(a, "Coast Guard");
        assertTrue(guard.names().contains("USCG"), guard::toString);
        assertNoOtherEntityNamed(a, "USCG", guard);
    }

    @Test
    void anAcronymMadeOfTheBeginningsOfTheWordsIsTheOnlyOrganisationItFits() {
        Analysis a = read("Kestrel Airways said it would cut fares. KESA said the cuts would start in June. "
                + "KESA flies to Lisbon.");
        Entity kestrel = only(a, "Kestrel Airways");
        assertTrue(kestrel.names().contains("KESA"), kestrel::toString);
        assertEquals(3, nameMentions(kestrel));
    }

    @Test
    void anAcronymThatFitsTwoOrganisationsByTheBeginningsOfWordsJoinsNeither() {
        Analysis a = read("Kestrel Airways said it would cut fares. Kessling Aviation said it would not. "
                + "KESA said the cuts would start in June. KESA flies to Lisbon.");
        assertTrue(!only(a, "Kestrel Airways").names().contains("KESA")
                && !only(a, "Kessling Aviation").names().contains("KESA"), () -> names(a).toString());
    }

    @Test
    void aCompanysLegalNameAndItsNameWithAnotherWordAreOneCompany() {
        Analysis a = read("Tavistock Motors sold more cars this year. Tavistock Inc. said profits rose.");
        Entity tavistock = only(a, "Tavistock Inc.");
        assertTrue(tavistock.names().contains("Tavistock Motors"), tavistock::toString);
        assertEquals("Tavistock Inc.", tavistock.name(), "the legal name is the canonical one");
    }

    @Test
    void twoFullNamesWithOneHeadWordInOneSentenceAreTwoOrganisations() {
        Analysis a = read("Ostrander Inc. and Ostrander Records settled their dispute on Friday.");
        assertTrue(only(a, "Ostrander Inc.") != only(a, "Ostrander Records"), () -> names(a).toString());
    }

    @Test
    void organisationsOfTwoCountriesWithOneNameAreTwo() {
        Analysis a = read("Jets from the Royal Saudi Air Force and the UAE Air Force joined the United States Air Force "
                + "in the exercise.");
        assertTrue(only(a, "UAE Air Force") != only(a, "United States Air Force"), () -> names(a).toString());
    }

    @Test
    void twoOrganisationsOfOneNameJoinedByAndAreTwoNames() {
        Analysis a = read("A statement from the company said that \"Quillon and Quillon Records now differ on the deal.\"");
        assertNoEntityNamed(a, "Quillon and Quillon Records");
        assertEquals(EntityType.ORGANIZATION, only(a, "Quillon Records").type());
    }

    @Test
    void aFirstNameThatIsAlsoAWordAndBeginsACompanysNameBeginsNoPerson() {
        // "Hazel" is a first name and a word: beside "Hazel Computer", "Hazel Tablet" is the company's product
        Analysis a = read("Hazel Computer showed the Hazel Tablet on Monday. Its price was not given.");
        assertNoEntityNamed(a, "Hazel Tablet");
        assertEquals(EntityType.ORGANIZATION, only(a, "Hazel Computer").type());
    }

    @Test
    void twoNamesJoinedByAHyphenAreTheTwoOrganisations() {
        Analysis a = read("Harwick Council met on Monday. The Harwick Council-Kessling Aviation talks ended early, and "
                + "Kessling Aviation said it would return. Rolls-Royce said nothing.");
        assertNoEntityNamed(a, "Harwick Council-Kessling Aviation");
        Entity council = only(a, "Harwick Council");
        Entity kessling = only(a, "Kessling Aviation");
        assertEquals(2, nameMentions(council), council::toString);
        assertEquals(2, nameMentions(kessling), kessling::toString);
        String text = a.article().text();
        assertTrue(council.mentions().stream().allMatch(m -> text.substring(m.span().begin(), m.span().end()).equals(m.text())));
        assertTrue(kessling.mentions().stream().allMatch(m -> text.substring(m.span().begin(), m.span().end()).equals(m.text())));
        assertEquals(EntityType.ORGANIZATION, only(a, "Rolls-Royce").type(), "a hyphened name whose halves name nothing");
    }

    // ------------------------------------------------------------------ types

    @Test
    void anOrganisationNamedAfterItsBuildingAtWhichSomethingHappensIsThePlace() {
        Analysis a = read("The talks were held at the Fenwick Center in Dayton on Monday.");
        assertEquals(EntityType.PLACE, only(a, "Fenwick Center").type());
    }

    @Test
    void anOrganisationNamedAfterItsBuildingThatSpeaksStaysTheOrganisation() {
        Analysis a = read("The fair was held at the Calder Center in Dayton. The Calder Center said 4,000 people came.");
        assertEquals(EntityType.ORGANIZATION, only(a, "Calder Center").type());
    }

    // ------------------------------------------------------------------ helpers

    private static Analysis read(String paragraph) {
        return extractor.extract(new Article("test", "A Headline For The Test\n\n" + paragraph + "\n"));
    }

    /** The one entity that has this name. */
    private static Entity only(Analysis a, String name) {
        List<Entity> found = a.entities().stream().filter(e -> e.names().contains(name)).toList();
        assertEquals(1, found.size(), () -> "entities named " + name + " among " + names(a));
        assertNotNull(found.get(0));
        return found.get(0);
    }

    private static void assertNoEntityNamed(Analysis a, String name) {
        assertTrue(a.entities().stream().noneMatch(e -> e.names().contains(name)), () -> names(a).toString());
    }

    private static void assertNoOtherEntityNamed(Analysis a, String name, Entity it) {
        assertTrue(a.entities().stream().noneMatch(e -> e != it && e.names().contains(name)), () -> names(a).toString());
    }

    private static long nameMentions(Entity e) {
        return e.mentions().stream().filter(m -> m.kind() == MentionKind.NAME).count();
    }

    private static List<String> names(Analysis a) {
        return a.entities().stream().map(e -> e.type() + " " + e.names()).collect(Collectors.toList());
    }
}
