package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import newsgraph.lexicon.Lexicon;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * Who the phrase naming a speaker refers to, decided by an ordered list of sieves ({@link #SIEVE_ORDER}), each
 * naming the rule it decides by: a pronoun resolved to its antecedent; a person named in the phrase; a noun
 * phrase whose complement names the speaker ("a spokesman for the navy", "a letter from the ministry"); a
 * group or anonymous source of a named organisation; any name in the phrase; a description of an entity met
 * before; an unnamed source as a last resort. A sieve answers a {@link Decision}, {@link Decision#NOBODY} to end
 * the search, or null to pass the phrase on; what it learns on the way it adds to the facts of the answer.
 */
final class SpeakerPhrases {

    /** The sieves, in the order they are asked. */
    static final List<PhraseSieve> SIEVE_ORDER = List.of(new PronounSieve(), new NamedPersonSieve(),
            new ComplementSieve(), new OrganisationSourceSieve(), new NameSieve(), new DescriptionSieve(),
            new UnnamedSourceSieve());

    /** The rules the phrase sieves decide by, in the order they are first tried. */
    static List<SpeakerRule> rules() {
        return SIEVE_ORDER.stream().flatMap(s -> s.rules().stream()).distinct().toList();
    }

    /** A speaker phrase's answer: the decision (null: none) and the facts learned on the way to it. */
    record Resolution(Decision decision, List<Fact> facts) {
    }

    private final Document doc;
    private final EntityBook book;
    private final Lexicon lexicon;
    private final Salience salience;
    private final Descriptions descriptions;

    SpeakerPhrases(Document doc, EntityBook book, Lexicon lexicon, Salience salience, Descriptions descriptions) {
        this.doc = doc;
        this.book = book;
        this.lexicon = lexicon;
        this.salience = salience;
        this.descriptions = descriptions;
    }

    /** The speaker named by tokens [from, to) of a sentence, by a reporting cue whose names decide by {@code nameRule}. */
    Resolution resolve(Sentence s, int from, int to, SpeakerRule nameRule) {
        List<Fact> facts = new ArrayList<>(2);
        PhraseContext context = new PhraseContext(doc, book, lexicon, salience, descriptions, facts, this::run);
        Decision d = run(s, from, to, nameRule, context);
        return new Resolution(d, facts);
    }

    /** The sieves asked in turn about tokens [from, to) of a sentence. */
    private Decision run(Sentence s, int from, int to, SpeakerRule nameRule, PhraseContext context) {
        if (from < 0 || to <= from) {
            return null;
        }
        Phrase phrase = new Phrase(s, from, to, nameRule, headChunkEnd(s.tokens().subList(from, to)));
        for (PhraseSieve sieve : SIEVE_ORDER) {
            Decision d = sieve.decide(phrase, context);
            if (d == Decision.NOBODY) {
                return null;
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Index of the first preposition, participle, "who" or comma after the first word, or the phrase's length. */
    private int headChunkEnd(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isCapitalised() || book.nameMentionsIn(t.span()).size() > 0) {
                continue;
            }
            boolean insideName = false;
            for (Mention m : book.nameMentions()) {
                if (m.span().begin() < t.begin() && t.end() <= m.span().end()) {
                    insideName = true;
                    break;
                }
            }
            if (insideName) {
                continue;
            }
            String tag = t.tag();
            if ("ADP".equals(tag) || "VERB".equals(tag) || t.lower().equals("who") || t.text().equals(",")) {
                return i;
            }
        }
        return tokens.size();
    }

}
