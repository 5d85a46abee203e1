package newsgraph.extract;

import java.util.List;

/**
 * Who speaks a direct quotation: the sieves of {@link #SIEVE_ORDER}, asked in turn until one decides — the
 * quotation's own speech tag, a credit after it, the paragraph's previous statement, a colon that introduces it,
 * an earlier reporting cue of the paragraph, the speaker of the quotation it reopens.
 */
final class QuoteAttribution {

    /** The sieves, in the order they are asked. */
    static final List<QuoteSieve> SIEVE_ORDER = List.of(new SpeechTagSieve(), new CreditSieve(),
            new ParagraphContinuationSieve(), new ColonSieve(), new EarlierCueSieve(), new ReopenedQuotationSieve());

    /** The rules the quotation sieves decide by, in the order they are first tried: {@link SpeakerRule}'s order. */
    static List<SpeakerRule> rules() {
        return SIEVE_ORDER.stream().flatMap(s -> s.rules().stream()).distinct().toList();
    }

    private QuoteAttribution() {
    }

    /** The speaker of a quotation, or null when no sieve decides. */
    static Decision speakerOf(Quote quote, QuoteContext context) {
        for (QuoteSieve sieve : SIEVE_ORDER) {
            if (quote.isTerm() && !sieve.decidesTerms()) {
                continue;
            }
            Decision d = sieve.decide(quote, context);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
