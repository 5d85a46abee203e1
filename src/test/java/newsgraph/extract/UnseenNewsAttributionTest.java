package newsgraph.extract;

import static newsgraph.extract.StatementAssertions.aboutNames;
import static newsgraph.extract.StatementAssertions.assertSpeaker;
import static newsgraph.extract.StatementAssertions.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsgraph.text.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #12, part 2: who speaks and what a statement is about, in the kinds of sentences the extractor got
 * wrong on news it never saw. One named test per kind, on sentences written for the test (not taken from any
 * evaluation article), in the manner of {@link QuotationPhenomenaTest}.
 */
class UnseenNewsAttributionTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.create();
    }

    // ------------------------------------------------------------------ who speaks

    @Test
    void theyAfterAnOrganisationThatDeniedIsTheOrganisationNotTheOutletItSpokeTo() {
        Analysis a = read("""
                Tenant Sues Water Company

                Lena Marsh claims that the Kestrel Water Company flooded her flat twice in one winter.

                In a statement to the Harwick Gazette, the company denied these claims:

                She was never in danger. The pipes were checked every year.

                They also claimed Marsh had been warned about the pipes in March.
                """);
        assertSpeaker(a, "Marsh had been warned about the pipes in March", "Kestrel Water Company",
                StatementKind.INDIRECT);
    }

    @Test
    void pronounAfterAFrontedForPhraseIsTheOneWhoseViewItIs() {
        Analysis a = read("""
                Painter Remembered

                For Tom Reyes, a teacher at the college, Arthur Penhale was also a hero. He said, "Arthur Penhale changed how a whole town saw itself. He was a giant."
                """);
        assertSpeaker(a, "Arthur Penhale changed how a whole town saw itself", "Tom Reyes", StatementKind.DIRECT);
    }

    @Test
    void pronounAfterAFrontedForPhraseIsTheSubjectWhenTheQuoteIsAboutTheOther() {
        Analysis a = read("""
                Coach Recalls Final

                For the young striker Ben Addo, Carl Weston was the coach who changed everything. He said, "I told Ben Addo to shoot whenever he could."
                """);
        assertSpeaker(a, "I told Ben Addo to shoot whenever he could", "Carl Weston", StatementKind.DIRECT);
    }

    @Test
    void accordingToWithoutACommaEndsAtTheName() {
        Analysis a = read(body("According to Mark Delaney the missing files were returned by post to the office by Carl Evans."));
        Statement s = assertSpeaker(a, "the missing files were returned by post to the office by Carl Evans",
                "Mark Delaney", StatementKind.INDIRECT);
        assertEquals(SpeakerRule.ACCORDING_TO, s.rule());
        assertTrue(aboutNames(a, s).contains("Carl Evans"), () -> "about " + aboutNames(a, s));
    }

    @Test
    void quotationAfterAColonInsideItsParagraphIsTheSubjectsOfThatLine() {
        Analysis a = read(body("During questions on Wednesday, Helen Garrow defended the council's record whilst"
                + " promising a \"full review\" from Tom Reyes is coming: \"The deputy leader and I are working as"
                + " quickly as possible on the plan, and our deals with Portugal are already working.\""));
        Statement s = assertSpeaker(a, "The deputy leader and I are working as quickly as possible on the plan",
                "Helen Garrow", StatementKind.DIRECT);
        assertTrue(aboutNames(a, s).contains("Portugal"), () -> "about " + aboutNames(a, s));
    }

    @Test
    void aRoleWrittenInCapitalsInTheWordsIsItsHolder() {
        Analysis a = read("""
                Harbour Plan Delayed

                Transport Secretary Tom Reyes promised a review of the harbour plan on Monday.

                Helen Garrow said, "The Transport Secretary and I will meet the harbour board next week."
                """);
        Statement s = assertSpeaker(a, "The Transport Secretary and I will meet the harbour board next week",
                "Helen Garrow", StatementKind.DIRECT);
        assertTrue(aboutNames(a, s).contains("Tom Reyes"), () -> "about " + aboutNames(a, s));
    }

    // ------------------------------------------------------------------ about whom

    @Test
    void weInACoachsQuoteIsHisTeam() {
        Analysis a = read("""
                City Beaten

                After the match, Harwick City FC coach Dan Pellow said, "We have learned a lot from today's game."
                """);
        Statement s = assertSpeaker(a, "We have learned a lot from today's game", "Dan Pellow", StatementKind.DIRECT);
        assertTrue(aboutNames(a, s).contains("Harwick City FC"), () -> "about " + aboutNames(a, s));
        assertFalse(aboutNames(a, s).contains("Dan Pellow"), () -> "not the speaker: " + aboutNames(a, s));
    }

    @Test
    void weAndTheDepartmentInASpokeswomansWordsAreHerOrganisation() {
        Analysis a = read("""
                Files Found In Street

                Kestrel Water Company spokeswoman Ines Ferreira said the department would look into the incident. "We take the safety of our customers seriously," she said.
                """);
        Statement indirect = assertSpeaker(a, "the department would look into the incident", "Ines Ferreira",
                StatementKind.INDIRECT);
        assertTrue(aboutNames(a, indirect).contains("Kestrel Water Company"), () -> "about " + aboutNames(a, indirect));
        Statement direct = assertSpeaker(a, "We take the safety of our customers seriously", "Ines Ferreira",
                StatementKind.DIRECT);
        assertTrue(aboutNames(a, direct).contains("Kestrel Water Company"), () -> "about " + aboutNames(a, direct));
    }

    @Test
    void theGovernmentInAnOppositionMembersWordsIsNotHisParty() {
        Analysis a = read(body("Green Alliance leader Carl Weston said the government had lost control of sensitive files."));
        Statement s = assertSpeaker(a, "the government had lost control of sensitive files", "Carl Weston",
                StatementKind.INDIRECT);
        assertFalse(aboutNames(a, s).contains("Green Alliance"), () -> "about " + aboutNames(a, s));
    }

    @Test
    void weOfACaptainNamedByADemonymIsHisCountry() {
        Analysis a = read("""
                Portugal Win Again

                Portugal beat Norway 2 – 1 in Lisbon on Sunday. Portuguese captain Rui Matos scored twice.

                Rui Matos said, "We could have scored four goals in the first half."
                """);
        Statement s = assertSpeaker(a, "We could have scored four goals in the first half", "Rui Matos",
                StatementKind.DIRECT);
        assertTrue(aboutNames(a, s).contains("Portugal"), () -> "about " + aboutNames(a, s));
    }

    @Test
    void weOfACoachNamedInAnAppositionIsTheCountryOfHisRole() {
        Analysis a = read("""
                Portugal Beaten

                Norway beat Portugal 2 – 0 in Oslo on Sunday. After the match, Rui Matos, Portugal coach, said, "We have learned a lot from today's game."
                """);
        Statement s = assertSpeaker(a, "We have learned a lot from today's game", "Rui Matos", StatementKind.DIRECT);
        assertTrue(aboutNames(a, s).contains("Portugal"), () -> "about " + aboutNames(a, s) + " " + a.entities());
    }

    @Test
    void theBoyIsTheBoyTheArticleNamed() {
        Analysis a = read("""
                Student Invited To Visit

                Amir Haddad, a 14-year-old student, was arrested at his school in Harwick on Monday.

                Technology executive Mark Tull said the boy was welcome to visit the company.
                """);
        Statement s = assertSpeaker(a, "the boy was welcome to visit the company", "Mark Tull", StatementKind.INDIRECT);
        assertTrue(aboutNames(a, s).contains("Amir Haddad"), () -> "about " + aboutNames(a, s));
    }

    // ------------------------------------------------------------------ helpers

    private static Analysis read(String text) {
        return extractor.extract(new Article("test", text));
    }
}
