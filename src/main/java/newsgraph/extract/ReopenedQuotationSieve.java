package newsgraph.extract;

import java.util.List;

/**
 * {@link SpeakerRule#CONTINUATION}: a paragraph that reopens a quotation left open, or opens with an untagged
 * one, after a paragraph of quoted speech — the last speaker, if one spoke in the previous paragraph.
 */
final class ReopenedQuotationSieve implements QuoteSieve {

    /** The quotation was left open: its speaker goes on. */
    static final double REOPENED_CONFIDENCE = 0.85;
    /** A new quotation opens the paragraph: probably the same speaker. */
    static final double OPENING_CONFIDENCE = 0.7;

    @Override
    public List<SpeakerRule> rules() {
        return List.of(SpeakerRule.CONTINUATION);
    }

    @Override
    public Decision decide(Quote quote, QuoteContext context) {
        if (!quote.openStart() && !context.startsBlock(quote)) {
            return null;
        }
        Decision last = context.salience().lastSpeakerBefore(quote.outer().begin(), 1);
        if (last == null || !lastStatementIsDirectOrColon(context)) {
            return null;
        }
        return new Decision(last.key(), null, SpeakerRule.CONTINUATION,
                quote.openStart() ? REOPENED_CONFIDENCE : OPENING_CONFIDENCE);
    }

    private static boolean lastStatementIsDirectOrColon(QuoteContext context) {
        List<Statement> statements = context.statements();
        if (statements.isEmpty()) {
            return false;
        }
        Statement last = statements.get(statements.size() - 1);
        return last.kind() != StatementKind.INDIRECT || last.content().end() >= context.block().span().begin() - 3;
    }
}
