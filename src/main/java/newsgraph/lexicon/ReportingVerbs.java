package newsgraph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reporting verbs of the lexicon ({@link WordList#REPORTING_VERBS}) with all their inflections, made from
 * the lemma by the regular rules of English spelling unless the entry lists its forms, and what each verb's
 * frame and properties say about how it reports.
 */
public final class ReportingVerbs {

    /** How a verb takes what is reported. */
    public enum Frame {
        /** "X said (that) ...", "…, X said." */
        SPEECH,
        /** "X told Y (that) ...": an addressee comes first. */
        SPEECH_TO,
        /** "X believes (that) ...": an attitude, reported with less confidence. */
        ATTITUDE,
        /** "X called for Y to ...", "X urged Y to ...": a demand. */
        DIRECTIVE,
        /** "the study found that ...": findings of research and documents. */
        FINDING
    }

    private final Map<String, String> lemmaOfForm = new HashMap<>();
    private final Map<String, Frame> frameOfLemma = new HashMap<>();
    private final Set<String> bareClause = new HashSet<>();
    private final Set<String> questions = new HashSet<>();
    private final Map<String, Set<String>> complementWords = new HashMap<>();

    /** From the table's entries: lemma → "frame property …" (see the resource's header). */
    ReportingVerbs(Map<String, String> entries) {
        entries.forEach((lemma, value) -> {
            String[] fields = value.strip().split("\\s+");
            frameOfLemma.put(lemma, Frame.valueOf(fields[0].toUpperCase(Locale.ROOT).replace('-', '_')));
            List<String> forms = null;
            boolean doubles = false;
            for (int i = 1; i < fields.length; i++) {
                String p = fields[i];
                if (p.equals("bare-clause")) {
                    bareClause.add(lemma);
                } else if (p.equals("question")) {
                    questions.add(lemma);
                } else if (p.equals("doubles")) {
                    doubles = true;
                } else if (p.startsWith("complement=")) {
                    complementWords.put(lemma, Set.of(p.substring("complement=".length()).split(",")));
                } else if (p.startsWith("forms=")) {
                    forms = List.of(p.substring("forms=".length()).split(","));
                } else {
                    throw new IllegalArgumentException("reporting verb " + lemma + ": unknown property " + p);
                }
            }
            lemmaOfForm.put(lemma, lemma);
            for (String form : forms != null ? forms : regularForms(lemma, doubles)) {
                String before = lemmaOfForm.put(form, lemma);
                if (before != null && !before.equals(lemma)) {
                    throw new IllegalArgumentException("\"" + form + "\" is a form of both " + before + " and " + lemma);
                }
            }
        });
    }

    /** The lemma of a reporting verb form ("told" → "tell"), or null. */
    public String lemmaOf(String form) {
        return lemmaOfForm.get(form.toLowerCase(Locale.ROOT));
    }

    public Frame frameOf(String lemma) {
        return frameOfLemma.get(lemma);
    }

    /** Whether the verb reports a clause without "that": "said the party would …". */
    public boolean takesBareClause(String lemma) {
        return bareClause.contains(lemma);
    }

    /** Whether the verb reports a question ("asked whether …"), which is no statement. */
    public boolean asksQuestions(String lemma) {
        return questions.contains(lemma);
    }

    /** The words after which the verb's report follows ("described the plan as …"), or an empty set. */
    public Set<String> complementWords(String lemma) {
        return complementWords.getOrDefault(lemma, Set.of());
    }

    static List<String> regularForms(String lemma, boolean doubles) {
        String third;
        String past;
        String ing;
        char last = lemma.charAt(lemma.length() - 1);
        if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z") || lemma.endsWith("o")) {
            third = lemma + "es";
        } else if (last == 'y' && !isVowel(lemma.charAt(lemma.length() - 2))) {
            third = lemma.substring(0, lemma.length() - 1) + "ies";
        } else {
            third = lemma + "s";
        }
        if (last == 'e') {
            past = lemma + "d";
            ing = lemma.endsWith("ee") ? lemma + "ing" : lemma.substring(0, lemma.length() - 1) + "ing";
        } else if (last == 'y' && !isVowel(lemma.charAt(lemma.length() - 2))) {
            past = lemma.substring(0, lemma.length() - 1) + "ied";
            ing = lemma + "ing";
        } else if (doubles) {
            past = lemma + last + "ed";
            ing = lemma + last + "ing";
        } else {
            past = lemma + "ed";
            ing = lemma + "ing";
        }
        return List.of(third, past, ing);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
