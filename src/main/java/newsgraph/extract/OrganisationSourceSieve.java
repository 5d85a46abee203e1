package newsgraph.extract;

import java.util.List;
import newsgraph.names.EntityType;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * {@link SpeakerRule#GROUP}: a group or an anonymous source of a named organisation, in the phrase's head
 * chunk — "Unity sources", "Open Door officials" (the organisation speaks), "a Unity spokesman" (an unnamed
 * spokesperson of the organisation, an entity of its own).
 */
final class OrganisationSourceSieve implements PhraseSieve {

    static final double GROUP_CONFIDENCE = 0.8;
    static final double SPOKESPERSON_CONFIDENCE = 0.75;

    @Override
    public List<SpeakerRule> rules() {
        return List.of(SpeakerRule.GROUP);
    }

    @Override
    public Decision decide(Phrase phrase, PhraseContext context) {
        Phrase head = phrase.head();
        Span span = head.span();
        List<Mention> names = context.book().nameMentionsIn(span);
        Token last = Phrase.lastWord(head.tokens());
        if (last == null || names.isEmpty()) {
            return null;
        }
        String h = last.lower();
        Mention org = context.lastOfType(names, EntityType.ORGANIZATION, EntityType.PLACE);
        boolean headIsName = names.get(names.size() - 1).span().end() >= last.end();
        if (org == null || headIsName || context.lastOfType(names, EntityType.PERSON) != null) {
            return null;
        }
        if (context.isGroup(h)) {
            return new Decision(org.entityKey(), span, SpeakerRule.GROUP, GROUP_CONFIDENCE);
        }
        if (context.isSpokesperson(h)) {
            String orgName = context.book().draft(org.entityKey()).canonical();
            Fact.Unnamed spokesperson = new Fact.Unnamed(orgName + " " + h, EntityType.PERSON, org.entityKey(), span);
            context.learn(spokesperson);
            return new Decision(spokesperson.key(), span, SpeakerRule.GROUP, SPOKESPERSON_CONFIDENCE);
        }
        return null;
    }
}
