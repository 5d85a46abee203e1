package newsgraph.extract;

import java.util.List;

/**
 * {@link SpeakerRule#CONTINUATION}: "“A,” X said. “B.”" — an untagged quotation goes on from the last statement
 * of its paragraph before it, whose speaker speaks it too.
 */
final class ParagraphContinuationSieve implements QuoteSieve {

    static final double CONFIDENCE = 0.85;

    @Override
    public List<SpeakerRule> rules() {
        return List.of(SpeakerRule.CONTINUATION);
    }

    @Override
    public Decision decide(Quote quote, QuoteContext context) {
        Statement best = null;
        for (Statement st : context.statements()) {
            if (context.block().span().contains(st.content()) && st.content().end() <= quote.outer().begin()
                    && (best == null || st.content().begin() > best.content().begin())) {
                best = st;
            }
        }
        return best == null ? null : new Decision(best.speakerKey(), null, SpeakerRule.CONTINUATION, CONFIDENCE);
    }
}
