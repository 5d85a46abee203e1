package newsgraph.source;

import java.util.Locale;
import newsgraph.nlp.OpenNlp;
import newsgraph.text.Article;

/**
 * Which articles the English extractor may read: an article that declares another language, or that OpenNLP's
 * language detector finds clearly in another one, is skipped with one line saying so (the extractor's models and
 * word lists are English, and would find wrong statements in it). A text too short to tell is read as English.
 */
public final class LanguageGate {

    /** The detector reads this much of the text: enough to be sure, and a bounded cost per article. */
    static final int SAMPLE_CHARS = 3_000;
    /** Fewer letters than this say too little to decide against English. */
    static final int MIN_LETTERS = 100;
    /**
     * How sure the detector must be of another language, and how many times likelier than English it must be (on a
     * paragraph of Spanish, French or German the detector gives 0.4–0.55 to it and 0.005–0.015 to English; on a news
     * article 0.98 and more to its language).
     */
    static final double MIN_CONFIDENCE = 0.3;
    static final double MIN_ODDS_AGAINST_ENGLISH = 10;

    /** ISO 639 three-letter codes to the two-letter ones Java has names for ("fra" to "fr"). */
    private static final java.util.Map<String, String> TWO_LETTER = java.util.Arrays.stream(Locale.getISOLanguages())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(l -> Locale.forLanguageTag(l).getISO3Language(), l -> l,
                    (a, b) -> a));

    private LanguageGate() {
    }

    /** Why the article is not read (one line, naming {@code source}), or null when it is English or may be. */
    public static String notEnglish(Article article, String source) {
        String declared = article.metadata().language();
        if (declared != null) {
            String language = Locale.forLanguageTag(declared).getLanguage();
            if (!language.equals("en") && !language.equals("eng")) {
                return source + ": in " + name(language) + " (it declares \"" + declared + "\"), not English: skipped";
            }
        }
        String text = article.text();
        String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        OpenNlp.Language detected = OpenNlp.language(sample);
        if (!detected.code().equals("eng") && detected.confidence() >= MIN_CONFIDENCE
                && detected.confidence() >= MIN_ODDS_AGAINST_ENGLISH * detected.english()) {
            return source + ": in " + name(detected.code()) + " (detected), not English: skipped";
        }
        return null;
    }

    /** "Spanish" for "es" or "spa"; the code itself when Java knows no name for it. */
    static String name(String code) {
        // the detector gives ISO 639-3 codes ("fra"), which Java names only by their two-letter forms ("fr")
        String tag = code.length() == 3 ? TWO_LETTER.getOrDefault(code, code) : code;
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? "language '" + code + "'" : name;
    }
}
