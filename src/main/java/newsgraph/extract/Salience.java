package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.names.EntityType;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Block;
import newsgraph.text.BlockKind;
import newsgraph.text.Span;

/**
 * Who is salient at a point of the article, for pronouns and descriptions: the speakers decided so far (the
 * most salient antecedents), then subjects, then other mentions, nearer first. The speakers are told to it
 * as statements are recorded; everything else it reads from the {@link EntityBook} and the {@link Document}.
 */
final class Salience {

    private final Document doc;
    private final EntityBook book;
    /** Speakers decided so far, in text order, and where each spoke. */
    private final List<Decision> history = new ArrayList<>();
    private final List<Span> historySpans = new ArrayList<>();
    /** Where each block begins and its ordinal of running text, so that {@link #blockOf} is a binary search. */
    private final int[] blockBegins;
    private final int[] blockOrdinals;

    Salience(Document doc, EntityBook book) {
        this.doc = doc;
        this.book = book;
        int n = doc.blocks.size();
        blockBegins = new int[n];
        blockOrdinals = new int[n];
        int ordinal = 0;
        for (int i = 0; i < n; i++) {
            Block b = doc.blocks.get(i);
            if (b.kind().carriesStatements() || b.kind() == BlockKind.HEADLINE) {
                ordinal++;
            }
            blockBegins[i] = b.span().begin();
            blockOrdinals[i] = ordinal;
        }
    }

    /** A statement's speaker, decided: the most salient antecedent from here on. */
    void spoke(Decision d, Span where) {
        if (d != null) {
            history.add(d);
            historySpans.add(where);
        }
    }

    /** The most recent speaker before an offset, within {@code maxBlocksBack} paragraphs, or null. */
    Decision lastSpeakerBefore(int offset, int maxBlocksBack) {
        int block = blockOf(offset);
        for (int i = history.size() - 1; i >= 0; i--) {
            Span where = historySpans.get(i);
            if (where.begin() < offset && block - blockOf(where.begin()) <= maxBlocksBack) {
                return history.get(i);
            }
        }
        return null;
    }

    static boolean isPersonalPronoun(String lower) {
        return Lexicon.MALE_PRONOUNS.contains(lower) || Lexicon.FEMALE_PRONOUNS.contains(lower) || Lexicon.PLURAL_PRONOUNS.contains(lower) || Lexicon.NEUTER_PRONOUNS.contains(lower);
    }

    /**
     * The entity a third-person pronoun refers to: the most salient compatible entity before it, that is
     * the latest speaker, then subjects, then other mentions, nearer first. Mentions inside quotations
     * are skipped unless the pronoun is in the same quotation; {@code exclude} (a quotation's speaker)
     * is never the answer.
     */
    String resolvePronoun(Token pronoun, int offset, String exclude) {
        return resolvePronoun(pronoun, offset, exclude == null ? Set.of() : Set.of(exclude));
    }

    /** As {@link #resolvePronoun(Token, int, String)}, none of {@code excluded} the answer. */
    String resolvePronoun(Token pronoun, int offset, Set<String> excluded) {
        String p = pronoun.lower();
        char gender = Lexicon.MALE_PRONOUNS.contains(p) ? 'm' : Lexicon.FEMALE_PRONOUNS.contains(p) ? 'f' : '?';
        boolean plural = Lexicon.PLURAL_PRONOUNS.contains(p);
        boolean neuter = Lexicon.NEUTER_PRONOUNS.contains(p);
        if (!(gender != '?' || plural || neuter)) {
            return null;
        }
        Quote own = doc.quoteAt(offset);
        if (own == null && !plural && !neuter) {
            Decision last = lastSpeakerBefore(offset, 2);
            if (last != null && compatible(book.draft(last.key()), gender) && !excluded.contains(last.key())) {
                // the speaker of the last statement stays the topic unless someone else is the subject since
                String subject = nearest(offset, EntityType.PERSON, gender, excluded, true);
                if (subject == null || subject.equals(last.key()) || !isSubjectBetween(subject, last, offset)) {
                    return last.key();
                }
                return subject;
            }
        }
        if (plural && own == null) {
            Decision last = lastSpeakerBefore(offset, 1);
            EntityBook.Draft d = last == null ? null : book.draft(last.key());
            if (d != null && !excluded.contains(d.key()) && (d.type() == EntityType.ORGANIZATION || d.isPlural())) {
                return d.key(); // "the Council denied …: They say …"
            }
        }
        if (plural) {
            String key = nearestOf(offset, excluded, EntityType.ORGANIZATION, EntityType.AGENT);
            if (key != null) {
                return key;
            }
        }
        if (neuter) {
            return nearestOf(offset, excluded, EntityType.ORGANIZATION);
        }
        return nearest(offset, EntityType.PERSON, gender, excluded, own == null);
    }

