package newsgraph.extract;

import java.util.List;
import newsgraph.lexicon.ReportingVerbs;

/**
 * "X issued a statement regarding Y. “…”": the last reporting cue of the paragraph before the quotation that
 * names a speaker and reports nothing of its own; its subject, resolved by the speaker-phrase sieves (whose rule
 * it keeps), speaks — less surely than through a tag of the quotation's own.
 */
final class EarlierCueSieve implements QuoteSieve {

    static final double FACTOR = 0.8;

    @Override
    public List<SpeakerRule> rules() {
        return SpeakerPhrases.rules();
    }

    @Override
    public Decision decide(Quote quote, QuoteContext context) {
        Cue earlier = lastCueBefore(quote, context);
        if (earlier == null) {
            return null;
        }
        Decision e = context.speakers().resolve(earlier.sentence(), earlier.subjectFrom(), earlier.subjectTo(),
                SpeakerRule.SPEECH_TAG);
        return e == null ? null : e.withRule(e.rule(), e.confidence() * FACTOR).withCue(earlier.cueSpan());
    }

    /** The last cue with a speaker and no clause of its own before the quotation, in its paragraph. */
    private static Cue lastCueBefore(Quote q, QuoteContext context) {
        Cue best = null;
        for (Cue c : context.blockCues()) {
            if (c.sentence().token(c.verb()).end() <= q.outer().begin() && c.hasSubject() && !c.hasComplement()
                    && (c.frame() == ReportingVerbs.Frame.SPEECH || c.frame() == ReportingVerbs.Frame.SPEECH_TO)) {
                best = c;
            }
        }
        return best;
    }
}
