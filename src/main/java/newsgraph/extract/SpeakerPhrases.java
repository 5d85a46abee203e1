package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.names.EntityType;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKind;
import newsgraph.lexicon.WordList;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

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
    private final Set<String> spokespeople;
    private final Set<String> groupNouns;
    private final Set<String> documents;
    private final Salience salience;
    private final Descriptions descriptions;

    SpeakerPhrases(Document doc, EntityBook book, Lexicon lexicon, Salience salience, Descriptions descriptions) {
        this.doc = doc;
        this.book = book;
        this.lexicon = lexicon;
        this.spokespeople = lexicon.words(WordList.SPOKESPEOPLE);
        this.groupNouns = lexicon.words(WordList.GROUP_NOUNS);
        this.documents = lexicon.words(WordList.DOCUMENTS);
        this.salience = salience;
        this.descriptions = descriptions;
    }

    /** The speaker named by tokens [from, to) of a sentence, by a reporting cue whose names decide by {@code nameRule}. */
    Resolution resolve(Sentence s, int from, int to, SpeakerRule nameRule) {
        List<Fact> facts = new ArrayList<>(2);
        Decision d = new Context(facts).resolve(s, from, to, nameRule);
        return new Resolution(d, facts);
    }

    /** What the sieves read (the article, its entities, who is salient) and where they put what they learn. */
    final class Context {

        private final List<Fact> facts;

        private Context(List<Fact> facts) {
            this.facts = facts;
        }

        /** The speaker of a phrase inside the phrase being read ("the post by an anonymous user"), or null. */
        Decision resolve(Sentence s, int from, int to, SpeakerRule nameRule) {
            if (from < 0 || to <= from) {
                return null;
            }
            Phrase phrase = new Phrase(s, from, to, nameRule, headChunkEnd(s.tokens().subList(from, to)));
            for (PhraseSieve sieve : SIEVE_ORDER) {
                Decision d = sieve.decide(phrase, this);
                if (d == Decision.NOBODY) {
                    return null;
                }
                if (d != null) {
                    return d;
                }
            }
            return null;
        }

        void learn(Fact fact) {
            facts.add(fact);
        }

        List<Fact> facts() {
            return facts;
        }

        Document doc() {
            return doc;
        }

        EntityBook book() {
            return book;
        }

        /** Nouns for people who speak for an organisation without being named: "a Unity spokesman". */
        boolean isSpokesperson(String noun) {
            return spokespeople.contains(noun);
        }

        /** Nouns for groups that speak for an organisation: "Unity sources", "officials from the ministry". */
        boolean isGroup(String noun) {
            return groupNouns.contains(noun);
        }

        /** Things that speak for their authors: "a statement from X", "posts on X's site". */
        boolean isDocument(String noun) {
            return documents.contains(noun);
        }

        Salience salience() {
            return salience;
        }

        Descriptions descriptions() {
            return descriptions;
        }

        /** The last of the mentions whose entity has one of the types, or null. */
        Mention lastOfType(List<Mention> names, EntityType... types) {
            for (int i = names.size() - 1; i >= 0; i--) {
                EntityBook.Draft d = book.draft(names.get(i).entityKey());
                if (d != null && List.of(types).contains(d.type())) {
                    return names.get(i);
                }
            }
            return null;
        }

        /** Roles in the speaker phrase: "Neil Garside, a representative for the Harwick County Sheriff's office". */
        void learnRoles(Mention chosen, List<Token> tokens, List<Mention> names) {
            EntityBook.Draft d = book.draft(chosen.entityKey());
            if (d == null || d.type() != EntityType.PERSON) {
                return;
            }
            // an apposition after the name: ", a representative for the Harwick County Sheriff's office,"
            int i = 0;
            while (i < tokens.size() && tokens.get(i).end() <= chosen.span().end()) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).text().equals(",")) {
                int j = i + 1;
                while (j < tokens.size() && Lexicon.PHRASE_OPENERS.contains(tokens.get(j).lower())) {
                    j++;
                }
                int k = j;
                while (k < tokens.size() && tokens.get(k).isWord() && !Lexicon.TITLE_ENDING_PREPOSITIONS.contains(tokens.get(k).lower())) {
                    k++;
                }
                if (k > j) {
                    String title = joined(tokens, j, k);
                    String orgKey = null;
                    for (Mention m : names) {
                        if (m.span().begin() >= tokens.get(k - 1).end()
                                && book.draft(m.entityKey()).type() == EntityType.ORGANIZATION) {
                            orgKey = m.entityKey();
                            break;
                        }
                    }
                    if (title.length() <= 60 && lexicon.kinds(tokens.get(k - 1).lower()).has(NameKind.ROLE)) {
                        learn(new Fact.HoldsRole(d.key(), new Role(title, orgKey)));
                        if (orgKey != null) {
                            learn(new Fact.MemberOf(d.key(), orgKey));
                        }
                    }
                }
            }
        }
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

    static Token lastWord(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).isWord()) {
                return tokens.get(i);
            }
        }
        return null;
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    /** Whether a comma stands between the name and the end of the phrase: "Hugh Hill, a doctor". */
    static boolean hasComma(String text, Span phrase, Span name) {
        int after = name.end();
        return after < phrase.end() && text.substring(after, phrase.end()).contains(",");
    }
}
