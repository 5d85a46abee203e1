package newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsgraph.names.EntityType;
import newsgraph.text.Span;
import newsgraph.nlp.Token;

/**
 * {@link SpeakerRule#PRONOUN}: "…,” he told reporters" — the subject is a personal pronoun, resolved to the
 * most salient fitting entity before it (see {@link Salience#resolvePronoun}). A relative pronoun ("who",
 * "which") names nobody here: its antecedent stands outside the phrase. Nor is it anyone the quotation it tags
 * names ({@link #namedInItsQuotation}).
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
            String key = context.salience().resolvePronoun(word, word.begin(), namedInItsQuotation(phrase, context));
            return key == null ? Decision.NOBODY : new Decision(key, phrase.span(), SpeakerRule.PRONOUN, CONFIDENCE);
        }
        if (lower.equals("who") || lower.equals("which")) {
            return Decision.NOBODY;
        }
        return null;
    }

    /**
     * Rule "named-in-its-quotation": the people a quotation of the pronoun's sentence names are not the one
     * who speaks it — "For Tom Reyes, Arthur Penhale was a hero. He said, “Arthur Penhale changed …”" is
     * Reyes's; a speaker does not name himself in full.
     */
    private static Set<String> namedInItsQuotation(Phrase phrase, PhraseContext context) {
        Set<String> named = new HashSet<>();
        Span sentence = phrase.sentence().span();
        for (Quote q : context.doc().quotes) {
            if (!q.outer().overlaps(sentence)) {
                continue;
            }
            for (Mention m : context.book().nameMentionsIn(q.inner())) {
                EntityBook.Draft d = context.book().draft(m.entityKey());
                if (d != null && d.type() == EntityType.PERSON) {
                    named.add(d.key());
                }
            }
        }
        return named;
    }
}
