package newsgraph.extract;

import java.util.List;

/**
 * One rule for who speaks a direct quotation, in the spirit of CoreNLP's quote-attribution sieves: it reads the
 * quotation in its context and answers a {@link Decision}, or null to let the next sieve try.
 */
interface QuoteSieve {

    /** The rules this sieve decides by, in the order of its own checks: the name of the sieve, as in CoreNLP's. */
    List<SpeakerRule> rules();

    Decision decide(Quote quote, QuoteContext context);

    /**
     * Whether the sieve decides short quoted terms too ("the “smear”"): those are statements only when a tag
     * or a credit says who speaks them, never by continuation or context.
     */
    default boolean decidesTerms() {
        return false;
    }
}
