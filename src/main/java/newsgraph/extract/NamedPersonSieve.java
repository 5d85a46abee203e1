package newsgraph.extract;

import java.util.List;
import newsgraph.names.EntityType;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * {@link SpeakerRule#SPEECH_TAG} (or {@link SpeakerRule#APPOSITION}, {@link SpeakerRule#ACCORDING_TO}, as the
 * cue says): a person named anywhere in the phrase speaks — "Minister of Transport Paola Ferrante", "Unity's
 * Shadow Health Secretary Helen Kirkby", "Hugh Hill, a doctor," — unless named only as the object of a
 * preposition ("a spokesman for Mr X"). Roles written in an apposition after the name are learned.
 */
final class NamedPersonSieve implements PhraseSieve {

    /** A name in a speech tag or an apposition. */
    static final double CONFIDENCE = 0.9;
    /** A name after "according to": a source, not always the one who spoke. */
    static final double ACCORDING_TO_CONFIDENCE = 0.85;

    @Override
    public List<SpeakerRule> rules() {
        return List.of(SpeakerRule.SPEECH_TAG, SpeakerRule.APPOSITION, SpeakerRule.ACCORDING_TO);
    }

    @Override
    public Decision decide(Phrase phrase, PhraseContext context) {
        Span span = phrase.span();
        List<Token> tokens = phrase.tokens();
        Mention named = headPerson(tokens, span, context);
        if (named == null) {
            return null;
        }
        List<Token> withApposition = withApposition(phrase);
        Span learned = new Span(withApposition.get(0).begin(), withApposition.get(withApposition.size() - 1).end());
        context.learnRoles(named, withApposition, context.book().nameMentionsIn(learned));
        return decision(named, phrase, span, context);
    }

    /**
     * Rule "apposition-after-the-phrase": the phrase's words and, when the cue left it out, the apposition between
     * commas right after it — "Rui Matos, Portugal coach, said" — whose role is learned ("Portugal coach").
     */
    private static List<Token> withApposition(Phrase phrase) {
        List<Token> all = phrase.sentence().tokens();
        int end = phrase.from() + phrase.size();
        if (end >= all.size() || !all.get(end).text().equals(",")) {
            return phrase.tokens();
        }
        for (int k = end + 1; k < all.size() && k <= end + 8; k++) {
            if (all.get(k).text().equals(",")) {
                return all.subList(phrase.from(), k);
            }
            if (!all.get(k).isWord()) {
                break;
            }
        }
        return phrase.tokens();
    }

    /** The decision for a name in the phrase: the cue's rule, an apposition when a comma follows the name. */
    static Decision decision(Mention name, Phrase phrase, Span span, PhraseContext context) {
        SpeakerRule nameRule = phrase.nameRule();
        EntityBook.Draft d = context.book().draft(name.entityKey());
        Token last = Phrase.lastWord(phrase.head().tokens());
        if (d != null && d.type() == EntityType.PLACE && last != null && last.end() == name.span().end()
                && context.lexicon().canonicalCountry(d.canonical()) == null) {
            // a country that speaks stays a place (a state, not one institution): "Georgia said" 
            // the place is the phrase's head, not a word before it ("the Dallas chapter"): an institution speaks
            context.learn(new Fact.ActsAsInstitution(d.key()));
        }
        boolean apposition = nameRule == SpeakerRule.APPOSITION
                || nameRule == SpeakerRule.SPEECH_TAG && Phrase.hasComma(context.doc().text, span, name.span());
        return new Decision(name.entityKey(), name.span(), apposition ? SpeakerRule.APPOSITION : nameRule,
                nameRule == SpeakerRule.ACCORDING_TO ? ACCORDING_TO_CONFIDENCE : CONFIDENCE);
    }

    /** The last person named in the phrase who is not only the object of a preposition in it. */
    private static Mention headPerson(List<Token> tokens, Span phrase, PhraseContext context) {
        Mention best = null;
        for (Mention m : context.book().nameMentionsIn(phrase)) {
            EntityBook.Draft d = context.book().draft(m.entityKey());
            if (d == null || d.type() != EntityType.PERSON) {
                continue;
            }
            Token before = null;
            for (Token t : tokens) {
                if (t.end() <= m.span().begin()) {
                    before = t;
                }
            }
            boolean complement = before != null && "ADP".equals(before.tag()) && !before.isCapitalised()
                    && !before.lower().equals("by");
            if (!complement || best == null) {
                best = m;
            }
        }
        return best;
    }
}
