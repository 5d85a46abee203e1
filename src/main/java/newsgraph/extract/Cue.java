package newsgraph.extract;

import newsgraph.lexicon.ReportingVerbs;
import newsgraph.nlp.Sentence;
import newsgraph.text.Span;

/**
 * A reporting expression in a sentence: a reporting verb ("told"), "according to", or a credit dash,
 * with the phrase that names who speaks and what is reported, as token ranges of its sentence.
 *
 * @param sentence      the sentence
 * @param verb          token index of the cue word
 * @param lemma         the verb's lemma ("tell"), or "according to" / "-"
 * @param frame         how the verb takes what is reported
 * @param subjectFrom   first token of the speaker phrase, or -1 when there is none (elided subject)
 * @param subjectTo     token after the speaker phrase
 * @param complementFrom first token of the reported clause, or -1 when the cue introduces a quotation
 * @param complementTo  token after the reported clause
 * @param postposed     the speaker phrase follows the verb ("said Ambassador Okafor")
 * @param apposition    an apposition stands between the speaker's name and the verb ("Hugh Barton, a doctor, said")
 */
record Cue(Sentence sentence, int verb, String lemma, ReportingVerbs.Frame frame, int subjectFrom, int subjectTo,
           int complementFrom, int complementTo, boolean postposed, boolean apposition) {

    Cue(Sentence sentence, int verb, String lemma, ReportingVerbs.Frame frame, int subjectFrom, int subjectTo,
        int complementFrom, int complementTo, boolean postposed) {
        this(sentence, verb, lemma, frame, subjectFrom, subjectTo, complementFrom, complementTo, postposed, false);
    }

    Span cueSpan() {
        if (lemma.equals("according to") && verb + 1 < sentence.size()) {
            return sentence.token(verb).span().union(sentence.token(verb + 1).span());
        }
        return sentence.token(verb).span();
    }

    boolean hasSubject() {
        return subjectFrom >= 0 && subjectTo > subjectFrom;
    }

    Span subjectSpan() {
        return hasSubject()
                ? new Span(sentence.token(subjectFrom).begin(), sentence.token(subjectTo - 1).end())
                : null;
    }

    boolean hasComplement() {
        return complementFrom >= 0 && complementTo > complementFrom;
    }

    Span complementSpan() {
        return hasComplement()
                ? new Span(sentence.token(complementFrom).begin(), sentence.token(complementTo - 1).end())
                : null;
    }

    /** The decided rule for a speaker named in this cue's subject: an apposition when one stood between. */
    SpeakerRule nameRule() {
        return lemma.equals("according to") ? SpeakerRule.ACCORDING_TO
                : apposition ? SpeakerRule.APPOSITION : SpeakerRule.SPEECH_TAG;
    }
}
