package newsgraph.extract;

import java.util.List;
import newsgraph.nlp.Sentence;
import newsgraph.text.Block;

/**
 * What the quotation sieves read: the article, its entities and cues, the quotation's paragraph, its reporting cues
 * and its speech tag (the cue right after or right before it, or null), the statements recorded so far (in the
 * order they were found, read-only), who spoke last, and the speaker-phrase sieves.
 */
record QuoteContext(Document doc, EntityBook book, CueFinder cues, Salience salience, Block block, List<Cue> blockCues,
                    Cue tag, List<Statement> statements, Speakers speakers) {

    /** Resolves a speaker phrase; what the phrase sieves learned is applied to the entity book before it returns. */
    @FunctionalInterface
    interface Speakers {
        Decision resolve(Sentence s, int from, int to, SpeakerRule nameRule);
    }

    /** Whether the quotation opens its paragraph. */
    boolean startsBlock(Quote q) {
        return q.outer().begin() <= block.span().begin() + 1;
    }
}
