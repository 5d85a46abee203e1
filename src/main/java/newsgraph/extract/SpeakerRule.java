package newsgraph.extract;

/**
 * The attribution rules (sieves) that can decide a statement's speaker, in the order they are tried.
 * Each statement records the one that decided. The ontology has an individual for each
 * ({@code ng:SpeechTagRule} ...), checked by a test.
 */
public enum SpeakerRule {
    SPEECH_TAG("SpeechTagRule"),
    ACCORDING_TO("AccordingToRule"),
    APPOSITION("AppositionRule"),
    NOMINAL("NominalRule"),
    PRONOUN("PronounRule"),
    DESCRIPTION("DescriptionRule"),
    GROUP("GroupRule"),
    COLON("ColonRule"),
    CONTINUATION("ContinuationRule"),
    NEAREST_SPEAKER("NearestSpeakerRule");

    private final String localName;

    SpeakerRule(String localName) {
        this.localName = localName;
    }

    /** The local name of the rule's individual in the newsgraph ontology. */
    public String localName() {
        return localName;
    }
}
