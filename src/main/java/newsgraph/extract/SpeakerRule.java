package newsgraph.extract;

/**
 * The attribution rules that can decide a statement's speaker, in the order the sieves that decide them are
 * first tried: a quotation's speech tag is read by the speaker-phrase sieves ({@link SpeakerPhrases#SIEVE_ORDER}:
 * a pronoun, a name — plain, with an apposition, or after "according to" —, a noun phrase with a complement or
 * a group, a description), then the other quotation sieves ({@link QuoteAttribution#SIEVE_ORDER}: a credit, a
 * continuation of the paragraph's last statement, a colon that introduces it, …). Each statement records the
 * one that decided. The ontology has an individual for each ({@code ng:SpeechTagRule} ...), checked by a test.
 */
public enum SpeakerRule {
    PRONOUN("PronounRule"),
    SPEECH_TAG("SpeechTagRule"),
    APPOSITION("AppositionRule"),
    ACCORDING_TO("AccordingToRule"),
    NOMINAL("NominalRule"),
    GROUP("GroupRule"),
    DESCRIPTION("DescriptionRule"),
    CONTINUATION("ContinuationRule"),
    COLON("ColonRule");

    private final String localName;

    SpeakerRule(String localName) {
        this.localName = localName;
    }

    /** The local name of the rule's individual in the newsgraph ontology. */
    public String localName() {
        return localName;
    }
}
