package newsgraph.extract;

import java.util.List;
import newsgraph.lexicon.Lexicon;
import newsgraph.names.EntityType;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * {@link SpeakerRule#NOMINAL} or {@link SpeakerRule#GROUP}: the head of the phrase names no one ("a spokesman",
 * "the post", "officials") and the complement after it does — "the post by an anonymous user" (its author),
 * "a spokesperson for the council" (an unnamed spokesperson of the organisation described), "a letter from the
 * Transport Ministry" (the author), "officials from the Transport Ministry" (the organisation).
 */
final class ComplementSieve implements PhraseSieve {

    /** "the post by X": X, a little less sure than X's own tag. */
    static final double BY_FACTOR = 0.9;
    static final double DESCRIBED_SPOKESPERSON_CONFIDENCE = 0.7;
    static final double DOCUMENT_CONFIDENCE = 0.7;
    static final double SPOKESPERSON_CONFIDENCE = 0.75;
    static final double GROUP_CONFIDENCE = 0.75;

    @Override
    public List<SpeakerRule> rules() {
        return List.of(SpeakerRule.NOMINAL, SpeakerRule.GROUP);
    }

    @Override
    public Decision decide(Phrase phrase, PhraseContext context) {
        if (!phrase.hasComplement()) {
            return null;
        }
        Phrase head = phrase.head();
        if (!context.book().nameMentionsIn(head.span()).isEmpty()) {
            return null;
        }
        List<Token> tokens = phrase.tokens();
        int cut = phrase.headEnd();
        Token headWord = Phrase.lastWord(tokens.subList(0, cut));
        if (headWord == null) {
            return null;
        }
        String h = headWord.lower();
        String prep = tokens.get(cut).lower();
        Span span = phrase.span();
        Sentence s = phrase.sentence();
        Span rest = new Span(tokens.get(cut).begin(), tokens.get(tokens.size() - 1).end());
        List<Mention> after = context.book().nameMentionsIn(rest);
        if (prep.equals("by") && cut + 1 < tokens.size()) {
            // "the post by an unknown author": the author speaks
            Decision d = context.resolve(s, phrase.from() + cut + 1, phrase.to(), SpeakerRule.NOMINAL);
            return d == null ? null : d.withRule(SpeakerRule.NOMINAL, d.confidence() * BY_FACTOR);
        }
        Mention org = context.lastOfType(after, EntityType.ORGANIZATION, EntityType.PLACE);
        Mention someone = context.lastOfType(after, EntityType.PERSON, EntityType.ORGANIZATION);
        boolean ofOrganisation = Lexicon.AFFILIATION_PREPOSITIONS.contains(prep);
        if (org == null && cut + 1 < tokens.size() && context.isSpokesperson(h) && ofOrganisation) {
            // "a spokesperson for the council": the organisation the description refers to
            String described = context.descriptions().describedAt(s, phrase.from() + cut + 1, context.facts());
            EntityBook.Draft d = described == null ? null : context.book().draft(described);
            if (d != null && d.type() == EntityType.ORGANIZATION) {
                Fact.Unnamed spokesperson = new Fact.Unnamed(d.canonical() + " " + h, EntityType.PERSON, d.key(), span);
                context.learn(spokesperson);
                return new Decision(spokesperson.key(), span, SpeakerRule.GROUP, DESCRIBED_SPOKESPERSON_CONFIDENCE);
            }
        }
        if (someone != null && context.isDocument(h)) {
            // "a letter from the Transport Ministry", "posts on the forum of Project Nightjar": the author speaks
            return new Decision(someone.entityKey(), someone.span(), SpeakerRule.NOMINAL, DOCUMENT_CONFIDENCE);
        }
        if (org != null && ofOrganisation) {
            if (context.isSpokesperson(h)) {
                String orgName = context.book().draft(org.entityKey()).canonical();
                Fact.Unnamed spokesperson = new Fact.Unnamed(orgName + " " + h, EntityType.PERSON, org.entityKey(), span);
                context.learn(spokesperson);
                return new Decision(spokesperson.key(), span, SpeakerRule.GROUP, SPOKESPERSON_CONFIDENCE);
            }
            if (context.isGroup(h)) {
                return new Decision(org.entityKey(), span, SpeakerRule.GROUP, GROUP_CONFIDENCE);
            }
        }
        return null;
    }
}
