package newsgraph.extract;

import java.util.List;
import newsgraph.text.Block;
import newsgraph.text.Span;

/** {@link SpeakerRule#SPEECH_TAG}: a pull quote with its credit — "“…” - Ines Ferreira" — the name right after the dash. */
final class CreditSieve implements QuoteSieve {

    static final double CONFIDENCE = 0.85;

    @Override
    public List<SpeakerRule> rules() {
        return List.of(SpeakerRule.SPEECH_TAG);
    }

    @Override
    public Decision decide(Quote quote, QuoteContext context) {
        Document doc = context.doc();
        int end = quote.outer().end();
        Block block = doc.blocks.get(quote.block());
        String rest = doc.text.substring(end, block.span().end());
        if (!rest.matches("\\s*[-—–]\\s*\\p{Lu}.*")) {
            return null;
        }
        for (Mention m : context.book().nameMentions()) {
            if (m.span().begin() > end && m.span().begin() <= end + 6 && block.span().contains(m.span())) {
                Span dash = new Span(end, Math.min(doc.text.length(), end + 2));
                return new Decision(m.entityKey(), m.span(), SpeakerRule.SPEECH_TAG, CONFIDENCE, dash);
            }
        }
        return null;
    }

    @Override
    public boolean decidesTerms() {
        return true;
    }
}
