package newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import newsgraph.names.EntityType;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.NameKind;
import newsgraph.lexicon.WordList;
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

    /** An entity the statement's own words named or described, and where: an antecedent for its pronouns. */
    private record Antecedent(int end, String key, EntityType type) {
    }

    /** Keys of what the words of {@code content} are about; {@code apply} applies each fact learned. */
    List<String> of(Span content, StatementKind kind, String speaker, Consumer<List<Fact>> apply) {
        Set<String> keys = new LinkedHashSet<>();
        List<Antecedent> inside = new ArrayList<>();
        List<Mention> named = new ArrayList<>();
        for (Mention m : book.nameMentionsIn(content)) {
            EntityBook.Draft d = book.draft(m.entityKey());
            if (d != null && d.type() != EntityType.AGENT) {
                keys.add(m.entityKey());
                named.add(m);
                inside.add(new Antecedent(m.span().end(), d.key(), d.type()));
            }
        }
        // the words that only describe another entity ("the Conservative government"): not what it is about
        List<Span> modifiers = new ArrayList<>();
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
                if ((lower.equals("our") && doc.quoteAround(t.begin()) != null || lower.equals("this"))
                        && countryNounAt(s, i + 1)) {
                    String key = ownCountry(speaker);
                    if (key != null) {
                        Span phrase = new Span(t.begin(), s.token(i + 1).end());
                        apply.accept(List.of(new Fact.Mentioned(key, phrase, doc.text(phrase), MentionKind.DESCRIPTION)));
                        keys.add(key);
                        inside.add(new Antecedent(phrase.end(), key, EntityType.PLACE));
                    }
                    i++;
                    continue;
                }
                if (lower.equals("the") || lower.equals("this")) {
                    List<Fact> facts = new ArrayList<>(1);
                    List<Span> described = new ArrayList<>(1);
                    String key = unnamedGovernment(s, i, facts, described);
                    if (key != null && lower.equals("the") && resolvedBefore(s, i, speaker) != null) {
                        key = null; // a government the article names, a role's holder …
                    }
                    if (key != null) {
                        apply.accept(facts);
                        keys.add(key);
                        Span phrase = ((Fact.Unnamed) facts.get(0)).span();
                        inside.add(new Antecedent(phrase.end(), key, EntityType.AGENT));
                        modifiers.addAll(described);
                        while (!described.isEmpty() && i + 1 < s.size() && described.get(0).contains(s.token(i + 1).span())) {
                            i++; // its modifiers ("Chinese", "Conservative") are how it is described
                        }
                        continue;
                    }
                }
                if (Lexicon.THIRD_PERSON_PRONOUNS.contains(lower)) {
                    String key = pronounInContent(t, inside);
                    if (!NOBODY.equals(key) && Lexicon.PERSONAL_POSSESSIVES.contains(lower) && organisationNounAfter(s, i)) {
                        String owner = key != null ? key : salience.resolvePronoun(t, t.begin(),
                                kind == StatementKind.DIRECT ? speaker : null);
                        String org = ownersOrganisation(owner, s.token(i + 1));
                        if (org != null) {
                            Span phrase = new Span(t.begin(), s.token(i + 1).end());
                            apply.accept(List.of(new Fact.Mentioned(org, phrase, doc.text(phrase), MentionKind.DESCRIPTION)));
                            keys.add(org);
                            inside.add(new Antecedent(phrase.end(), org, EntityType.ORGANIZATION));
                            i++;
                            continue;
                        }
                    }
                    if (NOBODY.equals(key)) {
                        continue;
                    }
                    if (key == null && (lower.equals("it") || Lexicon.PLURAL_PRONOUNS.contains(lower))
                            && (kind == StatementKind.DIRECT || bracketed(s, i))) {
                        continue; // rule quoted-it
                    }
                    if (key == null) {
                        // in a quotation "he" is someone other than the speaker; in reported speech it may be the speaker
                        key = salience.resolvePronoun(t, t.begin(), kind == StatementKind.DIRECT ? speaker : null);
                    }
                    if (key != null) {
                        keys.add(key);
                        apply.accept(List.of(new Fact.Mentioned(key, t.span(), t.text(), MentionKind.PRONOUN)));
                    }
                } else if (Lexicon.FIRST_PERSON_PLURAL.contains(lower) && doc.quoteAround(t.begin()) != null) {
                    String key = speakersSide(speaker, false);
                    if (key != null) {
                        keys.add(key);
                    }
                } else if (lower.equals("the")) {
                    List<Fact> facts = new ArrayList<>(1);
                    String key = speakersTeam(s, i, speaker, facts);
                    if (key == null) {
                        key = descriptions.describedAt(s, i, facts);
                    }
                    if (key == null) {
                        key = roleHolderNamedBefore(s, i, speaker, facts);
                    }
                    if (key == null) {
                        key = descriptions.personDescribedAt(s, i, speaker, facts);
                    }
                    if (key == null && descriptions.organisationNounAt(s, i) && speaksFor(speaker)) {
                        key = speakersSide(speaker, true);
                    }
                    apply.accept(facts);
                    if (key != null) {
                        keys.add(key);
                        EntityBook.Draft d = book.draft(key);
                        if (d != null && !facts.isEmpty() && facts.get(0) instanceof Fact.Mentioned m) {
                            inside.add(new Antecedent(m.span().end(), key, d.type()));
                        }
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
        for (Mention m : named) {
            if (modifiers.stream().anyMatch(span -> span.contains(m.span()))
                    && named.stream().noneMatch(o -> o.entityKey().equals(m.entityKey())
                    && modifiers.stream().noneMatch(span -> span.contains(o.span())))) {
                keys.remove(m.entityKey());
            }
        }
        return new ArrayList<>(keys);
    }

    /**
     * Whether the description at {@code the} is one the existing description rules resolve (a named
     * government, a role's holder, …): {@code unnamed-government} comes only after them. Read-only.
     */
    private String resolvedBefore(Sentence s, int the, String speaker) {
        List<Fact> ignored = new ArrayList<>(1);
        String key = descriptions.describedAt(s, the, ignored);
        if (key == null) {
            key = roleHolderNamedBefore(s, the, speaker, ignored);
        }
        if (key == null) {
            key = descriptions.personDescribedAt(s, the, speaker, ignored);
        }
        if (key == null && descriptions.organisationNounAt(s, the) && speaksFor(speaker)) {
            key = speakersSide(speaker, true);
        }
        return key;
    }

    /**
     * Rule "unnamed-government": "the government", "this government", "the Conservative government" in an article
     * that names no government — one entity of the article's own, the unnamed agent the speaker sieves make of "the
     * government said" (the nouns marked "unnamed" in {@code organisation-descriptions.txt}). A nationality or a place
     * before it ("the Chinese government", "the U.S. government") makes another, that country's, and the statement is
     * about the country too. Other words before the noun say how it is described ("Conservative", "federal") and go
     * to {@code modifiers}: the statement is about the government, not its party.
     */
    private String unnamedGovernment(Sentence s, int det, List<Fact> facts, List<Span> modifiers) {
        String country = null;
        int head = det + 1;
        for (; head < s.size() && head <= det + 3; head++) {
            Token t = s.token(head);
            if (!t.isWord()) {
                return null;
            }
            if (!t.isCapitalised() && "unnamed".equals(lexicon.table(WordList.ORGANISATION_DESCRIPTIONS).get(t.lower()))) {
                break;
            }
            if (!t.isCapitalised() && !"ADJ".equals(t.tag())) {
                return null;
            }
            if (t.isCapitalised() && lexicon.kinds(t.key()).has(NameKind.NATIONALITY)
                    && lexicon.countryOfAdjective(t.text()) != null) {
                country = t.text();
            }
        }
        if (head >= s.size() || head > det + 3
                || head + 1 < s.size() && ("NOUN".equals(s.token(head + 1).tag()) || "PROPN".equals(s.token(head + 1).tag()))) {
            return null; // "the government spokesman": another noun's modifier
        }
        Span phrase = new Span(s.token(det).begin(), s.token(head).end());
        for (Mention m : book.nameMentionsIn(phrase)) {
            EntityBook.Draft d = book.draft(m.entityKey());
            if (d != null && d.type() == EntityType.PLACE) {
                country = m.text(); // "the U.S. government"
            }
        }
        String noun = s.token(head).lower();
        Fact.Unnamed government = new Fact.Unnamed(country == null ? noun : country + " " + noun,
                EntityType.AGENT, null, phrase);
        facts.add(government);
        if (country == null) {
            modifiers.add(new Span(s.token(det).end(), s.token(head).begin()));
        }
        return government.key();
    }

    /**
     * Rule "quoted-it": "it" and "they" in quoted words are what those words named before them
     * ({@link #pronounInContent}) or nothing — in speech "it" is mostly the situation or no one ("it was a very
     * emotional day") and "they" people the speaker has in mind, not an organisation named outside the quotation;
     * "its" still is one. "(it)", a word in brackets, is a label (a source's language), no pronoun.
     */
    private static boolean bracketed(Sentence s, int i) {
        return i > 0 && i + 1 < s.size() && s.token(i - 1).text().equals("(") && s.token(i + 1).text().equals(")");
    }

    /** Whether an organisation noun ("party", "company") follows token {@code i}, not another noun's modifier. */
    private boolean organisationNounAfter(Sentence s, int i) {
        return i + 1 < s.size() && !s.token(i + 1).isCapitalised()
                && lexicon.table(WordList.ORGANISATION_DESCRIPTIONS).containsKey(s.token(i + 1).lower())
                && (i + 2 >= s.size() || !"NOUN".equals(s.token(i + 2).tag()));
    }

    /**
     * Rule "owners-organisation": "her party", "his company", "their club" — the organisation its owner belongs to
     * or holds a role in, else the one the noun alone would mean ("the party": the party named last). The
     * statement is about the organisation; the owner only says which.
     */
    private String ownersOrganisation(String owner, Token noun) {
        EntityBook.Draft d = owner == null ? null : book.draft(owner);
        if (d != null && d.type() != EntityType.ORGANIZATION) {
            List<String> sides = new ArrayList<>(d.memberOf());
            d.roles().forEach(r -> sides.add(r.inEntityKey()));
            for (String side : sides) {
                EntityBook.Draft o = side == null || side.equals(owner) ? null : book.draft(side);
                if (o != null && o.type() == EntityType.ORGANIZATION) {
                    return o.key();
                }
            }
        }
        return descriptions.organisationByNoun(noun.lower(), noun.begin());
    }

    /** Whether token {@code i} is a noun for a country ("country", "nation"), not another noun's modifier. */
    private boolean countryNounAt(Sentence s, int i) {
        return i < s.size() && !s.token(i).isCapitalised()
                && "country".equals(lexicon.table(WordList.PLACE_DESCRIPTIONS).get(s.token(i).lower()))
                && (i + 1 >= s.size() || !"NOUN".equals(s.token(i + 1).tag()));
    }

    /**
     * Rule "own-country": "our country" in quoted words, "this country" — the speaker's country (of a role it
     * holds: "Portugal coach", "the Portuguese captain"), else the article's own: the country it names most
     * often, by more names than any other.
     */
    private String ownCountry(String speaker) {
        EntityBook.Draft d = speaker == null ? null : book.draft(speaker);
        if (d != null) {
            for (Role r : d.roles()) {
                if (isCountry(book.draft(r.inEntityKey()))) {
                    return r.inEntityKey();
                }
                for (String word : r.title().split(" ")) {
                    String country = word.isEmpty() || !Character.isUpperCase(word.charAt(0)) ? null
                            : lexicon.countryOfAdjective(word);
                    String key = country == null ? null : book.keyOfName(country);
                    if (key != null) {
                        return key;
                    }
                }
            }
        }
        String best = null;
        int most = 0;
        int second = 0;
        for (EntityBook.Draft c : book.drafts()) {
            if (!isCountry(c)) {
                continue;
            }
            int named = (int) c.mentions().stream().filter(m -> m.kind() == MentionKind.NAME).count();
            if (named > most) {
                second = most;
                most = named;
                best = c.key();
            } else if (named > second) {
                second = named;
            }
        }
        return most > second ? best : null;
    }

    private boolean isCountry(EntityBook.Draft d) {
        return d != null && d.type() == EntityType.PLACE
                && lexicon.kinds(Arrays.stream(d.canonical().split(" ")).map(Lexicon::key).toList())
                        .has(NameKind.COUNTRY);
    }

    /**
     * Rule "speakers-side": "we", "our" in quoted words, and "the department" in a spokeswoman's (not in an
     * opposition MP's "the government"), are the side
     * the speaker speaks for — an organisation it belongs to, else the organisation or place of a role it holds
     * ("Tunisia's coach"), else the country of a nationality in its role ("the Portuguese captain"); with
     * {@code organisationOnly}, an organisation only. Never the speaker: an organisation's "we" is itself.
     */
    private String speakersSide(String speaker, boolean organisationOnly) {
        EntityBook.Draft d = speaker == null ? null : book.draft(speaker);
        if (d == null || d.type() != EntityType.PERSON && d.type() != EntityType.AGENT) {
            return null;
        }
        for (String org : d.memberOf()) {
            if (sideOf(org, speaker, organisationOnly)) {
                return org;
            }
        }
        for (Role r : d.roles()) {
            if (sideOf(r.inEntityKey(), speaker, organisationOnly)) {
                return r.inEntityKey();
            }
        }
        if (organisationOnly) {
            return null;
        }
        for (Role r : d.roles()) {
            for (String word : r.title().split(" ")) {
                String country = word.isEmpty() || !Character.isUpperCase(word.charAt(0)) ? null
                        : lexicon.countryOfAdjective(word);
                String key = country == null ? null : book.keyOfName(country);
                if (key != null && !key.equals(speaker)) {
                    return key;
                }
            }
        }
        return null;
    }

    /**
     * Rule "speakers-team": "the team", "the squad" in the words of someone with a side — an organisation it
     * belongs to, the team or country of a role it holds ("Panama coach") — is that side, before any team named
     * nearer ("the team was still very emotional", said the coach).
     */
    private String speakersTeam(Sentence s, int the, String speaker, List<Fact> facts) {
        if (the + 1 >= s.size() || s.token(the + 1).isCapitalised()
                || !lexicon.words(WordList.TEAM_NOUNS).contains(s.token(the + 1).lower())
                || the + 2 < s.size() && "NOUN".equals(s.token(the + 2).tag())) {
            return null;
        }
        String side = speakersSide(speaker, false);
        if (side != null) {
            Span phrase = new Span(s.token(the).begin(), s.token(the + 1).end());
            facts.add(new Fact.Mentioned(side, phrase, doc.text(phrase), MentionKind.DESCRIPTION));
        }
        return side;
    }

    /** Whether the speaker is a spokesperson ("spokeswoman", "press officer"): its organisation's voice. */
    private boolean speaksFor(String speaker) {
        EntityBook.Draft d = speaker == null ? null : book.draft(speaker);
        if (d == null) {
            return false;
        }
        for (Role r : d.roles()) {
            String[] words = r.title().toLowerCase(java.util.Locale.ROOT).split(" ");
            if (lexicon.words(WordList.SPOKESPEOPLE).contains(words[words.length - 1])) {
                return true;
            }
        }
        return false;
    }

    private boolean sideOf(String key, String speaker, boolean organisationOnly) {
        EntityBook.Draft side = key == null || key.equals(speaker) ? null : book.draft(key);
        return side != null && (side.type() == EntityType.ORGANIZATION
                || !organisationOnly && side.type() == EntityType.PLACE);
    }

    /**
     * "… her attack on Tom Reyes, when she said the Unity leader would …": a role whose holder the article
     * never names is the person named last before it in the same sentence, if that is not the speaker.
     */
    private String roleHolderNamedBefore(Sentence s, int the, String speaker, List<Fact> facts) {
        int head = the + 1;
        while (head < s.size() && head <= the + 3 && s.token(head).isCapitalised()) {
            head++;
        }
        if (head >= s.size() || !s.token(head).isWord() || s.token(head).isCapitalised()
                || !lexicon.kinds(s.token(head).lower()).has(NameKind.ROLE)
                || head + 1 < s.size() && "NOUN".equals(s.token(head + 1).tag())) {
            return null;
        }
        Span phrase = new Span(s.token(the).begin(), s.token(head).end());
        Span before = new Span(s.span().begin(), phrase.begin());
        List<Mention> named = before.end() > before.begin() ? book.nameMentionsIn(before) : List.of();
        for (int k = named.size() - 1; k >= 0; k--) {
            EntityBook.Draft d = book.draft(named.get(k).entityKey());
            if (d != null && d.type() == EntityType.PERSON) {
                if (d.key().equals(speaker)) {
                    return null;
                }
                facts.add(new Fact.Mentioned(d.key(), phrase, doc.text(phrase), MentionKind.DESCRIPTION));
                return d.key();
            }
        }
        return null;
    }

    /**
     * A pronoun that refers back to what the statement itself named or described earlier: "the Unity leader …
     * he had", "the UK to … its war of words" (a country acts as a state).
     */
    private String pronounInContent(Token pronoun, List<Antecedent> inside) {
        String p = pronoun.lower();
        boolean person = p.equals("he") || p.equals("him") || p.equals("his") || p.equals("she") || p.equals("her");
        boolean thing = p.equals("it") || p.equals("its");
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
        Antecedent nearest = null;
        for (Antecedent a : inside) {
            boolean fits = person && a.type() == EntityType.PERSON
                    || !person && (a.type() == EntityType.ORGANIZATION || a.type() == EntityType.AGENT)
                    || thing && a.type() == EntityType.PLACE;
            if (fits && a.end() <= pronoun.begin() && (nearest == null || a.end() > nearest.end())) {
                nearest = a;
            }
        }
        return nearest == null ? null : nearest.key();
    }
}
