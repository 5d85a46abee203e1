package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.names.EntityType;
import newsgraph.nlp.Sentence;
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
        if (Lexicon.PLURAL_PRONOUNS.contains(lower) && context.doc().quoteAround(word.begin()) == null) {
            String institution = institutionSubjectBefore(phrase, context);
            if (institution != null) {
                return new Decision(institution, phrase.span(), SpeakerRule.PRONOUN, CONFIDENCE);
            }
        }
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
     * Rule "they-institution": "In a statement to the Gazette, the company denied these claims: … They also
     * claimed …" — a plural pronoun is the organisation described as the subject of one of the three sentences
     * before it ("the company", "the Church"), not an organisation named only after a preposition there. A
     * sentence whose subject is a name ends the search: the usual salience decides.
     */
    private static String institutionSubjectBefore(Phrase phrase, PhraseContext context) {
        Document doc = context.doc();
        int at = doc.sentences.indexOf(phrase.sentence());
        for (int k = at - 1; k >= 0 && k >= at - 3; k--) {
            Sentence s = doc.sentences.get(k);
            if (doc.quoteAround(s.span().begin()) != null) {
                continue;
            }
            // the subject: the last "the" or name in subject position before the first verb
            int subject = -1;
            boolean named = false;
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (i > 0 && ("VERB".equals(t.tag()) || "AUX".equals(t.tag()))) {
                    break;
                }
                if (!t.isWord() || !context.salience().isSubjectPosition(t.span())) {
                    continue;
                }
                if (!context.book().nameMentionsIn(t.span()).isEmpty()) {
                    subject = i;
                    named = true;
                } else if (t.lower().equals("the")) {
                    subject = i;
                    named = false;
                }
            }
            if (named) {
                return null; // a named subject: the usual salience decides
            }
            if (subject >= 0) {
                List<Fact> facts = new ArrayList<>(1);
                String key = context.descriptions().describedAt(s, subject, facts);
                EntityBook.Draft d = key == null ? null : context.book().draft(key);
                if (d != null && d.type() == EntityType.ORGANIZATION) {
                    facts.forEach(context::learn);
                    return key;
                }
            }
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
