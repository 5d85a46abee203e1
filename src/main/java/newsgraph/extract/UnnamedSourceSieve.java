package newsgraph.extract;

import java.util.List;
import newsgraph.lexicon.Lexicon;
import newsgraph.names.EntityType;
import newsgraph.nlp.Token;

/**
 * {@link SpeakerRule#GROUP}, last: an unnamed source — "researchers", "the report's authors", "one poster" —
 * an entity of its own, local to the article, named by its description without the article.
 */
final class UnnamedSourceSieve implements PhraseSieve {

    static final double CONFIDENCE = 0.6;

    @Override
    public List<SpeakerRule> rules() {
        return List.of(SpeakerRule.GROUP);
    }

    @Override
    public Decision decide(Phrase phrase, PhraseContext context) {
        Phrase head = phrase.head();
        String description = describe(head.tokens());
        if (description == null || !namesAgent(head.tokens(), context.lexicon())) {
            return Decision.NOBODY;
        }
        Fact.Unnamed source = new Fact.Unnamed(description, EntityType.AGENT, null, head.span());
        context.learn(source);
        return new Decision(source.key(), head.span(), SpeakerRule.GROUP, CONFIDENCE);
    }

    /**
     * Whether the phrase's head noun can name someone who speaks (a person, a group, a document):
     * "researchers", "critics", "the report" can; "today", "the scene", "the results" cannot.
     */
    static boolean namesAgent(List<Token> tokens, Lexicon lexicon) {
        Token head = Phrase.lastWord(tokens);
        if (head != null && "PROPN".equals(head.tag()) && head.isCapitalised()) {
            return true; // a name the recogniser missed ("Wicker said"), not a common noun
        }
        return head != null && lexicon.canNameAgent(head.lower());
    }

    /** A short description of an unnamed source, without its article: "researchers", "report's authors". */
    static String describe(List<Token> tokens) {
        int from = 0;
        while (from < tokens.size() && Lexicon.PHRASE_OPENERS.contains(tokens.get(from).lower())) {
            from++;
        }
        if (from >= tokens.size()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > from && t.begin() > tokens.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        String d = sb.toString().strip();
        Token head = Phrase.lastWord(tokens);
        // an unnamed source is a noun phrase: "researchers", "the report's authors" — not "quickly", "it became"
        if (head == null || !head.isWord() || !("NOUN".equals(head.tag()) || "PROPN".equals(head.tag()))) {
            return null;
        }
        for (Token t : tokens) {
            if (("VERB".equals(t.tag()) || "AUX".equals(t.tag()) || "PRON".equals(t.tag())) && !t.isCapitalised()) {
                return null;
            }
        }
        return d.length() > 60 ? null : d;
    }
}