    private boolean isSubjectBetween(String subject, Decision last, int offset) {
        int lastAt = -1;
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i) == last) {
                lastAt = historySpans.get(i).begin();
                break;
            }
        }
        EntityBook.Draft d = book.draft(subject);
        for (Mention m : d.mentions()) {
            if (m.span().begin() > lastAt && m.span().begin() < offset && isSubjectPosition(m.span())
                    && doc.quoteAround(m.span().begin()) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A mention that opens its sentence, or its main clause after a leading phrase and a comma
     * ("On a visit to Portugal, Ashby declared"): the sentence's subject, roughly.
     */
    boolean isSubjectPosition(Span span) {
        Sentence s = doc.sentenceAt(span.begin());
        if (s == null) {
            return false;
        }
        boolean sawWord = false;
        for (Token t : s.tokens()) {
            if (t.begin() >= span.begin()) {
                return !sawWord;
            }
            if (t.text().equals(",")) {
                sawWord = false; // a leading phrase ends; what follows opens the main clause
                continue;
            }
            if (t.isWord() && !t.isCapitalised() && !"DET".equals(t.tag()) && !t.lower().equals("but")
                    && !t.lower().equals("and")) {
                if (("VERB".equals(t.tag()) || "AUX".equals(t.tag()) || "SCONJ".equals(t.tag())) && !sawWord) {
                    // "Asked if Mr Brennan ...": a subordinate clause, not the subject
                    return false;
                }
                sawWord = true;
            }
        }
        return !sawWord;
    }

    /** The nearest entity of a type before an offset, within three blocks; subjects win ties of distance. */
    String nearest(int offset, EntityType type, char gender, String exclude, boolean skipQuotes) {
        return nearest(offset, type, gender, exclude == null ? Set.of() : Set.of(exclude), skipQuotes);
    }

    private String nearest(int offset, EntityType type, char gender, Set<String> excluded, boolean skipQuotes) {
        return nearest(offset, type, gender, excluded, skipQuotes, false);
    }

    /**
     * The nearest person of a gender before an offset, as {@link #nearest(int, EntityType, char, String, boolean)},
     * one known to be of that gender before one whose gender is unknown: for a description that says it ("the
     * boy"), where a pronoun's antecedent may be anyone not known to be otherwise.
     */
    String nearestOfKnownGender(int offset, char gender, String exclude) {
        Set<String> excluded = exclude == null ? Set.of() : Set.of(exclude);
        String known = nearest(offset, EntityType.PERSON, gender, excluded, true, true);
        return known != null ? known : nearest(offset, EntityType.PERSON, gender, excluded, true, false);
    }

    private String nearest(int offset, EntityType type, char gender, Set<String> excluded, boolean skipQuotes,
            boolean knownGender) {
        int block = blockOf(offset);
        Quote own = doc.quoteAt(offset);
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (EntityBook.Draft d : book.drafts()) {
            if (d.type() != type || excluded.contains(d.key()) || !compatible(d, gender)
                    || knownGender && d.gender() != gender) {
                continue;
            }
            for (Mention m : d.mentions()) {
                int at = m.span().begin();
                if (at >= offset || block - blockOf(at) > 3) {
                    continue;
                }
                Quote q = doc.quoteAt(at);
                if (skipQuotes && q != null && q != own) {
                    continue;
                }
                // subjects are the salient antecedents: "X defended the quota. Asked whether Y …, he added"
                int score = -(offset - at) / 40 + (isSubjectPosition(m.span()) ? 12 : 0)
                        - (block - blockOf(at)) * 3;
                if (score > bestScore) {
                    bestScore = score;
                    best = d.key();
                }
            }
        }
        return best;
    }

    /** The entity of these types mentioned last before an offset, outside quotations, within three blocks. */
    private String nearestOf(int offset, Set<String> excluded, EntityType... types) {
        int block = blockOf(offset);
        String best = null;
        int bestAt = -1;
        for (EntityBook.Draft d : book.drafts()) {
            if (excluded.contains(d.key()) || !List.of(types).contains(d.type())) {
                continue;
            }
            if (d.type() == EntityType.AGENT && !d.canonical().toLowerCase(Locale.ROOT).endsWith("s")) {
                continue;
            }
            int at = lastMentionBefore(d, offset);
            if (at > bestAt && block - blockOf(at) <= 3 && doc.quoteAt(at) == null) {
                best = d.key();
                bestAt = at;
            }
        }
        return best;
    }

    static int lastMentionBefore(EntityBook.Draft d, int offset) {
        int best = -1;
        for (Mention m : d.mentions()) {
            if (m.span().begin() < offset && m.span().begin() > best) {
                best = m.span().begin();
            }
        }
        return best;
    }

    private static boolean compatible(EntityBook.Draft d, char gender) {
        if (d == null) {
            return false;
        }
        if (gender != '?' && d.type() != EntityType.PERSON) {
            return false;
        }
        return gender == '?' || d.gender() == '?' || d.gender() == gender;
    }

    /** The ordinal of the paragraph of running text an offset lies in; captions and credits do not count. */
    private int blockOf(int offset) {
        // a scan of all blocks here, called per mention, made long articles cubic
        int at = java.util.Arrays.binarySearch(blockBegins, offset);
        int last = at >= 0 ? at : -at - 2;
        return last < 0 ? 0 : blockOrdinals[last];
    }
}
