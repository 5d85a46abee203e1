package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.names.EntityType;
import newsgraph.text.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where a name begins and ends, and what it is, when the lists do not know it (issues 11 and 12): a person written
 * right after an organisation's name, a facility named after a town or a person, a site named after its town, a
 * word no list knows typed by the words written after it. Each case is a sentence written for the test.
 */
class NameEdgesTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.create();
    }

    // ------------------------------------------------------------------ a person after an organisation's name

    @Test
    void aPersonWithAnUnlistedFirstNameAfterAnOrganisationsFieldsIsAPerson() {
        // rule "organisation-then-person": "Relations" ends the fields, "Idrenna Kolvath" is no list's word
        Analysis a = read("Executive director of the Halden chapter of the Council on Arab - Andean Relations "
                + "Idrenna Kolvath said the rules were unfair.");
        assertType(a, "Council on Arab - Andean Relations", EntityType.ORGANIZATION);
        assertType(a, "Idrenna Kolvath", EntityType.PERSON);
        assertNoEntityNamed(a, "Council on Arab");
    }

    @Test
    void aPersonAfterAUniversityNamedByItsPlacesIsAPerson() {
        Analysis a = read("History student at University of Vermont Burlington Zuleyka Oyelaran heard of the "
                + "closure and wrote to the council.");
        assertType(a, "University of Vermont Burlington", EntityType.ORGANIZATION);
        assertType(a, "Zuleyka Oyelaran", EntityType.PERSON);
    }

    @Test
    void aPersonWhoseSurnameIsAlsoATownAfterAnOrganisationIsAPerson() {
        Analysis a = read("A spokeswoman for the Institute for Coastal Studies Idrenna Denver said the survey "
                + "would go on.");
        assertType(a, "Institute for Coastal Studies", EntityType.ORGANIZATION);
        assertType(a, "Idrenna Denver", EntityType.PERSON);
    }

    @Test
    void anOrganisationWhoseFieldsEndInAPlaceKeepsItsPlace() {
        // the words after the fields are a place the lists know: no person there
        Analysis a = read("The board of the University of Vermont said fees would rise next year.");
        assertType(a, "University of Vermont", EntityType.ORGANIZATION);
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), () -> names(a).toString());
    }

    // ------------------------------------------------------------------ facilities and sites

    @Test
    void aTownsNameBeforeAFacilitysWordsIsPartOfTheFacilitysName() {
        // rule "named-facility": not the town "Denver" and a place "Science Center"
        Analysis a = read("The shuttle will go on show at the Denver Science Center next spring, and crowds at "
                + "Madrid Barajas International Airport saw it leave.");
        assertType(a, "Denver Science Center", EntityType.PLACE);
        assertType(a, "Madrid Barajas International Airport", EntityType.PLACE);
        assertNoEntityNamed(a, "Science Center");
        assertNoEntityNamed(a, "Barajas International Airport");
    }

    @Test
    void aWordNoListKnowsBeforeAFacilityWordIsAPlace() {
        // rule "before-facility-word"; a side of a debate ("the pro-Halden camp") is no site
        Analysis a = read("Flights from Brixcombe airport were cancelled on Monday, and the pro-Halden camp "
                + "blamed the weather.");
        assertType(a, "Brixcombe", EntityType.PLACE);
        assertNoEntityNamed(a, "pro-Halden");
        assertNoEntityNamed(a, "Pro-Halden");
    }

    @Test
    void aWordNoListKnowsAfterATownAndAPrepositionOfPlaceIsASiteOfTheTown() {
        // rule "site-of-place": "London" a place and "Brixcombe" one of its sites, not a person's surname
        Analysis a = read("The airline will fly its new jets out of London Brixcombe from May.");
        assertType(a, "London", EntityType.PLACE);
        assertType(a, "Brixcombe", EntityType.PLACE);
        assertNoEntityNamed(a, "London Brixcombe");
    }

    // ------------------------------------------------------------------ words no list knows, typed by what follows

    @Test
    void aWordNoListKnowsBeforeAWordOnlyCompaniesTakeIsAnOrganisation() {
        // rule "unknown-before-organisation-word": was dropped as a name of no known type
        Analysis a = read("The new laptops will use Quorvex processors, the maker said on Tuesday.");
        assertType(a, "Quorvex", EntityType.ORGANIZATION);
    }

    @Test
    void aWordNoListKnowsThatOwnsAPersonIsAnOrganisation() {
        Analysis a = read("Among those elected were Brevanto's Dana Ilves and two independents.");
        assertType(a, "Brevanto", EntityType.ORGANIZATION);
    }

    @Test
    void aGovernmentNamedAfterItsLeaderMakesNoOrganisationOfTheLeader() {
        // "government" follows organisations' names, but also the name of the person who leads it
        Analysis a = read("The tax was brought in by the Kolvath government in 2012.");
        assertNoEntityOfType(a, "Kolvath", EntityType.ORGANIZATION);
    }

    @Test
    void aWordNoListKnowsThatOwnsAThingIsNoOrganisation() {
        Analysis a = read("Oyelaran's attempt in the 18th minute went wide.");
        assertNoEntityOfType(a, "Oyelaran", EntityType.ORGANIZATION);
    }

    // ------------------------------------------------------------------ who belongs to what

    @Test
    void anAcronymOrOrdinaryWordsAfterAPersonAndOfAreTheOrganisationTheyBelongTo() {
        // rule "member-of": were dropped (an acronym seen once, a name of no known type)
        Analysis a = read("Among the winners were Dorota Wenzel of Tidal Voice, and Idrenna Kolvath of KPLU.");
        assertType(a, "Tidal Voice", EntityType.ORGANIZATION);
        assertType(a, "KPLU", EntityType.ORGANIZATION);
        assertType(a, "Dorota Wenzel", EntityType.PERSON);
    }

    @Test
    void aTownOrANameQualifyingANounAfterAPersonAndOfIsNoOrganisation() {
        // guards of "member-of": one unknown word may be a town; "of the X constituency" qualifies a noun
        Analysis a = read("Dorota Wenzel of Brixcombe won the Tidal Voice constituency, beating Idrenna Kolvath of "
                + "the Open Water constituency.");
        assertNoEntityOfType(a, "Brixcombe", EntityType.ORGANIZATION);
        assertNoEntityOfType(a, "Open Water", EntityType.ORGANIZATION);
    }

    @Test
    void aHyphenedDescriptorOpeningASentenceIsNoPartOfTheNameAfterIt() {
        // rule "descriptor-before-name": was one person "Pan-democrat Dorota Wenzel", and "Ex-minister Tom
        // Bell" too
        Analysis a = read("Pan-democrat Dorota Wenzel won the seat. Ex-minister Idrenna Kolvath lost hers.");
        assertType(a, "Dorota Wenzel", EntityType.PERSON);
        assertType(a, "Idrenna Kolvath", EntityType.PERSON);
        assertNoEntityNamed(a, "Pan-democrat Dorota Wenzel");
        assertNoEntityNamed(a, "Ex-minister Idrenna Kolvath");
    }

    @Test
    void aRomanisedGivenNameWithAHyphenStillOpensAName() {
        // guard of "descriptor-before-name": no ordinary word before the hyphen
        Analysis a = read("Mei-ling Chan won the seat in Kowloon.");
        assertType(a, "Mei-ling Chan", EntityType.PERSON);
    }

    // ------------------------------------------------------------------ where an organisation's name ends

    @Test
    void aCountryAfterAnOrganisationThatHasItsPlaceIsAPlaceOfItsOwn() {
        // rule "place-after-placed-organisation": were "Colorado", "State", "University of the US" and an
        // organisation named "of the UK"
        Analysis a = read("A team from Colorado State University of the US and the University of Halden of the UK "
                + "wrote the report.");
        assertType(a, "Colorado State University", EntityType.ORGANIZATION);
        assertType(a, "University of Halden", EntityType.ORGANIZATION);
        assertNoEntityNamed(a, "of the UK");
        assertNoEntityNamed(a, "University of the US");
        assertTrue(a.entities().stream().anyMatch(e -> e.type() == EntityType.PLACE && e.names().contains("UK")),
                () -> names(a).toString());
    }

    @Test
    void anOrganisationNamedByItsPlaceKeepsThePlace() {
        // guard of "place-after-placed-organisation": the place is the organisation's own
        Analysis a = read("The Bank of England and the University of Vermont signed the letter.");
        assertType(a, "Bank of England", EntityType.ORGANIZATION);
        assertType(a, "University of Vermont", EntityType.ORGANIZATION);
    }

    @Test
    void aCountryBeforeAListedDepartmentIsPartOfItsName() {
        // rule "country-before-known-organisation": was the place "U.S." and "Department of Agriculture"
        Analysis a = read("The U.S. Department of Agriculture said the crop would fail.");
        assertType(a, "U.S. Department of Agriculture", EntityType.ORGANIZATION);
        assertNoEntityNamed(a, "Department of Agriculture");
    }

    @Test
    void twoCapitalsBeforeAWordNoListKnowsAreAPersonsInitials() {
        // rule "initials-before-surname": was the place "AS" (American Samoa) and nothing for "Heagle"
        Analysis a = read("Results published in a paper by AS Kolvath in 1989 show the damage.");
        assertType(a, "AS Kolvath", EntityType.PERSON);
        assertNoEntityNamed(a, "AS");
    }

    @Test
    void aPossessiveBeforeAnOrganisationsKeywordIsInsideItsName() {
        // rule "possessive-inside-name": were "Korean People" and "Army"
        Analysis a = read("Commanders of the Korean People's Army were sent to the front.");
        assertType(a, "Korean People's Army", EntityType.ORGANIZATION);
        assertNoEntityNamed(a, "Army");
    }

    @Test
    void aNamesOwnPossessiveIsNoPartOfTheNextName() {
        // guard of "possessive-inside-name": "Britain" owns the army, it is no name "Britain's Army"
        Analysis a = read("Britain's Army and Labour's conference delegates met in Halden.");
        assertNoEntityNamed(a, "Britain's Army");
        assertType(a, "Labour", EntityType.ORGANIZATION);
    }

    @Test
    void aNameAfterACapitalisedTheInsideASentenceIsNoPerson() {
        // rule "the-before-name": was a person "The Silver Kestrels", also where it opens the next sentence
        Analysis a = read("The music came from bands such as The Silver Kestrels. The Silver Kestrels played on.");
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), () -> names(a).toString());
    }

    @Test
    void listedNamesWithTheKeepTheirTypes() {
        // guard of "the-before-name": a place and a paper the lists know
        Analysis a = read("Talks in The Hague ended, The Observer reported, and Helen Garrow said so.");
        assertType(a, "The Hague", EntityType.PLACE);
        assertType(a, "The Observer", EntityType.ORGANIZATION);
        assertType(a, "Helen Garrow", EntityType.PERSON);
    }

    // ------------------------------------------------------------------ kinds of things, not entities

    @Test
    void aReligionOrANationalityAloneIsNoEntity() {
        // rule "concept-word": were organisations ("Wicca", "Judaism", "Islam") and a place ("Canadian")
        Analysis a = read("Converts to Wicca and to Judaism spoke at Islam's oldest shrine, a Canadian visitor said.");
        assertNoEntityNamed(a, "Wicca");
        assertNoEntityNamed(a, "Judaism");
        assertNoEntityNamed(a, "Islam");
        assertNoEntityNamed(a, "Canadian");
    }

    @Test
    void anOrganisationOrAStateThatIsAlsoAConceptKeepsItsName() {
        // guard of "concept-word": WordNet knows "Fed", "Pepsi" and "Illinois" as concepts too
        Analysis a = read("The Fed raised rates on Tuesday, and Pepsi said its sales in Illinois fell.");
        assertType(a, "Fed", EntityType.ORGANIZATION);
        assertType(a, "Pepsi", EntityType.ORGANIZATION);
        assertType(a, "Illinois", EntityType.PLACE);
    }

    @Test
    void aNameBeforeAVersionNumberIsAProductWithItsShortForms() {
        // rule "version-number": "Explorer" and "IE" were organisations
        Analysis a = read("Users of Quorvex Navigator 9 (QN9) were told to move on. QN's share fell, and Navigator "
                + "is now the third browser, behind Quorvex Navigator's rivals.");
        assertNoEntityNamed(a, "Navigator");
        assertNoEntityNamed(a, "QN");
        assertNoEntityNamed(a, "Quorvex Navigator");
    }

    @Test
    void anOrganisationNamedByItsKeywordBeforeANumberKeepsItsName() {
        // guard of "version-number": a typed name before a number is no product
        Analysis a = read("Halden Radio 2 said the station would close.");
        assertType(a, "Halden Radio", EntityType.ORGANIZATION);
    }

    @Test
    void aPapersNameAfterItsTownIsOneName() {
        // rule "paper-of-place": was the place "Edmonton" ("Sun" is also Sunday's abbreviation); "Sun 3 May" no name
        Analysis a = read("The story ran in the Edmonton Sun on Friday. The fair opens on Sun 3 May.");
        assertType(a, "Edmonton Sun", EntityType.ORGANIZATION);
        assertNoEntityNamed(a, "Edmonton");
        assertNoEntityNamed(a, "Sun");
    }

    @Test
    void anEventsNameWithTheCountryOfItsEditionIsNoEntity() {
        // rule "event-of-country": was a person "Fan Expo Canada" ("Fan" is a given name)
        Analysis a = read("Pop culture was celebrated at Fan Expo Canada in Toronto, and Doris Day was remembered.");
        assertNoEntityNamed(a, "Fan Expo Canada");
        assertType(a, "Doris Day", EntityType.PERSON);
    }

    @Test
    void aVehiclesNameIsNoPlaceOrOrganisationAndNorIsItsOwnName() {
        // rule "named-vehicle": were the place "Denver" and the organisation "Space Shuttle Enterprise"
        Analysis a = read("Space Shuttle Denver lifted off from Florida. Denver flew 28 missions, and Space Shuttle "
                + "Enterprise went to New York.");
        assertNoEntityNamed(a, "Denver");
        assertNoEntityNamed(a, "Space Shuttle Enterprise");
        assertType(a, "Florida", EntityType.PLACE);
    }

    @Test
    void aSiteNamedAfterAVehicleKeepsItsName() {
        // guard of "named-vehicle": the name ends in a site's keyword
        Analysis a = read("The engines went to the Halden Space and Rocket Center last year.");
        assertTrue(a.entities().stream().anyMatch(e -> e.names().contains("Halden Space and Rocket Center")),
                () -> names(a).toString());
    }

    // ------------------------------------------------------------------ places no list knows

    @Test
    void aNameBeforeACommaAndAListedRegionOrAfterTownOfIsAPlace() {
        // rule "place-before-region": were dropped as names of no known type
        Analysis a = read("The fair was held at offices in Mountain Brixcombe, California, and shells landed in the "
                + "town of Kelvadon.");
        assertType(a, "Mountain Brixcombe", EntityType.PLACE);
        assertType(a, "Kelvadon", EntityType.PLACE);
    }

    @Test
    void aPersonBeforeACommaAndARegionStaysAPerson() {
        // guard of "place-before-region": only a name no rule typed, after a preposition of place
        Analysis a = read("Tom Kolvath, Texas, disagreed with the plan.");
        assertType(a, "Tom Kolvath", EntityType.PERSON);
    }

    // ------------------------------------------------------------------ helpers

    private static Analysis read(String paragraph) {
        return extractor.extract(new Article("test", "A Headline For The Test\n\n" + paragraph + "\n"));
    }

    private static void assertType(Analysis a, String name, EntityType type) {
        List<Entity> found = a.entities().stream().filter(e -> e.names().contains(name)).toList();
        assertEquals(1, found.size(), () -> "entities named " + name + " among " + names(a));
        assertEquals(type, found.get(0).type(), () -> names(a).toString());
    }

    private static void assertNoEntityNamed(Analysis a, String name) {
        assertTrue(a.entities().stream().noneMatch(e -> e.names().contains(name)), () -> names(a).toString());
    }

    private static void assertNoEntityOfType(Analysis a, String name, EntityType type) {
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == type && e.names().contains(name)),
                () -> names(a).toString());
    }

    private static List<String> names(Analysis a) {
        return a.entities().stream().map(e -> e.type() + " " + e.names()).toList();
    }
}
