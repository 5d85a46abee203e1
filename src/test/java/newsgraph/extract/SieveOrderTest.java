package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attribution rules are documented in the order the sieves that decide them are tried; that order is the
 * sieve lists' own, so the documentation cannot drift from the code.
 */
class SieveOrderTest {

    @Test
    void speakerRulesAreListedInTheOrderTheSievesTryThem() {
        assertEquals(Arrays.asList(SpeakerRule.values()), QuoteAttribution.rules());
    }

    @Test
    void aQuotationsSpeechTagIsReadByThePhraseSievesFirst() {
        assertTrue(QuoteAttribution.SIEVE_ORDER.get(0) instanceof SpeechTagSieve);
        assertEquals(SpeakerPhrases.rules(), QuoteAttribution.SIEVE_ORDER.get(0).rules());
    }

    @Test
    void thePhraseSievesTryPronounsFirstAndUnnamedSourcesLast() {
        List<Class<?>> order = SpeakerPhrases.SIEVE_ORDER.stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(PronounSieve.class, NamedPersonSieve.class, ComplementSieve.class,
                OrganisationSourceSieve.class, NameSieve.class, DescriptionSieve.class, UnnamedSourceSieve.class), order);
    }

    @Test
    void everyRuleIsDecidedBySomeSieve() {
        for (SpeakerRule rule : SpeakerRule.values()) {
            assertTrue(QuoteAttribution.rules().contains(rule), rule + " is decided by no sieve");
        }
    }
}
