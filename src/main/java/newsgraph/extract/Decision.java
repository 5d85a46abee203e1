package newsgraph.extract;

import newsgraph.text.Span;

/**
 * A decided speaker: the entity's key, the words that name or refer to it ({@code null} when no words do, as
 * for a continued quotation), the rule that decided, how sure it is (0..1), and the cue that marks the
 * statement when the deciding sieve found one of its own ({@code null}: the quotation's tag, else its mark).
 */
record Decision(String key, Span mention, SpeakerRule rule, double confidence, Span cue) {

    /** The answer of a sieve that knows nobody speaks here: the sieves after it are not asked. */
    static final Decision NOBODY = new Decision(null, null, null, 0, null);

    Decision(String key, Span mention, SpeakerRule rule, double confidence) {
        this(key, mention, rule, confidence, null);
    }

    Decision withRule(SpeakerRule newRule, double newConfidence) {
        return new Decision(key, mention, newRule, newConfidence, cue);
    }

    Decision withCue(Span newCue) {
        return new Decision(key, mention, rule, confidence, newCue);
    }
}
