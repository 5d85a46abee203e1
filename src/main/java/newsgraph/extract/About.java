package newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import newsgraph.names.EntityType;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKind;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * What a statement is about: the entities its words name or refer to — names, third-person pronouns,
 * definite descriptions ("the party"), country adjectives ("Russian") — in text order. A pronoun or description
 * resolved here is a mention of its entity; the facts are applied as they are learned, so that a description
 * early in the statement is an antecedent for a pronoun later in it.
 */
final class About {

    /** A pronoun whose antecedent is a common noun, not an entity. */
    private static final String NOBODY = "";

    private final Document doc;
    private final EntityBook book;
    private final Lexicon lexicon;
    private final Salience salience;
    private final Descriptions descriptions;

    About(Document doc, EntityBook book, Lexicon lexicon, Salience salience, Descriptions descriptions) {
        this.doc = doc;
        this.book = book;
        this.lexicon = lexicon;
        this.salience = salience;
        this.descriptions = descriptions;
    }

    /** Keys of what the words of {@code content} are about; {@code apply} applies each fact learned. */
    List<String> of(Span content, StatementKind kind, String speaker, Consumer<List<Fact>> apply) {
        Set<String> keys = new LinkedHashSet<>();
        List<Mention> inside = new ArrayList<>();
        for (Mention m : book.nameMentionsIn(content)) {
            EntityBook.Draft d = book.draft(m.entityKey());
            if (d != null && d.type() != EntityType.AGENT) {
                keys.add(m.entityKey());
                inside.add(m);
            }
        }
        for (Sentence s : doc.sentences) {
            if (!s.span().overlaps(content)) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (!content.contains(t.span())) {
                    continue;
                }
                String lower = t.lower();
                if (Lexicon.THIRD_PERSON_PRONOUNS.contains(lower)) {
                    String key = pronounInContent(t, inside);
                    if (NOBODY.equals(key)) {
                        continue;
                    }
                    if (key == null) {
                        // in a quotation "he" is someone other than the speaker; in reported speech it may be the speaker
                        key = salience.resolvePronoun(t, t.begin(), kind == StatementKind.DIRECT ? speaker : null);
                    }
                    if (key != null) {
                        keys.add(key);
                        apply.accept(List.of(new Fact.Mentioned(key, t.span(), t.text(), MentionKind.PRONOUN)));
                    }
                } else if (lower.equals("the")) {
                    List<Fact> facts = new ArrayList<>(1);
                    String key = descriptions.describedAt(s, i, facts);
                    apply.accept(facts);
                    if (key != null) {
                        keys.add(key);
                    }
                } else if (lexicon.kinds(t.key()).has(NameKind.NATIONALITY) && t.isCapitalised()) {
                    String country = lexicon.countryOfAdjective(t.text());
                    String key = country == null ? null : book.keyOfName(country);
                    if (key != null) {
                        keys.add(key);
                    }
                }
            }
        }
        return new ArrayList<>(keys);
    }

    /** A pronoun that refers back to someone named earlier in the same statement ("the Unity leader … he had"). */
    private String pronounInContent(Token pronoun, List<Mention> inside) {
        String p = pronoun.lower();
        boolean person = p.equals("he") || p.equals("him") || p.equals("his") || p.equals("she") || p.equals("her");
        if (p.equals("they") || p.equals("their") || p.equals("them")) {
            Sentence s = doc.sentenceAt(pronoun.begin());
            for (Token t : s.tokens()) {
                if (t.begin() >= pronoun.begin()) {
                    break;
                }
                if ("NOUN".equals(t.tag()) && t.lower().endsWith("s") && t.begin() >= s.span().begin()) {
                    return NOBODY; // "five ministers are considering their positions": the ministers
                }
            }
        }
        for (int i = inside.size() - 1; i >= 0; i--) {
            Mention m = inside.get(i);
            if (m.span().end() > pronoun.begin()) {
                continue;
            }
            EntityBook.Draft d = book.draft(m.entityKey());
            if (d == null) {
                continue;
            }
            if (person && d.type() == EntityType.PERSON || !person && d.type() == EntityType.ORGANIZATION) {
                return d.key();
            }
        }
        return null;
    }
}
