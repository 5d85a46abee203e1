package newsgraph.extract;

import java.util.List;
import newsgraph.nlp.Token;

/**
 * {@link SpeakerRule#PRONOUN}: "…,” he told reporters" — the subject is a personal pronoun, resolved to the
 * most salient fitting entity before it (see {@link Salience#resolvePronoun}). A relative pronoun ("who",
 * "which") names nobody here: its antecedent stands outside the phrase.
 */
final class PronounSieve implements PhraseSieve {

    static final double CONFIDENCE = 0.75;

    @Override
    public List<SpeakerRule> rules() {
        return List.of(SpeakerRule.PRONOUN);
    }

    @Override
    public Decision decide(Phrase phrase, PhraseContext context) {
        if (phrase.size() != 1) {
            return null;
        }
        Token word = phrase.sentence().token(phrase.from());
        String lower = word.lower();
        if (Salience.isPersonalPronoun(lower)) {
            String key = context.salience().resolvePronoun(word, word.begin(), null);
            return key == null ? Decision.NOBODY : new Decision(key, phrase.span(), SpeakerRule.PRONOUN, CONFIDENCE);
        }
        if (lower.equals("who") || lower.equals("which")) {
            return Decision.NOBODY;
        }
        return null;
    }
}
