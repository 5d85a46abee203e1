package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.ReportingVerbs;
import newsgraph.lexicon.WordList;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * Finds reporting cues in a sentence and the phrases around them: who speaks (the subject, before the
 * verb or after it, across an apposition) and what is reported (the clause after "that", after the
 * verb, or before a closing "..., X said").
 */
final class CueFinder {

    private static final Set<String> QUOTE_MARKS = Set.of("“", "”", "\"", "‘", "’", "«", "»");

    private final ReportingVerbs verbs;
    /** Auxiliaries and adverbs that stand between a subject and its verb: "has also said", "later told". */
    private final Set<String> betweenSubjectAndVerb;
    /** "issued a statement", "gave an interview": the nouns, and the verbs before them. */
    private final Set<String> nominalCues;
    private final Set<String> lightVerbs;
    /** Words before a verb that deny its report: "did not say", "declined to say". */
    private final Set<String> negations;
    private final Set<String> asideOpeners;
    private final Set<String> participleAdjectives;

    CueFinder(Lexicon lexicon) {
        this.verbs = lexicon.reportingVerbs();
        Set<String> between = new HashSet<>(Lexicon.AUXILIARIES);
        between.addAll(lexicon.words(WordList.ADVERBS_BEFORE_VERBS));
        this.betweenSubjectAndVerb = Set.copyOf(between);
        this.nominalCues = lexicon.words(WordList.NOMINAL_CUES);
        this.lightVerbs = lexicon.words(WordList.LIGHT_VERBS);
        this.negations = lexicon.words(WordList.NEGATIONS);
        this.asideOpeners = lexicon.words(WordList.ASIDE_OPENERS);
        this.participleAdjectives = lexicon.words(WordList.PARTICIPLE_ADJECTIVES);
    }

    /** Cues of a sentence outside quotations, in order. */
    List<Cue> find(Sentence s, Document doc) {
        List<Cue> cues = new ArrayList<>();
        findInto(s, doc, cues, s.tokens());
        // "According to Riverside Radio, Okafor also believes …": the inner report names the speaker
        cues.removeIf(c -> c.lemma().equals("according to") && c.hasComplement() && cues.stream().anyMatch(
                o -> o != c && o.hasSubject() && o.hasComplement()
                        && c.complementSpan().contains(o.sentence().token(o.verb()).span())));
        return cues;
    }

