package newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon of English reporting verbs (say, tell, argue, warn, insist, claim ...) with all their
 * inflections, generated from the lemma by the regular rules of English spelling plus a table of
 * irregular forms. General language, compiled by hand from reporting-verb inventories used in quotation
 * research; no article's wording.
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

    private static final String[] SPEECH = {
        "say", "add", "state", "claim", "declare", "argue", "warn", "insist", "explain", "note", "observe",
        "write", "announce", "admit", "assert", "reason", "report", "reveal", "suggest", "confirm", "deny",
        "maintain", "contend", "allege", "acknowledge", "agree", "estimate", "predict", "promise", "remark",
        "reply", "respond", "answer", "comment", "conclude", "concede", "emphasise", "emphasize", "stress",
        "recall", "recount", "complain", "boast", "tweet", "post", "testify", "vow", "pledge", "threaten",
        "speculate", "theorise", "theorize", "caution", "mention", "quip", "joke", "exclaim", "lament",
        "counter", "retort", "disclose", "affirm", "aver", "continue", "tweet", "blog", "signal", "indicate",
        "hint", "repeat", "reiterate", "urge", "demand", "propose", "recommend", "describe", "characterise",
        "characterize", "dub", "brand", "accuse", "blame", "criticise", "criticize", "dismiss", "reject",
        "question", "wonder", "ask", "inquire", "enquire", "shout", "cry", "whisper", "announce", "proclaim",
        "clarify", "specify", "advise", "plead", "concur", "object", "protest", "declare", "forecast", "project",
        "read"
    };
    private static final String[] SPEECH_TO = {
        "tell", "inform", "assure", "reassure", "remind", "notify", "convince", "persuade", "warn", "advise",
        "brief"
    };
    private static final String[] ATTITUDE = {
        "believe", "think", "feel", "fear", "hope", "expect", "doubt", "suspect", "worry", "consider", "know"
    };
    private static final String[] DIRECTIVE = {"call", "urge", "ask", "appeal", "press", "demand", "beg", "implore"};
    private static final String[] FINDING = {"find", "show", "reveal", "demonstrate", "suggest", "indicate",
        "conclude", "estimate", "determine", "establish", "document", "confirm"};

    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("say", new String[] {"says", "said", "saying"}),
            Map.entry("tell", new String[] {"tells", "told", "telling"}),
            Map.entry("write", new String[] {"writes", "wrote", "written", "writing"}),
            Map.entry("think", new String[] {"thinks", "thought", "thinking"}),
            Map.entry("find", new String[] {"finds", "found", "finding"}),
            Map.entry("show", new String[] {"shows", "showed", "shown", "showing"}),
            Map.entry("feel", new String[] {"feels", "felt", "feeling"}),
            Map.entry("know", new String[] {"knows", "knew", "known", "knowing"}),
            Map.entry("forecast", new String[] {"forecasts", "forecast", "forecasted", "forecasting"}),
            Map.entry("cry", new String[] {"cries", "cried", "crying"}),
            Map.entry("reply", new String[] {"replies", "replied", "replying"}),
            Map.entry("deny", new String[] {"denies", "denied", "denying"}),
            Map.entry("testify", new String[] {"testifies", "testified", "testifying"}),
            Map.entry("clarify", new String[] {"clarifies", "clarified", "clarifying"}),
            Map.entry("specify", new String[] {"specifies", "specified", "specifying"}),
            Map.entry("notify", new String[] {"notifies", "notified", "notifying"}),
            Map.entry("worry", new String[] {"worries", "worried", "worrying"}),
            Map.entry("enquire", new String[] {"enquires", "enquired", "enquiring"}),
            Map.entry("read", new String[] {"reads", "read", "reading"}));
    /** Short verbs that double their last consonant: admitted, regretting. */
    private static final Set<String> DOUBLING = Set.of("admit", "concur", "quip", "blog", "dub", "beg", "plead");

    private static final ReportingVerbs ENGLISH = new ReportingVerbs();

    private final Map<String, String> lemmaOfForm = new HashMap<>();
    private final Map<String, Frame> frameOfLemma = new HashMap<>();

    private ReportingVerbs() {
        // later registrations win: "warn" takes an addressee, "ask" and "urge" are directives
        register(FINDING, Frame.FINDING);
        register(SPEECH, Frame.SPEECH);
        register(SPEECH_TO, Frame.SPEECH_TO);
        register(ATTITUDE, Frame.ATTITUDE);
        register(DIRECTIVE, Frame.DIRECTIVE);
    }

    public static ReportingVerbs english() {
        return ENGLISH;
    }

    /** The lemma of a reporting verb form ("told" → "tell"), or null. */
    public String lemmaOf(String form) {
        return lemmaOfForm.get(form.toLowerCase(Locale.ROOT));
    }

    public Frame frameOf(String lemma) {
        return frameOfLemma.get(lemma);
    }

    public boolean isPastParticipleOnly(String form) {
        return form.equals("written") || form.equals("shown") || form.equals("known");
    }

    private void register(String[] lemmas, Frame frame) {
        for (String lemma : lemmas) {
            frameOfLemma.put(lemma, frame);
            lemmaOfForm.put(lemma, lemma);
            String[] forms = IRREGULAR.get(lemma);
            if (forms == null) {
                forms = regularForms(lemma);
            }
            for (String form : forms) {
                lemmaOfForm.put(form, lemma);
            }
        }
    }

    static String[] regularForms(String lemma) {
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
        } else if (DOUBLING.contains(lemma)) {
            past = lemma + last + "ed";
            ing = lemma + last + "ing";
        } else {
            past = lemma + "ed";
            ing = lemma + "ing";
        }
        return new String[] {third, past, ing};
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
