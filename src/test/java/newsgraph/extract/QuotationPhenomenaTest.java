package newsgraph.extract;

import static newsgraph.extract.StatementAssertions.aboutNames;
import static newsgraph.extract.StatementAssertions.assertSpeaker;
import static newsgraph.extract.StatementAssertions.body;
import static newsgraph.extract.StatementAssertions.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsgraph.names.EntityType;
import newsgraph.text.Article;
import newsgraph.text.BlockKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One named test per quoting phenomenon the extractor must handle, each on short sentences written for
 * the test (not taken from any evaluation article), asserting the statement, its speaker and its kind.
 */
class QuotationPhenomenaTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.create();
    }

    // ------------------------------------------------------------------ article structure

    @Test
    void captionsAndCreditsYieldNoStatementsAndNoPeople() {
        Analysis a = read("""
                Minister Defends Harbour Plan

                Transport Minister Helen Garrow in Lisbon.
                Helen Garrow in Lisbon.
                Tom Bradley via Getty Images

                Helen Garrow said on Monday that the harbour plan would create jobs.

                Marcus Leary/PA Wire/PA Images

                What's Hot""");
        assertEquals(List.of(BlockKind.HEADLINE, BlockKind.CAPTION, BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.BODY,
                BlockKind.CREDIT, BlockKind.FOOTER), a.blocks().stream().map(b -> b.kind()).toList());
        assertEquals(1, a.statements().size());
        assertTrue(entityNames(a).stream().noneMatch(n -> n.contains("Bradley") || n.contains("Leary")),
                () -> "credits name nobody in the story: " + entityNames(a));
    }

    @Test
    void repeatedCaptionLineIsACaption() {
        Analysis a = read("""
                Storm Closes Schools

                Children leave the school early.
                Children leave the school early.

                “We closed at noon because the roads were flooding,” said headteacher Alan Moss.""");
        assertEquals(BlockKind.CAPTION, a.blocks().get(1).kind());
        assertEquals(BlockKind.CAPTION, a.blocks().get(2).kind());
        assertSpeaker(a, "We closed at noon because the roads were flooding", "Alan Moss", StatementKind.DIRECT);
    }

    // ------------------------------------------------------------------ direct quotations

    @Test
    void directQuoteWithCurlyMarksAndTagAfter() {
        Analysis a = read(body("“The bridge will open in May,” Sarah Quinn told reporters."));
        Statement s = assertSpeaker(a, "The bridge will open in May", "Sarah Quinn", StatementKind.DIRECT);
        assertEquals("told", a.article().text(s.cue()));
        assertEquals(SpeakerRule.SPEECH_TAG, s.rule());
    }

    @Test
    void directQuoteWithStraightMarksAndInvertedTag() {
        Analysis a = read(body("\"Prices have risen for the third month running,\" said economist Daniel Frost."));
        assertSpeaker(a, "Prices have risen for the third month running", "Daniel Frost", StatementKind.DIRECT);
    }

    @Test
    void quoteIntroducedByColon() {
        Analysis a = read(body("Asked about the strike, Laura Pike said: “Nobody wants a long dispute.”"));
        assertSpeaker(a, "Nobody wants a long dispute", "Laura Pike", StatementKind.DIRECT);
    }

    @Test
    void quoteInterruptedByItsSpeechTag() {
        Analysis a = read(body(
                "“We have waited long enough,” Peter Lomax said. “The council must act before the winter.”"));
        assertSpeaker(a, "We have waited long enough", "Peter Lomax", StatementKind.DIRECT);
        Statement second = assertSpeaker(a, "The council must act before the winter", "Peter Lomax", StatementKind.DIRECT);
        assertEquals(SpeakerRule.CONTINUATION, second.rule());
    }

    @Test
    void quoteContinuedOverParagraphsReopensEachParagraph() {
        Analysis a = read("""
                Farmers Warn Of Shortage

                Farmer Owen Kettle said: “The harvest was the worst in twenty years.

                “Wheat prices will go up before Christmas.

                “Families will feel it in their shopping.”
                """);
        assertSpeaker(a, "The harvest was the worst in twenty years", "Owen Kettle", StatementKind.DIRECT);
        assertSpeaker(a, "Wheat prices will go up before Christmas", "Owen Kettle", StatementKind.DIRECT);
        assertSpeaker(a, "Families will feel it in their shopping", "Owen Kettle", StatementKind.DIRECT);
    }

    @Test
    void untaggedContinuationParagraphBelongsToThePreviousSpeaker() {
        Analysis a = read("""
                Library To Close

                “The building is no longer safe,” said Margaret Hollis, the library's director.

                “We will look for a new site in the town centre.”
                """);
        Statement s = assertSpeaker(a, "We will look for a new site in the town centre", "Margaret Hollis",
                StatementKind.DIRECT);
        assertEquals(SpeakerRule.CONTINUATION, s.rule());
    }

    @Test
    void quoteInsideAQuoteStaysPartOfIt() {
        Analysis a = read(body("“They called it ‘a fair deal for everyone’ but it was nothing of the kind,” "
                + "said union leader Grace Whitby."));
        Statement s = assertSpeaker(a, "They called it ‘a fair deal for everyone’ but it was nothing of the kind",
                "Grace Whitby", StatementKind.DIRECT);
        assertEquals(1, a.statements().size(), "the inner quote is not a statement of its own: " + s);
    }

    @Test
    void pullQuoteWithItsCredit() {
        Analysis a = read(body("\"Nobody saw this coming, least of all the regulators.\" - Rachel Dunmore"));
        assertSpeaker(a, "Nobody saw this coming, least of all the regulators", "Rachel Dunmore", StatementKind.DIRECT);
    }

    // ------------------------------------------------------------------ mixed and indirect

    @Test
    void mixedQuoteKeepsTheReportedClause() {
        Analysis a = read(body("Senator Paul Ridley declared that the budget showed “contempt for rural voters”."));
        Statement s = assertSpeaker(a, "the budget showed “contempt for rural voters”", "Paul Ridley", StatementKind.MIXED);
        assertEquals("declared", a.article().text(s.cue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"said", "told the BBC", "added", "declared", "argued", "warned", "insisted", "claimed",
        "says", "has said", "explained", "believes"})
    void indirectSpeechWithReportingVerbs(String verb) {
        Analysis a = read(body("Anna Kowalski " + verb + " that the new tax would hurt small shops."));
        assertSpeaker(a, "the new tax would hurt small shops", "Anna Kowalski", StatementKind.INDIRECT);
    }

    @Test
    void reportedClauseWithoutThat() {
        Analysis a = read(body("Anna Kowalski said the new tax would hurt small shops."));
        assertSpeaker(a, "the new tax would hurt small shops", "Anna Kowalski", StatementKind.INDIRECT);
    }

    @Test
    void tagClosingTheSentence() {
        Analysis a = read(body("Most of the river is now safe for swimming, scientists say."));
        assertSpeaker(a, "Most of the river is now safe for swimming", "scientists", StatementKind.INDIRECT);
    }

    @Test
    void coordinatedVerbsShareTheirElidedSubject() {
        Analysis a = read(body("On a visit to Norway, Jonathan Reeve declared that the treaty was dead "
                + "and argued the talks should restart next year."));
        assertSpeaker(a, "the treaty was dead", "Jonathan Reeve", StatementKind.INDIRECT);
        assertSpeaker(a, "the talks should restart next year", "Jonathan Reeve", StatementKind.INDIRECT);
    }

    @Test
    void callForIsAStatement() {
        Analysis a = read(body("Earlier this year, Jonathan Reeve called for Portugal to “slow down” its reforms."));
        assertSpeaker(a, "Portugal to “slow down” its reforms", "Jonathan Reeve", StatementKind.MIXED);
    }

    @Test
    void accordingToBeforeAndAfterTheClause() {
        Analysis a = read("""
                Factory Output Falls

                According to the Office for National Statistics, factory output fell for a second month.

                Exports to Spain rose slightly, according to Maria Duarte.
                """);
        Statement first = assertSpeaker(a, "factory output fell for a second month", "Office for National Statistics",
                StatementKind.INDIRECT);
        assertEquals(SpeakerRule.ACCORDING_TO, first.rule());
        assertSpeaker(a, "Exports to Spain rose slightly", "Maria Duarte", StatementKind.INDIRECT);
    }

    /** A source that relays another: "according to X, quoting Y" — Y said it, X passed it on. */
    @Test
    void accordingToAnAgencyQuotingAnotherCreditsTheOneQuoted() {
        Analysis a = read("""
                Border Alert

                According to the Meridian Press Service, quoting the state broadcaster Taldor State Radio, troops have been moved to the northern border.

                According to the Meridian Press Service, citing Defence Minister Petra Vasko, the move is temporary.
                """);
        Statement first = assertSpeaker(a, "troops have been moved to the northern border", "Taldor State Radio",
                StatementKind.INDIRECT);
        assertEquals(SpeakerRule.ACCORDING_TO, first.rule());
        assertSpeaker(a, "the move is temporary", "Petra Vasko", StatementKind.INDIRECT);
    }

    /** ", with X reporting CLAUSE" after a report: a second report, X's, not more of the first. */
    @Test
    void withANewspaperReportingAfterAReportIsTheNewspapersReport() {
        Analysis a = read(body("Minister Carla Benn said every claim would be reviewed fairly, with the"
                + " Daily Courier reporting that no applicant would be refused on the form alone."));
        assertSpeaker(a, "every claim would be reviewed fairly", "Carla Benn", StatementKind.INDIRECT);
        assertSpeaker(a, "no applicant would be refused on the form alone", "Daily Courier", StatementKind.INDIRECT);
        String text = a.article().text();
        assertTrue(a.statements().stream().noneMatch(st -> st.content().of(text).contains("reviewed fairly, with")),
                "the first report ends before the second");
    }

    /** "told reporters every claim …": the addressee ends where a noun phrase with its own verb begins. */
    @Test
    void toldSomeoneAClauseWithoutThat() {
        Analysis a = read(body("Minister Carla Benn told reporters every claim would be reviewed within a month."
                + " The mayor told the council the budget was balanced."));
        assertSpeaker(a, "every claim would be reviewed within a month", "Carla Benn", StatementKind.INDIRECT);
        String text = a.article().text();
        assertTrue(a.statements().stream().anyMatch(st -> st.content().of(text).equals("the budget was balanced")),
                () -> a.statements().stream().map(st -> st.content().of(text)).toList().toString());
    }

    @Test
    void nominalAttributionByAStatement() {
        Analysis a = read("""
                Council Answers Critics

                Councillor Ruth Hale issued a statement on Friday evening. “The park will stay open to everyone.”
                """);
        assertSpeaker(a, "The park will stay open to everyone", "Ruth Hale", StatementKind.DIRECT);
    }

    // ------------------------------------------------------------------ speakers

    @Test
    void speakerWithTitleAndRoleIsThePerson() {
        Analysis a = read(body("Health Secretary Sir Edward Pellow said the hospital would reopen."));
        Statement s = assertSpeaker(a, "the hospital would reopen", "Edward Pellow", StatementKind.INDIRECT);
        Entity pellow = speaker(a, s);
        assertTrue(pellow.roles().stream().anyMatch(r -> r.title().equals("Health Secretary")), pellow::toString);
    }

    @Test
    void laterSurnameAndFirstNameAreTheSamePerson() {
        Analysis a = read("""
                Coach Leaves Club

                Coach Martin Ashdown has resigned after six years.

                Ashdown said the decision had been difficult.

                “Martin gave everything to this club,” a team-mate said.
                """);
        List<Entity> people = a.entities().stream().filter(e -> e.name().contains("Ashdown")).toList();
        assertEquals(1, people.size(), () -> "one node for Martin Ashdown: " + entityNames(a));
        assertTrue(people.get(0).names().containsAll(List.of("Martin Ashdown", "Ashdown")), people.get(0)::toString);
        assertSpeaker(a, "the decision had been difficult", "Martin Ashdown", StatementKind.INDIRECT);
    }

    @Test
    void pronounResolvesToTheSpeakerNotToTheNameInsideTheQuote() {
        Analysis a = read("""
                Minister Attacks Rival

                Defence Minister Colin Marsh spoke to troops in Latvia on Tuesday.

                “Everyone knows that Simon Hardy has never supported this mission,” he told reporters.
                """);
        Statement s = assertSpeaker(a, "Everyone knows that Simon Hardy has never supported this mission",
                "Colin Marsh", StatementKind.DIRECT);
        assertEquals(SpeakerRule.PRONOUN, s.rule());
        assertTrue(aboutNames(a, s).contains("Simon Hardy"), () -> "about " + aboutNames(a, s));
    }

    @Test
    void pronounAfterAnAsideStaysWithTheSpeaker() {
        Analysis a = read("""
                Row Over Fishing Rights

                Fisheries Minister Colin Marsh defended the quota on Tuesday.

                Asked whether Simon Hardy would accept the deal, he added: “The deal is the best on offer.”
                """);
        assertSpeaker(a, "The deal is the best on offer", "Colin Marsh", StatementKind.DIRECT);
    }

    @Test
    void descriptionRefersToThePersonNamedNearest() {
        Analysis a = read("""
                Election Memories

                Colin Marsh recalled his 2015 attack on Thomas Greer, when he said the Green leader would "betray the country".
                """);
        Statement s = assertSpeaker(a, "the Green leader would \"betray the country\"", "Colin Marsh", StatementKind.MIXED);
        assertTrue(aboutNames(a, s).contains("Thomas Greer"), () -> "the Green leader is Greer here: " + aboutNames(a, s));
    }

    @Test
    void groupSourcesSpeakForTheirOrganisation() {
        Analysis a = read(body("Labour sources told the Guardian that the plan was a mistake."));
        Statement s = assertSpeaker(a, "the plan was a mistake", "Labour", StatementKind.INDIRECT);
        assertEquals(SpeakerRule.GROUP, s.rule());
        assertEquals(EntityType.ORGANIZATION, speaker(a, s).type());
    }

    @Test
    void anonymousSpokespersonIsANodeAffiliatedWithTheOrganisation() {
        Analysis a = read(body("A Labour spokesman said that the party would vote against the bill."));
        Statement s = a.statements().get(0);
        Entity spokesman = speaker(a, s);
        assertEquals(EntityType.PERSON, spokesman.type());
        assertTrue(spokesman.local(), "an unnamed spokesperson exists only in this article");
        Entity labour = a.entitiesByKey().get(spokesman.memberOf().get(0));
        assertEquals("Labour", labour.name());
    }

    @Test
    void appositionNamesTheSpeaker() {
        Analysis a = read(body("Hugh Barrow, a doctor at the city hospital, said the ward was full."));
        Statement s = assertSpeaker(a, "the ward was full", "Hugh Barrow", StatementKind.INDIRECT);
        assertEquals(SpeakerRule.APPOSITION, s.rule());
    }

    @Test
    void organisationAsSpeaker() {
        Analysis a = read(body("The World Health Organization said that the outbreak was under control."));
        Statement s = assertSpeaker(a, "the outbreak was under control", "World Health Organization",
                StatementKind.INDIRECT);
        assertEquals(EntityType.ORGANIZATION, speaker(a, s).type());
    }

    // ------------------------------------------------------------------ about whom, entities, traceability

    @Test
    void aboutNamesPronounsAndCountryAdjectives() {
        Analysis a = read("""
                Warning To Moscow

                Colin Marsh visited Estonia on Monday.

                He said that Russian aggression would be met in Estonia, and that Simon Hardy was wrong about it.
                """);
        Statement s = a.statements().get(0);
        List<String> about = aboutNames(a, s);
        assertTrue(about.containsAll(List.of("Estonia", "Simon Hardy")), () -> "about " + about);
        assertTrue(about.contains("Russia") || a.entities().stream().noneMatch(e -> e.name().equals("Russia")),
                () -> "a country adjective points at the country when the article names it: " + about);
    }

    @Test
    void oneNodePerEntityWithinAnArticle() {
        Analysis a = read("""
                Talks Resume

                Prime Minister Helen Garrow met union leaders on Monday. Mrs Garrow said talks would go on.

                Garrow later told the BBC that she was hopeful.
                """);
        long garrows = a.entities().stream().filter(e -> e.names().stream().anyMatch(n -> n.contains("Garrow"))).count();
        assertEquals(1, garrows, () -> entityNames(a).toString());
    }

    @Test
    void aFirstNameSpelledTwoWaysWithOneSurnameIsOnePerson() {
        Analysis a = read("""
                Gallery Reopens

                The gallery's director, Marilyn Ashcombe, said the rooms would open on Friday. Marilen Ashcombe \
                added that tickets were free.
                """);
        long ashcombes = a.entities().stream().filter(e -> e.names().stream().anyMatch(n -> n.contains("Ashcombe"))).count();
        assertEquals(1, ashcombes, () -> entityNames(a).toString());
    }

    @Test
    void firstNamesThatDifferInAConsonantWithOneSurnameAreTwoPeople() {
        Analysis a = read("""
                Gallery Reopens

                The gallery's director, Martin Ashcombe, said the rooms would open on Friday. His brother Marvin \
                Ashcombe said that tickets were free.
                """);
        long ashcombes = a.entities().stream().filter(e -> e.names().stream().anyMatch(n -> n.contains(" Ashcombe"))).count();
        assertEquals(2, ashcombes, () -> entityNames(a).toString());
    }

    @Test
    void aTieInTheDocumentVoteOnANameIsDecidedTheSameWayInEveryRun() {
        // "Helen Garrow" votes person (a first name) and "HELEN GARROW" organisation (capitals, like an acronym)
        // with the same weight; the tie was broken by the enum constants' identity hash codes, so by the run
        Analysis a = read("""
                Harbour Plan Approved

                Helen Garrow said on Monday that the harbour plan would create jobs.

                Supporters held banners reading HELEN GARROW outside the hall.
                """);
        Entity garrow = speaker(a, assertSpeaker(a, "the harbour plan would create jobs", "Helen Garrow",
                StatementKind.INDIRECT));
        assertEquals(EntityType.PERSON, garrow.type(), garrow::toString);
    }

    @Test
    void aMonthAfterACourtesyTitleIsASurname() {
        // "Miss" was a courtesy title for the entity book but not for the recogniser, whose own list lacked it
        Analysis a = read(body("Miss May told reporters that the harbour plan would create jobs."));
        Entity may = speaker(a, assertSpeaker(a, "the harbour plan would create jobs", "May", StatementKind.INDIRECT));
        assertEquals(EntityType.PERSON, may.type(), may::toString);
    }

    @Test
    void aCourtesyTitleIsNoRole() {
        Analysis a = read(body("Prof Jane Doe said that the bridge would open in May next year."));
        Entity doe = speaker(a, assertSpeaker(a, "the bridge would open in May next year", "Jane Doe",
                StatementKind.INDIRECT));
        assertTrue(doe.roles().isEmpty(), doe::toString);
    }

    @Test
    void rolesLinkPeopleToOrganisationsAndPlaces() {
        Analysis a = read(body("Russian President Boris Volkov said the talks would continue."));
        Entity volkov = speaker(a, a.statements().get(0));
        Role president = volkov.roles().stream().filter(r -> r.title().equals("President")).findFirst()
                .orElseThrow(() -> new AssertionError(volkov.toString()));
        assertNotNull(president.inEntityKey(), "the role belongs to Russia");
        assertEquals("Russia", a.entitiesByKey().get(president.inEntityKey()).name());
    }

    @Test
    void everyStatementIsTraceableToTheText() {
        Analysis a = read(body("“The bridge will open in May,” Sarah Quinn told reporters."));
        Statement s = a.statements().get(0);
        String text = a.article().text();
        assertEquals("The bridge will open in May,", s.content().of(text));
        assertEquals("told", s.cue().of(text));
        assertEquals("Sarah Quinn", s.speakerMention().of(text));
        assertTrue(s.sentence().contains(s.content()));
        assertTrue(s.confidence() > 0 && s.confidence() <= 1);
    }

    @Test
    void noStatementWithoutASpeakerOrAReport() {
        Analysis a = read(body("The river rose by two metres overnight and the road to the village was closed."));
        assertTrue(a.statements().isEmpty(), () -> a.statements().toString());
        Analysis b = read(body("It is understood that the mayor will resign next week."));
        assertFalse(b.statements().stream().anyMatch(s -> speaker(b, s).name().equalsIgnoreCase("it")));
    }

    // ------------------------------------------------------------------ odd sentences met along the way

    @Test
    void negatedReportIsNoStatement() {
        Analysis a = read(body("Officials have not said why the bridge was closed, but engineer Paula Grant says "
                + "there were cracks in the main span."));
        assertSpeaker(a, "there were cracks in the main span", "Paula Grant", StatementKind.INDIRECT);
        assertFalse(a.statements().stream().anyMatch(st -> st.content().of(a.article().text()).contains("why")),
                () -> a.statements().toString());
    }

    @Test
    void bracketedPartyAndStateAfterTheName() {
        Analysis a = read(body("“This bill is dead on arrival,” Senator Ruth Calder (D-Ore.) said on the floor."));
        assertSpeaker(a, "This bill is dead on arrival", "Ruth Calder", StatementKind.DIRECT);
    }

    @Test
    void asideBetweenNameAndVerb() {
        Analysis a = read(body("Foreign Secretary Alan Pryce, asked whether he would resign, said: “I am staying.”"));
        assertSpeaker(a, "I am staying", "Alan Pryce", StatementKind.DIRECT);
    }

    @Test
    void surnameThatIsAlsoAMonth() {
        Analysis a = read(body("Theresa May said that the deal was the best on offer. Mrs May later left for Brussels."));
        Statement s = assertSpeaker(a, "the deal was the best on offer", "Theresa May", StatementKind.INDIRECT);
        assertEquals("Theresa May", speaker(a, s).name());
    }

    @Test
    void wordDescribingThePersonBeforeTheName() {
        Analysis a = read(body("Farmer Owen Kettle said the harvest was the worst in twenty years."));
        assertSpeaker(a, "the harvest was the worst in twenty years", "Owen Kettle", StatementKind.INDIRECT);
    }

    @Test
    void roleWrittenBeforeTheNameWithItsOrganisation() {
        Analysis a = read(body("Labour's health spokesman Dominic Lowry said waiting lists were growing."));
        Entity lowry = speaker(a, assertSpeaker(a, "waiting lists were growing", "Dominic Lowry", StatementKind.INDIRECT));
        assertTrue(lowry.roles().stream().anyMatch(r -> r.title().contains("spokesman") && r.inEntityKey() != null
                && a.entitiesByKey().get(r.inEntityKey()).name().equals("Labour")), lowry::toString);
        assertEquals(List.of(lowry.roles().get(0).inEntityKey()), lowry.memberOf());
    }

    @Test
    void surnameThatIsAnOrdinaryWordAfterTheFullName() {
        Analysis a = read("""
                Bank Warns On Rates

                Governor Martin Cook spoke in London on Tuesday.

                “Rates will stay high for some time,” Cook said.
                """);
        assertSpeaker(a, "Rates will stay high for some time", "Martin Cook", StatementKind.DIRECT);
    }

    @Test
    void embeddedPostIsItsAuthorsOwnWords() {
        Analysis a = read("""
                Minister Hits Back Online

                The minister replied within minutes.

                The opposition is running scared of a real debate about our future. pic.twitter.com/abc123
                — Harriet Lane (@harrietlane) May 3, 2017
                """);
        Statement s = assertSpeaker(a, "The opposition is running scared of a real debate about our future",
                "Harriet Lane", StatementKind.DIRECT);
        assertFalse(s.content().of(a.article().text()).contains("pic.twitter"), "links are not the post's words");
        assertEquals(BlockKind.CREDIT, a.blocks().get(3).kind());
    }

    @Test
    void spokespersonForADescribedOrganisation() {
        Analysis a = read("""
                Bins Missed Again

                Hackney Council has apologised to residents after collections were missed.

                “We are working hard to put it right,” a spokesperson for the council said.
                """);
        Statement s = a.statements().get(0);
        Entity spokesperson = speaker(a, s);
        assertTrue(spokesperson.local());
        assertEquals("Hackney Council", a.entitiesByKey().get(spokesperson.memberOf().get(0)).name());
    }

    @Test
    void aPlaceInsideAnEventsNameIsNoSeparatePlace() {
        Analysis a = read(body("Crowds filled the streets of Lisbon for the Lisbon City Harvest Festival on Friday,"
                + " where Doris Day sang. “It was the best night of the year,” Ana Costa said."));
        assertSpeaker(a, "best night of the year", "Ana Costa", StatementKind.DIRECT);
        List<String> names = entityNames(a);
        assertFalse(names.contains("City"), names::toString);
        assertTrue(names.contains("Lisbon"), names::toString);
        assertTrue(names.contains("Doris Day"), "a first name before 'Day' names a person: " + names);
    }

    // ------------------------------------------------------------------ archive quotation marks (issue #12, part 2)

    @ParameterizedTest
    @ValueSource(strings = {
            "''We will not back down on the harbour plan,'' Mayor Ruth Kessler said on Tuesday.",
            "``We will not back down on the harbour plan,'' Mayor Ruth Kessler said on Tuesday.",
            "<<We will not back down on the harbour plan,>> Mayor Ruth Kessler said on Tuesday.",
            "«We will not back down on the harbour plan,» Mayor Ruth Kessler said on Tuesday.",
            "'We will not back down on the harbour plan,' Mayor Ruth Kessler said on Tuesday."})
    void archiveQuotationMarksAreQuotationMarks(String paragraph) {
        Analysis a = read(body(paragraph));
        Statement s = assertSpeaker(a, "We will not back down on the harbour plan", "Ruth Kessler", StatementKind.DIRECT);
        String words = s.content().of(a.article().text());
        assertTrue(words.startsWith("We") && words.endsWith("plan,"), words);
        assertEquals(SpeakerRule.SPEECH_TAG, s.rule());
    }

    @Test
    void apostrophesInsideNamesAndAfterPluralsAreNoQuotationMarks() {
        String text = "Dan O'Neill said the farmers' union and Priya D'Souza's group would meet in the '90s hall.";
        assertEquals(text, QuoteMarks.normalised(text));
        String archive = "''Yes,'' he said.";
        assertEquals(archive.length(), QuoteMarks.normalised(archive).length(), "offsets point into the article");
    }

    // ------------------------------------------------------------------ who can speak (issue #12, part 2)

    @ParameterizedTest
    @ValueSource(strings = {
            "New figures published today show that rents in the town rose by a fifth last year.",
            "Footage of the scene showed that several cars were burning outside the depot.",
            "The results show that the ruling coalition kept its majority in the north."})
    void aTimeAPlaceOrAnOutcomeIsNoSpeaker(String sentence) {
        Analysis a = read(body(sentence));
        String text = a.article().text();
        for (Statement s : a.statements()) {
            Entity e = a.entitiesByKey().get(s.speakerKey());
            assertTrue(e == null || e.names().stream().noneMatch(n -> n.matches("(?i).*\\b(today|scene|results)\\b.*")),
                    () -> "\"" + s.content().of(text) + "\" given to " + e.names());
        }
    }

    @Test
    void peopleAndGroupsDescribedWithoutANameStillSpeak() {
        Analysis a = read(body("Residents say that the bus service has got worse since the spring."
                + " Critics argued that the timetable was written for commuters alone."));
        assertSpeaker(a, "the bus service has got worse", "Residents", StatementKind.INDIRECT);
        assertSpeaker(a, "the timetable was written for commuters alone", "Critics", StatementKind.INDIRECT);
    }

    @Test
    void aTagBetweenCommasInsideTheClauseItReports() {
        Analysis a = read(body("Councillors met on Tuesday. The new parking rules, said councillor Moira Hale,"
                + " are already out of date and will be rewritten by the spring."));
        Statement s = assertSpeaker(a, "are already out of date and will be rewritten by the spring", "Moira Hale",
                StatementKind.INDIRECT);
        assertEquals("said", a.article().text(s.cue()));
        assertTrue(a.statements().stream().noneMatch(x -> speaker(a, x).names().contains("new parking rules")));
    }

    @Test
    void aPlaceThatSpeaksIsAnInstitutionAndOneNamedAsALocationStaysAPlace() {
        Analysis a = read(body("The Kremlin said that the talks had failed. Downing Street insisted that the minister"
                + " would stay. Washington warned that sanctions would follow, and officials in Washington were not"
                + " surprised."));
        assertSpeaker(a, "the talks had failed", "Kremlin", StatementKind.INDIRECT);
        Map<String, EntityType> types = a.entities().stream().collect(Collectors.toMap(Entity::name, Entity::type));
        assertEquals(EntityType.ORGANIZATION, types.get("Kremlin"));
        assertEquals(EntityType.ORGANIZATION, types.get("Downing Street"));
        assertEquals(EntityType.PLACE, types.get("Washington"), "named as a location too: " + types);
    }

    @Test
    void aPlaceBeforeTheHeadOfTheSpeakerPhraseStaysAPlace() {
        Analysis a = read(body("The head of the Leeds branch of the Tenants Union, Amal Rennie, said that rents had"
                + " doubled."));
        assertSpeaker(a, "rents had doubled", "Amal Rennie", StatementKind.INDIRECT);
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Leeds") && e.type() != EntityType.PLACE));
    }

    @Test
    void dismissedTheClaimsAsReportsWhatFollowsAs() {
        Analysis a = read(body("Senator Dale Ricks dismissed the claims as politically motivated."));
        Statement s = assertSpeaker(a, "politically motivated", "Dale Ricks", StatementKind.INDIRECT);
        assertEquals("dismissed", a.article().text(s.cue()));
    }

    // ------------------------------------------------------------------ names cut or glued (issue #12, part 2)

    @Test
    void aSpokeswomanForAnOrganisationWhoseNameListsItsFields() {
        Analysis a = read(body("A spokeswoman for the Department for Culture, Media and Sport said the review of"
                + " local museums would report in May."));
        Statement s = a.statements().get(0);
        Entity speaker = speaker(a, s);
        assertTrue(speaker.local(), speaker.names()::toString);
        assertEquals("Department for Culture, Media and Sport", a.entitiesByKey().get(speaker.memberOf().get(0)).name());
        assertFalse(entityNames(a).contains("Media and Sport"), entityNames(a)::toString);
    }

    @Test
    void anOrganisationNamedByAKeywordThatIsAlsoAPlace() {
        Analysis a = read(body("The Union of Retired Miners and Steelworkers said that pensions had fallen behind prices."));
        assertSpeaker(a, "pensions had fallen behind prices", "Union of Retired Miners and Steelworkers",
                StatementKind.INDIRECT);
        assertEquals(EntityType.ORGANIZATION, speaker(a, a.statements().get(0)).type());
    }

    @Test
    void aSenatorOfAStateIsThePersonAndTheStateApart() {
        Analysis a = read("""
                Farm Bill Stalls

                Senator Margaret Okafor of New Mexico said the farm bill was dead for this session.

                “It will not pass before the summer,” Okafor added.
                """);
        Statement first = assertSpeaker(a, "the farm bill was dead", "Margaret Okafor", StatementKind.INDIRECT);
        Statement second = assertSpeaker(a, "It will not pass before the summer", "Margaret Okafor", StatementKind.DIRECT);
        assertEquals(first.speakerKey(), second.speakerKey(), "one person, not a second anonymous one");
        assertTrue(entityNames(a).stream().noneMatch(n -> n.contains("Okafor of")), entityNames(a)::toString);
        assertTrue(entityNames(a).contains("New Mexico"), entityNames(a)::toString);
    }

    // ------------------------------------------------------------------ about whom (issue #12, part 2)

    @Test
    void aStatementIsAboutTheRoleHolderItNamesNotItsSpeaker() {
        Analysis a = read(body("Dana Whitlow's remarks echo her attack on Tom Reyes during the 2019 campaign, when she"
                + " said the Unity leader would “sell the town short” just as he had “sold his own party short”."));
        Statement s = assertSpeaker(a, "would “sell the town short”", "Dana Whitlow", StatementKind.MIXED);
        List<String> about = aboutNames(a, s);
        assertTrue(about.contains("Tom Reyes"), about::toString);
        assertFalse(about.contains("Dana Whitlow"), about::toString);
    }

    @Test
    void itsAfterACountryInTheStatementIsThatCountry() {
        Analysis a = read("""
                Fishing Row Deepens

                The Green Alliance met in Leeds on Saturday to choose a new chair.

                Earlier this year, Helen Garrow called for the UK to “step back” from its row with Portugal over fishing rights.
                """);
        Statement s = assertSpeaker(a, "the UK to “step back” from its row with Portugal", "Helen Garrow",
                StatementKind.MIXED);
        List<String> about = aboutNames(a, s);
        assertTrue(about.contains("United Kingdom") && about.contains("Portugal"), about::toString);
        assertFalse(about.contains("Green Alliance"), about::toString);
    }

    // ------------------------------------------------------------------ helpers

    private static Analysis read(String text) {
        return extractor.extract(new Article("test", text));
    }

    private static List<String> entityNames(Analysis a) {
        return a.entities().stream().flatMap(e -> e.names().stream()).toList();
    }
}
