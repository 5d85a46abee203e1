package newsgraph.extract;

import java.util.List;
import newsgraph.names.EntityType;
import newsgraph.text.Span;

/**
 * {@link SpeakerRule#SPEECH_TAG} (or {@link SpeakerRule#APPOSITION}, {@link SpeakerRule#ACCORDING_TO}, as the
 * cue says): a name in the phrase's head chunk — the person if one is named, else the last organisation or
 * place ("the Council denied", "according to the Office for National Statistics").
 */
final class NameSieve implements PhraseSieve {

    @Override
    public List<SpeakerRule> rules() {
        return List.of(SpeakerRule.SPEECH_TAG, SpeakerRule.APPOSITION, SpeakerRule.ACCORDING_TO);
    }

    @Override
    public Decision decide(Phrase phrase, PhraseContext context) {
        Phrase head = phrase.head();
        Span span = head.span();
        List<Mention> names = context.book().nameMentionsIn(span);
        if (names.isEmpty()) {
            return null;
        }
        Mention person = context.lastOfType(names, EntityType.PERSON);
        Mention chosen = person != null ? person : context.lastOfType(names, EntityType.ORGANIZATION, EntityType.PLACE);
        if (chosen == null) {
            return null;
        }
        Decision d = NamedPersonSieve.decision(chosen, head, span, context);
        context.learnRoles(chosen, head.tokens(), names);
        return d;
    }
}
