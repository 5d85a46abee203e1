package newsgraph.extract;

import java.util.List;
import newsgraph.nlp.Sentence;
import newsgraph.text.Block;

/**
 * {@link SpeakerRule#COLON}: "In a statement, the Council rejected the claims:" ¶ "“…”" — a paragraph that opens
 * with the quotation, after one that ends with a colon or comma: the subject of that line's reporting cue,
 * else of its main verb, else the first name in it, less sure each time.
 */
final class ColonSieve implements QuoteSieve {

    static final double CUE_CONFIDENCE = 0.8;
    static final double MAIN_VERB_CONFIDENCE = 0.75;
    static final double NAME_CONFIDENCE = 0.6;

    @Override
    public List<SpeakerRule> rules() {
        return List.of(SpeakerRule.COLON);
    }

    @Override
    public Decision decide(Quote quote, QuoteContext context) {
        Block block = context.block();
        Document doc = context.doc();
        if (!context.startsBlock(quote) || block.index() == 0) {
            return null;
        }
        Block prev = doc.blocks.get(block.index() - 1);
        String prevText = doc.text(prev.span()).strip();
        if (!prevText.endsWith(":") && !prevText.endsWith(",")) {
            return null;
        }
        List<Sentence> ss = doc.sentencesOf(prev);
        if (ss.isEmpty()) {
            return null;
        }
        Sentence last = ss.get(ss.size() - 1);
        for (Cue c : context.cues().find(last, doc)) {
            if (c.hasSubject()) {
                Decision d = context.speakers().resolve(last, c.subjectFrom(), c.subjectTo(), SpeakerRule.COLON);
                if (d != null) {
                    return d.withRule(SpeakerRule.COLON, CUE_CONFIDENCE);
                }
            }
        }
        // "Pellew stated," / "X has called the plan “unfair”:": the subject of the line's main verb
        int[] subject = context.cues().mainClauseSubject(last, doc);
        if (subject != null) {
            Decision d = context.speakers().resolve(last, subject[0], subject[1], SpeakerRule.COLON);
            if (d != null) {
                return d.withRule(SpeakerRule.COLON, MAIN_VERB_CONFIDENCE);
            }
        }
        for (Mention m : context.book().nameMentions()) {
            if (last.span().contains(m.span())) {
                return new Decision(m.entityKey(), m.span(), SpeakerRule.COLON, NAME_CONFIDENCE);
            }
        }
        return null;
    }
}
