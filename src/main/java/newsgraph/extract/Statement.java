package newsgraph.extract;

import java.util.List;
import newsgraph.text.Span;

/**
 * Who said what about whom, with everything needed to check it in the text.
 *
 * @param content        the attributed words (inside the marks for direct quotes; the reported clause otherwise)
 * @param kind           direct, indirect or mixed
 * @param cue            the reporting verb, "according to", colon or quotation mark that marks it
 * @param speakerMention the span naming or referring to the speaker
 * @param speakerKey     the speaking entity's key
 * @param rule           the sieve that decided the speaker
 * @param confidence     0..1
 * @param about          keys of the entities it is about, in text order, without duplicates
 * @param sentence       the sentence (or paragraph) it stands in
 */
public record Statement(Span content, StatementKind kind, Span cue, Span speakerMention, String speakerKey,
                        SpeakerRule rule, double confidence, List<String> about, Span sentence) {

    public Statement {
        about = List.copyOf(about);
    }
}
