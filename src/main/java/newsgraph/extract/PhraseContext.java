package newsgraph.extract;

import java.util.List;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKind;
import newsgraph.lexicon.WordList;
import newsgraph.names.EntityType;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * What the speaker-phrase sieves read — the article, its entities, who is salient, the descriptions — and where
 * they put what they learn on the way ({@link #learn}): one context per phrase resolved, whose facts the reading
 * applies once the phrase is resolved.
 */
final class PhraseContext {

    /** The sieves again, for a phrase inside the phrase being read ("the post by an anonymous user"). */
    @FunctionalInterface
    interface Resolver {
        Decision resolve(Sentence s, int from, int to, SpeakerRule nameRule, PhraseContext context);
    }

    private final Document doc;
    private final EntityBook book;
    private final Lexicon lexicon;
    private final Salience salience;
    private final Descriptions descriptions;
    private final List<Fact> facts;
    private final Resolver resolver;
    private final Set<String> spokespeople;
    private final Set<String> groupNouns;
    private final Set<String> documents;

    PhraseContext(Document doc, EntityBook book, Lexicon lexicon, Salience salience, Descriptions descriptions,
                  List<Fact> facts, Resolver resolver) {
        this.doc = doc;
        this.book = book;
        this.lexicon = lexicon;
        this.salience = salience;
        this.descriptions = descriptions;
        this.facts = facts;
        this.resolver = resolver;
        this.spokespeople = lexicon.words(WordList.SPOKESPEOPLE);
        this.groupNouns = lexicon.words(WordList.GROUP_NOUNS);
        this.documents = lexicon.words(WordList.DOCUMENTS);
    }

    /** The speaker of a phrase inside the phrase being read ("the post by an anonymous user"), or null. */
    Decision resolve(Sentence s, int from, int to, SpeakerRule nameRule) {
        return resolver.resolve(s, from, to, nameRule, this);
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

    Lexicon lexicon() {
        return lexicon;
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
                if (orgKey == null) {
                    // "Portugal coach", "Unity leader": the organisation or place named in the title itself
                    Span inTitle = new Span(tokens.get(j).begin(), tokens.get(k - 1).end());
                    for (Mention m : names) {
                        EntityBook.Draft e = book.draft(m.entityKey());
                        if (inTitle.contains(m.span()) && e != null
                                && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PLACE)) {
                            orgKey = m.entityKey();
                        }
                    }
                }
                if (title.length() <= 60 && lexicon.kinds(tokens.get(k - 1).lower()).has(NameKind.ROLE)) {
                    learn(new Fact.HoldsRole(d.key(), new Role(title, orgKey)));
                    if (orgKey != null && book.draft(orgKey).type() == EntityType.ORGANIZATION) {
                        learn(new Fact.MemberOf(d.key(), orgKey));
                    }
                }
            }
        }
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
}
