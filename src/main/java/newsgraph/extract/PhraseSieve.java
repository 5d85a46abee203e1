package newsgraph.extract;

import java.util.List;

/**
 * One rule for who a speaker phrase refers to. Sieves read the article and its entities through the context
 * and never change them: what they learn (a mention, a role, an unnamed source) they hand to
 * {@link PhraseContext#learn}, and the reading applies it once the phrase is resolved.
 */
interface PhraseSieve {

    /** The rules this sieve decides by, in the order of its own checks: the name of the sieve, as in CoreNLP's. */
    List<SpeakerRule> rules();

    /** The speaker by this sieve's rule, {@link Decision#NOBODY} when it knows there is none, else null. */
    Decision decide(Phrase phrase, PhraseContext context);
}
