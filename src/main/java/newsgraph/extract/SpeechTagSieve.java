package newsgraph.extract;

import java.util.List;

/**
 * The quotation's own speech tag — "“…,” Sarah Quinn told reporters", "he added: “…”" — whose subject the
 * speaker-phrase sieves resolve ({@link SpeakerPhrases}): the rule is theirs (speech tag, apposition, pronoun,
 * description, group …), the cue the tag's verb.
 */
final class SpeechTagSieve implements QuoteSieve {

    @Override
    public List<SpeakerRule> rules() {
        return SpeakerPhrases.rules();
    }

    @Override
    public Decision decide(Quote quote, QuoteContext context) {
        Cue tag = context.tag();
        if (tag == null || !tag.hasSubject()) {
            return null;
        }
        Decision d = context.speakers().resolve(tag.sentence(), tag.subjectFrom(), tag.subjectTo(), tag.nameRule());
        return d == null ? null : d.withCue(tag.cueSpan());
    }

    @Override
    public boolean decidesTerms() {
        return true;
    }
}