    private void findInto(Sentence s, Document doc, List<Cue> cues, List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (doc.quoteAt(tok.begin()) != null) {
                continue;
            }
            if (tok.lower().equals("according") && i + 1 < t.size() && t.get(i + 1).lower().equals("to")) {
                Cue c = accordingTo(s, i, doc);
                if (c != null) {
                    cues.add(c);
                }
                continue;
            }
            if (nominalCues.contains(tok.lower()) && lightVerbBefore(s, i) >= 0) {
                // "issued a statement", "released a statement", "gave an interview": a statement follows
                int lv = lightVerbBefore(s, i);
                int[] subject = subjectBefore(s, lv, doc);
                if (subject != null) {
                    cues.add(new Cue(s, lv, "statement", ReportingVerbs.Frame.SPEECH, subject[0], subject[1], -1, -1, false));
                }
                continue;
            }
            String lemma = verbs.lemmaOf(tok.lower()); // the lower case of the norm: lemmaOf's own lower-casing finds nothing to do
            if (lemma == null || !isVerbUse(s, i, lemma)) {
                continue;
            }
            if (insideEarlierClause(cues, tok)) {
                int comma = absoluteClauseComma(s, i);
                if (comma < 0) {
                    continue; // "X said Y had shown ...": only the outer report counts
                }
                // "X said …, with Y reporting that …": Y's report of its own; X's ends before it
                cutBefore(cues, tok, comma);
            }
            if (isNegated(s, i)) {
                continue; // "officials have not said why …": nothing was said
            }
            Cue c = verbCue(s, i, lemma, doc, cues);
            if (c != null) {
                cues.add(c);
            }
        }
    }

    // ------------------------------------------------------------------ verb use

    /** Whether a reporting-verb form is used as a verb here (the tagger often says NOUN for names' verbs). */
    private boolean isVerbUse(Sentence s, int i, String lemma) {
        Token tok = s.token(i);
        String form = tok.lower();
        if (!tok.text().equals(tok.lower())) {
            return false; // capitalised: part of a name ("Liberty Report") or a noun opening the sentence ("Polls suggest")
        }
        if (participleAdjectives.contains(form) && !hasPerfectAuxiliary(s, i)) {
            return false; // "well known effects"
        }
        Token prev = previousWord(s, i);
        Token next = i + 1 < s.size() ? s.token(i + 1) : null;
        if (prev != null && Lexicon.DETERMINERS.contains(prev.lower()) && !Lexicon.SUBJECT_PRONOUNS.contains(prev.lower())) {
            return false; // "the report", "his claims", "a warning"
        }
        String tag0 = tok.tag();
        if (!"VERB".equals(tag0) && !"AUX".equals(tag0) && prev != null && !prev.isCapitalised()
                && ("NOUN".equals(prev.tag()) || "ADJ".equals(prev.tag()))) {
            Token before = i >= 2 ? s.token(i - 2) : null;
            if (before != null && (Lexicon.DETERMINERS.contains(before.lower()) || "ADJ".equals(before.tag()))) {
                return false; // "a blog post", "the police report": a compound noun
            }
        }
        if (prev != null && (prev.lower().equals("to") && !form.endsWith("ed") && !form.equals("said"))) {
            // "to say" / "wants to warn": an infinitive reports nothing yet
            return false;
        }
        if (isClauseStart(s, i) && (form.endsWith("ed") || form.endsWith("ing") || form.equals("told"))) {
            return false; // "Asked if ..., he added", "Speaking later, ...": an adjunct, not the tag
        }
        // ("being saying" and "am reported" are not read so: kept as the lists were when they became data)
        if (form.endsWith("ing") && prev != null && Lexicon.BE_FORMS.contains(prev.lower()) && !prev.lower().equals("being")) {
            return true; // "is saying"
        }
        if (form.endsWith("ing") && i > 0 && s.token(i - 1).text().equals(",")) {
            return true; // ", telling Lakeside Radio: ..."
        }
        if (form.endsWith("ing") && withSubject(s, i) != null) {
            return true; // "with one poster writing ..."
        }
        if (form.endsWith("ing")) {
            return false;
        }
        Token aux = previousNonAdverb(s, i);
        if (aux != null && Lexicon.BE_FORMS.contains(aux.lower()) && !aux.lower().equals("am") && !form.equals("said")) {
            // passive: "was reported", "were quickly posted": no speaker of its own
            return false;
        }
        String tag = tok.tag();
        if ("VERB".equals(tag) || "AUX".equals(tag)) {
            return true;
        }
        // the tagger calls many verbs nouns next to names: accept when a clause or addressee follows
        return next != null && (next.lower().equals("that") || next.text().equals(":") || next.text().equals(",")
                || QUOTE_MARKS.contains(next.text()) || Lexicon.DETERMINERS.contains(next.lower())
                || Lexicon.SUBJECT_PRONOUNS.contains(next.lower()) || next.isCapitalised() || next.text().equals("."));
    }

    // ------------------------------------------------------------------ cues

    private Cue verbCue(Sentence s, int v, String lemma, Document doc, List<Cue> earlier) {
        ReportingVerbs.Frame frame = verbs.frameOf(lemma);
        List<Token> t = s.tokens();
        int n = t.size();
        if (lemma.equals("read") && !quoteWithin(s, v, 2, doc)) {
            return null; // "the letter reads: “…”" introduces words; "she read the report" does not
        }
        if (lemma.equals("call") && !(v + 1 < n && t.get(v + 1).lower().equals("for"))
                && !(quoteWithin(s, v, 5, doc) && v > 0 && (t.get(v - 1).isCapitalised()
                || Lexicon.SUBJECT_PRONOUNS.contains(t.get(v - 1).lower()) || "ADV".equals(t.get(v - 1).tag())))) {
            // "called X Y" names ("a print called “Harbour Lights”"); "called for" and "Le Pen called the plan “arrogant”" report
            return null;
        }
        if (verbs.asksQuestions(lemma) && v + 1 < n && Lexicon.QUESTION_WORDS.contains(t.get(v + 1).lower())) {
            return null; // a reported question, not a statement
        }
        int[] split = splitClauseTag(s, v, lemma, doc);
        if (split != null) {
            // "The plan, said Hale, is dead": the speaker follows the verb, the report goes on after the tag
            int[] subject = {split[0], split[1]};
            return new Cue(s, v, lemma, frame, subject[0], subject[1], split[1] + 1, contentEnd(s, split[1] + 1),
                    true, false);
        }
        // the speaker: before the verb, else after it ("…,” said X.)
        int[] subject = !t.get(v).lower().endsWith("ing") ? subjectBefore(s, v, doc)
                : withSubject(s, v) != null ? withSubject(s, v) : mainSubject(s, v, doc);
        if (subject != null && subject[0] > 0 && Lexicon.RELATIVE_PRONOUNS.contains(t.get(subject[0] - 1).lower())) {
            return null; // "which media reports ...": a relative clause, not a report of its own
        }
        boolean postposed = false;
        if (subject == null) {
            subject = subjectAfter(s, v, doc);
            postposed = subject != null;
        }
        if (subject == null && isCoordinated(s, v)) {
            // "declared that ... and argued ...", "called the plan “arrogant” and urged ...": the subject is elided
            if (!earlier.isEmpty() && earlier.get(earlier.size() - 1).hasSubject()) {
                Cue first = earlier.get(earlier.size() - 1);
                subject = new int[] {first.subjectFrom(), first.subjectTo()};
            } else {
                subject = mainSubject(s, v, doc);
            }
        }
        // what is reported
        int[] complement = complement(s, v, lemma, frame, postposed ? subject : null, doc);
        int cf = complement == null ? -1 : complement[0];
        int ct = complement == null ? -1 : complement[1];
        if (subject == null) {
            return new Cue(s, v, lemma, frame, -1, -1, cf, ct, false);
        }
        boolean apposition = subject.length > 2 && subject[2] == 1;
        return new Cue(s, v, lemma, frame, subject[0], subject[1], cf, ct, postposed, apposition);
    }

    /** Index of "issued"/"released"/"gave" right before "(a|an) [adjective] statement", or -1. */
    private int lightVerbBefore(Sentence s, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - 3; k--) {
            Token x = s.token(k);
            if (lightVerbs.contains(x.lower())) {
                return k;
            }
            if (!Lexicon.DETERMINERS.contains(x.lower()) && !"ADJ".equals(x.tag())) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean quoteWithin(Sentence s, int v, int tokens, Document doc) {
        for (int k = v + 1; k < s.size() && k <= v + tokens; k++) {
            if (doc.quoteAt(s.token(k).begin()) != null) {
                return true;
            }
        }
        return false;
    }

    /** "with one poster writing": the noun phrase after "with" is the subject of the participle. */
    private static int[] withSubject(Sentence s, int v) {
        for (int k = v - 1; k >= 0 && k >= v - 6; k--) {
            Token x = s.token(k);
            if (x.lower().equals("with")) {
                return k + 1 < v ? new int[] {k + 1, v} : null;
            }
            if (isPunct(x)) {
                return null;
            }
        }
        return null;
    }

    /** "did not say", "have never claimed", "declined to say": a verb whose report is denied. */
    private boolean isNegated(Sentence s, int v) {
        for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
            String w = s.token(k).lower();
            if (negations.contains(w)) {
                return true;
            }
            if (!betweenSubjectAndVerb.contains(w) && !w.equals("to") && !"ADV".equals(s.token(k).tag())) {
                return false;
            }
        }
        return false;
    }

    /** The comma of ", with NP VERBing" at participle {@code v}, or -1. */
    private static int absoluteClauseComma(Sentence s, int v) {
        int[] subject = s.token(v).lower().endsWith("ing") ? withSubject(s, v) : null;
        int with = subject == null ? -1 : subject[0] - 1;
        return with >= 1 && s.token(with - 1).text().equals(",") ? with - 1 : -1;
    }

    /** The earlier cues whose reported clause holds {@code tok} now end before token {@code end}. */
    private static void cutBefore(List<Cue> cues, Token tok, int end) {
        for (int k = 0; k < cues.size(); k++) {
            Cue c = cues.get(k);
            if (c.hasComplement() && c.complementSpan().contains(tok.span()) && !c.lemma().equals("according to")) {
                cues.set(k, c.complementFrom() < end ? new Cue(c.sentence(), c.verb(), c.lemma(), c.frame(),
                        c.subjectFrom(), c.subjectTo(), c.complementFrom(), end, c.postposed(), c.apposition())
                        : new Cue(c.sentence(), c.verb(), c.lemma(), c.frame(), c.subjectFrom(), c.subjectTo(), -1, -1,
                                c.postposed(), c.apposition()));
            }
        }
    }

    private static boolean insideEarlierClause(List<Cue> cues, Token tok) {
        for (Cue c : cues) {
            if (c.hasComplement() && c.complementSpan().contains(tok.span()) && !c.lemma().equals("according to")) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the first verb of a sentence ("In a letter to X, the Council denied …:" → "the Council"). */
    int[] mainClauseSubject(Sentence s, Document doc) {
        for (int k = 1; k < s.size(); k++) {
            Token x = s.token(k);
            if (("VERB".equals(x.tag()) || "AUX".equals(x.tag())) && !x.isCapitalised() && doc.quoteAt(x.begin()) == null) {
                return subjectBefore(s, k, doc);
            }
        }
        return null;
    }

    /** ", telling Lakeside Radio: …": a participle shares the subject of the sentence's main verb. */
    private int[] mainSubject(Sentence s, int v, Document doc) {
        boolean relative = false;
        for (int k = 0; k < v; k++) {
            Token x = s.token(k);
            if (x.lower().equals("who") || x.lower().equals("which")) {
                relative = true; // ", who chairs the group," is not the main clause
            } else if (x.text().equals(",")) {
                relative = false;
            } else if (!relative && ("VERB".equals(x.tag()) || "AUX".equals(x.tag())) && !x.isCapitalised()) {
                return subjectBefore(s, k, doc);
            }
        }
        return null;
    }

    /** The words by which one source passes on another's ("according to X, quoting Y, …"). */
    private static final Set<String> RELAYING = Set.of("quoting", "citing");

    private Cue accordingTo(Sentence s, int i, Document doc) {
        List<Token> t = s.tokens();
        int from = i + 2;
        int to = from;
        while (to < t.size() && !t.get(to).text().equals(",") && !isSentenceEnd(t.get(to))
                && !QUOTE_MARKS.contains(t.get(to).text())) {
            to++;
        }
        if (to == from) {
            return null;
        }
        int cf;
        int ct;
        Token before = i > 0 ? s.token(i - 1) : null;
        boolean opensClause = i == firstWordIndex(s) || isClauseStart(s, i) || before != null
                && (before.lower().equals("that") || before.lower().equals("but") || before.lower().equals("and"));
        if (!opensClause && (before == null || !before.text().equals(","))) {
            return null; // "according to" inside a phrase ("sorted according to size")
        }
        if (opensClause && (to >= t.size() || !t.get(to).text().equals(","))) {
            // rule "according-to-without-comma": "According to Rathke the files were returned …" — the source is
            // the name after "to", the clause begins where the name ends and a clause follows
            int nameEnd = from;
            while (nameEnd < to && t.get(nameEnd).isCapitalised()) {
                nameEnd++;
            }
            boolean clauseFollows = false;
            for (int k = nameEnd; k < to; k++) {
                if ("VERB".equals(t.get(k).tag()) || "AUX".equals(t.get(k).tag())) {
                    clauseFollows = true;
                    break;
                }
            }
            if (nameEnd > from && nameEnd < to && clauseFollows) {
                to = nameEnd;
            }
        }
        if (opensClause) {
            // "According to X, quoting Y, CLAUSE.": X passed on what Y said; Y is the source
            int relayed = to + 1;
            if (relayed + 1 < t.size() && t.get(to).text().equals(",") && RELAYING.contains(t.get(relayed).lower())) {
                int end = relayed + 1;
                while (end < t.size() && !t.get(end).text().equals(",") && !isSentenceEnd(t.get(end))
                        && !QUOTE_MARKS.contains(t.get(end).text())) {
                    end++;
                }
                if (end > relayed + 1 && end < t.size() && t.get(end).text().equals(",")) {
                    from = relayed + 1;
                    to = end;
                }
            }
            // "According to X, CLAUSE."
            cf = to < t.size() && t.get(to).text().equals(",") ? to + 1 : to;
            ct = contentEnd(s, cf);
        } else {
            // "CLAUSE, according to X."
            cf = clauseStartBefore(s, i);
            ct = i;
            while (ct > cf && isPunct(t.get(ct - 1))) {
                ct--;
            }
        }
        if (ct <= cf) {
            return new Cue(s, i, "according to", ReportingVerbs.Frame.SPEECH, from, to, -1, -1, true);
        }
        return new Cue(s, i, "according to", ReportingVerbs.Frame.SPEECH, from, to, cf, ct, true);
    }

    /** The noun phrase before the verb, across auxiliaries and an apposition: "Hugh Barton, a doctor, said". */
    private int[] subjectBefore(Sentence s, int v, Document doc) {
        List<Token> t = s.tokens();
        int j = skipAuxiliariesAndBrackets(t, v - 1);
        if (j < 0) {
            return null;
        }
        // apposition(s) between commas right before the verb:
        // "Hugh Barton, a doctor, said"; "Professor X, Director of A, and Chairman of B, says"
        if (t.get(j).text().equals(",")) {
            int[] named = namedSegmentBefore(s, j, doc);
            if (named != null) {
                // "Nora Pellew, curator at the University of Vermont, Burlington, said"
                return new int[] {named[0], named[1], named[1] < j ? 1 : 0};
            }
        }
        boolean skipped = false;
        while (j > 0 && t.get(j).text().equals(",") && !doc.insideName(t.get(j))) {
            int comma = j;
            int k = comma - 1;
            while (k >= 0 && !t.get(k).text().equals(",") && !isHardBreak(t.get(k))) {
                k--;
            }
            if (k >= 0 && t.get(k).text().equals(",") && looksLikeApposition(s, k + 1, comma)) {
                j = k;
                skipped = true;
                continue;
            }
            if (skipped) {
                j = skipAuxiliariesAndBrackets(t, comma - 1); // "Sen. Susan Collins (R-Maine), a moderate, told"
            } else if (isNounPhrase(s, k + 1, comma)) {
                // "Florence Dunmore for Consumer Safety Ireland, says": the whole phrase before the comma
                return new int[] {k + 1, comma};
            }
            break;
        }
        int end = j + 1;
        Token last = t.get(j);
        if (isPunct(last) && !last.text().equals("'s") && !last.text().equals("’s")) {
            return null;
        }
        if (Lexicon.CLAUSE_BREAKS.contains(last.lower()) && !last.lower().equals("who")) {
            return null;
        }
        int start = j;
        while (start - 1 >= 0) {
            Token p = t.get(start - 1);
            boolean nameGlue = (p.lower().equals("and") || p.lower().equals("of")) && start - 2 >= 0
                    && t.get(start - 2).isCapitalised() && t.get(start).isCapitalised();
            if (!nameGlue && (isHardBreak(p) || p.text().equals(",") && !doc.insideName(p)
                    || Lexicon.CLAUSE_BREAKS.contains(p.lower())
                    || doc.quoteAround(p.begin()) != null)) {
                break;
            }
            if (("VERB".equals(p.tag()) || "AUX".equals(p.tag())) && !p.isCapitalised()) {
                break;
            }
            if (Lexicon.SUBJECT_PRONOUNS.contains(t.get(start).lower())) {
                break; // a pronoun is a whole subject
            }
            start--;
        }
        // drop a leading preposition phrase's preposition ("In her speech Ashby warned" is rare; keep simple)
        while (start < end && ("ADP".equals(t.get(start).tag()) && !t.get(start).isCapitalised()
                || t.get(start).lower().equals("but") || t.get(start).lower().equals("and"))) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        if (end - start > 14) {
            start = end - 14;
        }
        return new int[] {start, end, skipped ? 1 : 0};
    }

    /**
     * A tag set inside the clause it reports, between commas, with the speaker after the verb: "The rules,
     * said Moira Hale, are out of date." The subject before the first comma belongs to the reported clause,
     * whose predicate follows the second comma. Answers the speaker's range, or null.
     */
    private int[] splitClauseTag(Sentence s, int v, String lemma, Document doc) {
        List<Token> t = s.tokens();
        int n = t.size();
        if (v < 2 || !t.get(v - 1).text().equals(",") || !verbs.takesBareClause(lemma) || t.get(v).isCapitalised()
                || doc.quoteAt(t.get(v).begin()) != null) {
            return null;
        }
        int first = firstWordIndex(s);
        if (hasVerb(s, first, v - 1)) {
            return null; // "Prices rose, said Hale, …": a whole clause before the tag is reported by "CLAUSE, X said"
        }
        int[] speaker = subjectAfter(s, v, doc);
        if (speaker == null) {
            return null;
        }
        int comma = speaker[1];
        if (comma + 1 >= n || !t.get(comma).text().equals(",")) {
            return null;
        }
        Token next = t.get(comma + 1);
        boolean predicate = ("AUX".equals(next.tag()) || "VERB".equals(next.tag())) && !next.isCapitalised();
        return predicate ? speaker : null;
    }

    /** "…,” said Ambassador Okafor." / "…, says Professor Lindqvist": the speaker after the verb. */
    private int[] subjectAfter(Sentence s, int v, Document doc) {
        List<Token> t = s.tokens();
        Token prev = v > 0 ? t.get(v - 1) : null;
        boolean afterQuoteOrComma = prev != null && (prev.text().equals(",") || QUOTE_MARKS.contains(prev.text())
                || isClauseStart(s, v));
        if (!afterQuoteOrComma) {
            return null;
        }
        int from = v + 1;
        int to = from;
        while (to < t.size() && !isPunct(t.get(to)) && !Lexicon.CLAUSE_BREAKS.contains(t.get(to).lower())
                && !(Lexicon.PREPOSITIONS.contains(t.get(to).lower()) && !t.get(to).lower().equals("of")
                && !t.get(to).lower().equals("by"))) {
            Token x = t.get(to);
            if (("AUX".equals(x.tag()) || "VERB".equals(x.tag())) && !x.isCapitalised()) {
                return null; // "says they are looking": a clause follows, not the speaker
            }
            to++;
        }
        if (to == from || to - from > 12) {
            return null;
        }
        return new int[] {from, to};
    }

    /**
     * Among the comma-separated phrases before a verb (back to the start of the clause), the one nearest the
     * clause start that names a person, if every phrase after it could be an apposition; null otherwise.
     */
    private int[] namedSegmentBefore(Sentence s, int comma, Document doc) {
        List<int[]> segments = new ArrayList<>();
        int end = comma;
        int k = comma - 1;
        while (true) {
            while (k >= 0 && !s.token(k).text().equals(",") && !isHardBreak(s.token(k))
                    && !(Lexicon.CLAUSE_BREAKS.contains(s.token(k).lower()) && !isRelativeStart(s, k)
                    && !s.token(k).lower().equals("and") && !s.token(k).lower().equals("or"))) {
                k--;
            }
            segments.add(new int[] {k + 1, end});
            if (k < 0 || !s.token(k).text().equals(",") || segments.size() > 5) {
                break;
            }
            end = k;
            k--;
        }
        int[] chosen = null;
        for (int[] seg : segments) {
            if (seg[1] > seg[0] && doc.namesPerson(s, seg[0], seg[1])) {
                chosen = seg; // keep going: the one nearest the clause start wins
            }
        }
        if (chosen == null) {
            return null;
        }
        for (int[] seg : segments) {
            if (seg[0] > chosen[0] && seg[1] > seg[0] && hasVerb(s, seg[0], seg[1]) && !isAside(s, seg[0])) {
                return null; // a clause stands between the name and the verb
            }
        }
        return chosen;
    }

    /** ", who chairs the group,", ", asked whether he would resign,", ", speaking on Tuesday,": an aside. */
    private boolean isAside(Sentence s, int from) {
        Token first = s.token(from);
        String f = first.lower();
        return f.equals("who") || f.equals("which") || Lexicon.PREPOSITIONS.contains(f) || f.equals("a") || f.equals("an")
                || f.equals("the")
                || "VERB".equals(first.tag()) && (f.endsWith("ed") || f.endsWith("ing")) || asideOpeners.contains(f);
    }

    private static boolean isRelativeStart(Sentence s, int k) {
        String w = s.token(k).lower();
        return (w.equals("who") || w.equals("which")) && k > 0 && s.token(k - 1).text().equals(",");
    }

    private static boolean hasVerb(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = s.token(k);
            if (("VERB".equals(x.tag()) || "AUX".equals(x.tag())) && !x.isCapitalised() && !x.lower().endsWith("ing")
                    && !x.lower().endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** Back from {@code j} over auxiliaries, "-ly" adverbs and bracketed asides ("(D-N.Y.)"). */
    private int skipAuxiliariesAndBrackets(List<Token> t, int j) {
        while (j >= 0) {
            Token x = t.get(j);
            if (!x.isCapitalised() && (betweenSubjectAndVerb.contains(x.lower()) || "ADV".equals(x.tag()) && x.lower().endsWith("ly"))) {
                j--; // "has also", "had repeatedly" — but "May" in "Theresa May said" is a name
            } else if (x.text().equals(")")) {
                int open = j - 1;
                while (open >= 0 && !t.get(open).text().equals("(")) {
                    open--;
                }
                if (open <= 0) {
                    break;
                }
                j = open - 1; // "Beth Corliss (D-N.Y.) said": the bracket is an aside
            } else {
                break;
            }
        }
        return j;
    }

    /** A capitalised phrase without a verb: a name with its modifiers. */
    private static boolean isNounPhrase(Sentence s, int from, int to) {
        if (to - from < 1 || to - from > 12 || !s.token(from).isCapitalised()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token x = s.token(k);
            if (("VERB".equals(x.tag()) || "AUX".equals(x.tag())) && !x.isCapitalised() || QUOTE_MARKS.contains(x.text())) {
                return false;
            }
        }
        return true;
    }

    private boolean looksLikeApposition(Sentence s, int from, int to) {
        if (to - from < 1 || to - from > 16) {
            return false;
        }
        Token first = s.token(from);
        String f = first.lower();
        if (Lexicon.DETERMINERS.contains(f) || f.equals("and") || isAside(s, from)) {
            return true; // "a doctor", "and Chairman of …", "who runs …", "in remarks to …", "asked whether …"
        }
        // "Karim al-Rashid, 57, said", "Professor X, Director of ...,", "Peru coach": a role or age —
        // but not a name on its own ("After the match, Tomas Ruiz Ortega, Peru coach, said")
        if ("NUM".equals(first.tag())) {
            return true;
        }
        if (first.isCapitalised()) {
            boolean lowerWord = false;
            for (int k = from; k < to; k++) {
                Token x = s.token(k);
                if ("VERB".equals(x.tag()) && !x.isCapitalised()) {
                    return false;
                }
                if (x.isWord() && !x.isCapitalised()) {
                    lowerWord = true;
                }
            }
            return lowerWord;
        }
        return "ADJ".equals(first.tag()) || "NOUN".equals(first.tag());
    }

    /**
     * The reported clause after the verb: after "that" (across an addressee or a short phrase such as
     * "in a statement"), right after the verb when a clause follows, or before the tag when the tag
     * closes the sentence ("Most households ... are in debt, economists say.").
     */
    private int[] complement(Sentence s, int v, String lemma, ReportingVerbs.Frame frame, int[] postSubject,
                             Document doc) {
        List<Token> t = s.tokens();
        int n = t.size();
        if (postSubject != null) {
            return null; // "…,” said Brennan to the crowd, which …": the tag of a quotation, nothing more
        }
        int after = v + 1;
        int[] asClause = asTagClause(s, v);
        if (asClause != null) {
            return asClause; // "As Lindqvist told The Daily Courier, river pollution has dropped …"
        }
        if (lemma.equals("call") && !(after < n && t.get(after).lower().equals("for"))) {
            return range(after, contentEnd(s, after)); // "called the government “arrogant”"
        }
        Set<String> complementWords = verbs.complementWords(lemma);
        if (!complementWords.isEmpty()) {
            // "described the judgement as historic", "accused the government of “chaos”", "blamed X for Y"
            for (int k = after; k < n && k <= after + 12; k++) {
                String w = t.get(k).lower();
                if (complementWords.contains(w)) {
                    return range(after, contentEnd(s, after));
                }
            }
            return null;
        }
        if (frame == ReportingVerbs.Frame.DIRECTIVE) {
            int from = after;
            if (from < n && (t.get(from).lower().equals("for") || t.get(from).lower().equals("on"))) {
                from++;
            }
            int end = contentEnd(s, from);
            return hasToInfinitive(s, from, end) || lemma.equals("call") ? range(from, end) : null;
        }
        // look for "that" within a short distance, with no other verb in between
        for (int k = after; k < n && k <= after + 10; k++) {
            Token x = t.get(k);
            if (doc.quoteAt(x.begin()) != null || isSentenceEnd(x) || x.text().equals(":")) {
                break;
            }
            if (x.lower().equals("that") && k + 1 < n) {
                return range(k + 1, contentEnd(s, k + 1));
            }
            if (k > after && "VERB".equals(x.tag()) && verbs.lemmaOf(x.norm()) == null) {
                break;
            }
        }
        int from = after;
        if (frame == ReportingVerbs.Frame.SPEECH_TO) {
            from = skipAddressee(s, from);
        }
        if (from < n && (t.get(from).text().equals(":") || t.get(from).text().equals(","))
                || from < n && QUOTE_MARKS.contains(t.get(from).text())) {
            return null; // introduces a quotation
        }
        if (from < n && verbs.takesBareClause(lemma) && !isSentenceEnd(t.get(from))) {
            int clause = skipLeadingPhrase(s, from);
            if (startsClause(s, clause)) {
                return range(clause == from ? from : clause, contentEnd(s, clause));
            }
        }
        // "CLAUSE, X said." — the tag closes the sentence
        if ((frame == ReportingVerbs.Frame.SPEECH || frame == ReportingVerbs.Frame.SPEECH_TO)
                && verbs.takesBareClause(lemma) && closesSentence(s, v + 1) && subjectFollowsComma(s, v)) {
            int tagStart = subjectStartForTag(s, v);
            int end = tagStart;
            while (end > 0 && (isPunct(t.get(end - 1)))) {
                end--;
            }
            int start = clauseStartBefore(s, end);
            if (end > start && end - start >= 3 && doc.quoteAt(t.get(start).begin()) == null
                    && doc.quoteAt(t.get(end - 1).begin()) == null) {
                return range(start, end);
            }
        }
        return null;
    }

    /** ", researchers say.": the words between the last comma and the verb are only the speaker. */
    private static boolean subjectFollowsComma(Sentence s, int v) {
        int j = v - 1;
        int words = 0;
        while (j >= 0 && !s.token(j).text().equals(",")) {
            if (isPunct(s.token(j)) && !s.token(j).text().equals("'s") && !s.token(j).text().equals("’s")) {
                return false;
            }
            words++;
            j--;
        }
        return j > 0 && words >= 1 && words <= 8;
    }

    /** "As X told Y, CLAUSE": the tag opens the sentence and the report follows its comma. */
    private int[] asTagClause(Sentence s, int v) {
        int first = firstWordIndex(s);
        if (!s.token(first).lower().equals("as") || first >= v) {
            return null;
        }
        for (int k = v + 1; k < s.size(); k++) {
            Token x = s.token(k);
            if (x.text().equals(",")) {
                int from = k + 1;
                if (from < s.size() && !QUOTE_MARKS.contains(s.token(from).text()) && startsClause(s, from)) {
                    return range(from, contentEnd(s, from));
                }
                return null;
            }
            if (QUOTE_MARKS.contains(x.text()) || x.text().equals(":")) {
                return null;
            }
        }
        return null;
    }

    /** "by 2050, increasing population would …": a short leading phrase and its comma are not the clause's start. */
    private static int skipLeadingPhrase(Sentence s, int from) {
        if (!Lexicon.PREPOSITIONS.contains(s.token(from).lower())) {
            return from;
        }
        for (int k = from + 1; k < s.size() && k <= from + 5; k++) {
            if (s.token(k).text().equals(",")) {
                return k + 1 < s.size() ? k + 1 : from;
            }
        }
        return from;
    }

    private int subjectStartForTag(Sentence s, int v) {
        int j = v - 1;
        while (j > 0 && !s.token(j).text().equals(",") && !QUOTE_MARKS.contains(s.token(j).text())) {
            j--;
        }
        return Math.max(j, 0);
    }

    /** Only punctuation, or a short time or place phrase, follows. */
    private static boolean closesSentence(Sentence s, int from) {
        int words = 0;
        for (int k = from; k < s.size(); k++) {
            Token x = s.token(k);
            if (x.isWord()) {
                words++;
            }
        }
        return words <= 4 && (from >= s.size() || !s.token(from).lower().equals("that"));
    }

    /** Where the clause that ends at {@code end} begins: after the last quotation or clause boundary. */
    private static int clauseStartBefore(Sentence s, int end) {
        int k = 0;
        // skip leading quotation marks and conjunctions
        while (k < end && (isPunct(s.token(k)) || s.token(k).lower().equals("but") || s.token(k).lower().equals("and"))) {
            k++;
        }
        return k;
    }

    private static int skipAddressee(Sentence s, int from) {
        List<Token> t = s.tokens();
        int k = from;
        int limit = Math.min(t.size(), from + 6);
        while (k < limit) {
            Token x = t.get(k);
            if (x.lower().equals("that") || x.text().equals(":") || x.text().equals(",") || isSentenceEnd(x)
                    || QUOTE_MARKS.contains(x.text())) {
                return k;
            }
            if (k > from && startsClause(s, k) && ("PRON".equals(x.tag()) && Lexicon.SUBJECT_PRONOUNS.contains(x.lower()))) {
                return k;
            }
            if (k > from && Lexicon.DETERMINERS.contains(x.lower()) && !x.lower().equals("that")
                    && !Lexicon.PREPOSITIONS.contains(t.get(k - 1).lower()) && startsClause(s, k)) {
                return k; // "told reporters every claim would …": a new noun phrase with its verb is the report
            }
            k++;
        }
        return k;
    }

    /** A clause begins here: a subject-like word followed, within the sentence, by a finite verb. */
    private static boolean startsClause(Sentence s, int from) {
        Token first = s.token(from);
        String f = first.lower();
        if (Lexicon.PREPOSITIONS.contains(f) && !f.equals("if")) {
            return false; // the tagger's ADP is not trusted on its own ("fisherman/ADP")
        }
        if (f.equals("to") || isPunct(first)) {
            return false;
        }
        for (int k = from + 1; k < s.size() && k < from + 25; k++) {
            Token x = s.token(k);
            if (isSentenceEnd(x)) {
                return false;
            }
            String tag = x.tag();
            if ("AUX".equals(tag) && !x.lower().equals("to") || "VERB".equals(tag) && isFinite(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** A verb that can carry a clause: not after "to", not an -ing form. */
    private static boolean isFinite(Sentence s, int k) {
        String form = s.token(k).lower();
        if (form.endsWith("ing")) {
            return false;
        }
        return k == 0 || !s.token(k - 1).lower().equals("to");
    }

    private static boolean hasToInfinitive(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.token(k).lower().equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** The end of a reported clause: the sentence end, or before a coordinated reporting verb or a closing tag. */
    private int contentEnd(Sentence s, int from) {
        List<Token> t = s.tokens();
        int end = t.size();
        for (int k = from; k < t.size(); k++) {
            Token x = t.get(k);
            if (x.lower().equals("and") && k + 1 < t.size()) {
                int m = k + 1;
                while (m < t.size() && betweenSubjectAndVerb.contains(t.get(m).lower())) {
                    m++;
                }
                if (m < t.size() && verbs.lemmaOf(t.get(m).norm()) != null && t.get(m).lower().endsWith("ed")
                        || m < t.size() && t.get(m).lower().equals("said")) {
                    end = k;
                    break;
                }
            }
            if (x.text().equals(",") && k + 2 < t.size() && isTagAhead(s, k + 1)) {
                end = k;
                break;
            }
        }
        while (end > from && (isPunct(t.get(end - 1)) && !QUOTE_MARKS.contains(t.get(end - 1).text())
                || t.get(end - 1).lower().equals("and"))) {
            end--;
        }
        return end;
    }

    /** ", he said." / ", said X." closing the sentence. */
    private boolean isTagAhead(Sentence s, int k) {
        int words = 0;
        for (int m = k; m < s.size(); m++) {
            Token x = s.token(m);
            if (verbs.lemmaOf(x.norm()) != null && verbs.frameOf(verbs.lemmaOf(x.norm())) != ReportingVerbs.Frame.ATTITUDE) {
                return words <= 5 && closesSentence(s, m + 1);
            }
            if (x.isWord()) {
                words++;
            }
            if (words > 5) {
                return false;
            }
        }
        return false;
    }

    private boolean isCoordinated(Sentence s, int v) {
        int j = v - 1;
        while (j >= 0 && betweenSubjectAndVerb.contains(s.token(j).lower())) {
            j--;
        }
        return j >= 0 && (s.token(j).lower().equals("and") || s.token(j).lower().equals("but"));
    }

    private static boolean isClauseStart(Sentence s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Token t = s.token(j);
            if (t.isWord()) {
                return false;
            }
            if (t.text().equals(",") || t.text().equals(";")) {
                return false;
            }
        }
        return true;
    }

    private static int firstWordIndex(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).isWord()) {
                return i;
            }
        }
        return 0;
    }

    private static Token previousNonAdverb(Sentence s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Token t = s.token(j);
            if (!"ADV".equals(t.tag()) && !t.lower().equals("not")) {
                return t;
            }
        }
        return null;
    }

    private static boolean hasPerfectAuxiliary(Sentence s, int i) {
        Token aux = previousNonAdverb(s, i);
        return aux != null && Lexicon.HAVE_FORMS.contains(aux.lower());
    }

    private static Token previousWord(Sentence s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Token t = s.token(j);
            if (t.isWord()) {
                return t;
            }
            if (!t.text().equals("'s") && !t.text().equals("’s")) {
                return null;
            }
        }
        return null;
    }

    private static boolean isHardBreak(Token t) {
        String x = t.text();
        return x.equals(";") || x.equals(":") || x.equals("(") || x.equals(")") || QUOTE_MARKS.contains(x)
                || x.equals("—") || x.equals("–") || isSentenceEnd(t);
    }

    static boolean isSentenceEnd(Token t) {
        String x = t.text();
        return x.equals(".") || x.equals("!") || x.equals("?") || x.equals("…");
    }

    static boolean isPunct(Token t) {
        return !t.isWord() && !t.text().equals("%") && !t.text().equals("$") && !t.text().equals("#");
    }

    private static int[] range(int from, int to) {
        return to > from ? new int[] {from, to} : null;
    }
}
