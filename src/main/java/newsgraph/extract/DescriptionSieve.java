package newsgraph.extract;

import java.util.List;

/**
 * {@link SpeakerRule#DESCRIPTION}: the head chunk describes an entity met before — "the Unity leader" (who
 * holds that role there, else the nearest person), "the company", "the city" (see {@link Descriptions}).
 */
final class DescriptionSieve implements PhraseSieve {

    static final double CONFIDENCE = 0.65;

    @Override
    public List<SpeakerRule> rules() {
        return List.of(SpeakerRule.DESCRIPTION);
    }

    @Override
    public Decision decide(Phrase phrase, PhraseContext context) {
        Phrase head = phrase.head();
        String key = context.descriptions().description(head.tokens(), head.span(), true, context.facts());
        return key == null ? null : new Decision(key, head.span(), SpeakerRule.DESCRIPTION, CONFIDENCE);
    }
}
