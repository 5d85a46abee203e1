package newsgraph.extract;

import java.util.List;
import newsgraph.nlp.Sentence;
import newsgraph.text.Block;

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

    /** Resolves a speaker phrase; what the phrase sieves learned is applied to the entity book before it returns. */
    @FunctionalInterface
    interface Speakers {
        Decision resolve(Sentence s, int from, int to, SpeakerRule nameRule);
    }

    /**
     * What the sieves read: the article, its entities and cues, the quotation's paragraph, its reporting cues
     * and its speech tag (the cue right after or right before it, or null), the statements recorded so far (in
     * the order they were found), who spoke last.
     */
    record Context(Document doc, EntityBook book, CueFinder cues, Salience salience, Block block, List<Cue> blockCues,
                   Cue tag, List<Statement> statements, Speakers speakers) {
    }

    private QuoteAttribution() {
    }

    /** The speaker of a quotation, or null when no sieve decides. */
    static Decision speakerOf(Quote quote, Context context) {
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

    /** Whether the quotation opens its paragraph. */
    static boolean startsBlock(Quote q, Block block) {
        return q.outer().begin() <= block.span().begin() + 1;
    }
}
