package newsgraph.extract;

import java.util.List;
import newsgraph.nlp.Sentence;
import newsgraph.text.Block;

/**
 * {@link SpeakerRule#COLON}: "In a statement, the Council rejected the claims:" ¶ "“…”" — a paragraph that opens
 * with the quotation, after one that ends with a colon or comma: the subject of that line's reporting cue,
 * else of its main verb, else the first name in it, less sure each time. The same for a quotation after a colon
 * inside its paragraph ("colon-in-paragraph"): "Garrow defended the record, promising an update: “…”".
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
        Sentence last;
        int colon = colonBefore(quote, doc);
        if (!context.startsBlock(quote) && colon >= 0 && block.span().contains(colon)) {
            // rule "colon-in-paragraph": "X defended the record, promising an update: “…”" — the line before the colon
            last = doc.sentenceAt(colon);
            if (last == null || last.span().begin() > colon) {
                return null;
            }
        } else {
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
            last = ss.get(ss.size() - 1);
            colon = last.span().end();
        }
        for (Cue c : context.cues().find(last, doc)) {
            if (c.hasSubject() && c.cueSpan().end() <= colon) {
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
            if (last.span().contains(m.span()) && m.span().end() <= colon) {
                return new Decision(m.entityKey(), m.span(), SpeakerRule.COLON, NAME_CONFIDENCE);
            }
        }
        return null;
    }

    /** Where the colon right before a quotation's opening mark is (spaces between), or -1. */
    private static int colonBefore(Quote quote, Document doc) {
        int i = quote.outer().begin() - 1;
        while (i >= 0 && (doc.text.charAt(i) == ' ' || doc.text.charAt(i) == '\u00a0')) {
            i--;
        }
        return i >= 0 && doc.text.charAt(i) == ':' ? i : -1;
    }
}
