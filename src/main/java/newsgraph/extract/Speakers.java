package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.names.EntityType;
import newsgraph.names.NameLists;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Span;

/**
 * Turns the phrase that names a speaker into an entity, by ordered sieves that each say when they
 * decided: a name in the phrase (with or without an apposition), a group or anonymous source of a named
 * organisation, a pronoun resolved to its antecedent, a description resolved to the entity it describes,
 * and an unnamed source as a last resort. Also resolves pronouns and descriptions inside statements
 * for what they are about.
 */
final class Speakers {

    /** A decided speaker. */
    record Decision(String key, Span mention, SpeakerRule rule, double confidence) {
    }

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");
    private static final Set<String> NEUTER = Set.of("it", "its", "itself");
    /** Nouns for people who speak for an organisation without being named. */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson",
            "representative", "official", "aide", "insider", "source", "adviser", "advisor", "lawyer",
            "attorney", "statement", "spokesmen", "spokeswomen");
    /** Nouns for groups that speak for an organisation: "Unity sources", "Open Door officials". */
    private static final Set<String> GROUP_NOUNS = Set.of("sources", "officials", "spokespeople", "aides",
            "insiders", "representatives", "members", "leaders", "staff", "executives", "ministers", "figures",
            "spokesmen", "spokeswomen", "lawyers", "officers", "authorities", "bosses", "chiefs", "advisers",
            "advisors", "campaigners", "activists", "supporters", "analysts", "economists", "researchers",
            "scientists", "experts", "strategists", "employees", "workers", "doctors", "engineers");
    /** Descriptions that refer back to an entity of a type: "the company", "the organisation". */
    private static final Set<String> ORG_DESCRIPTIONS = Set.of("company", "organisation", "organization", "party",
            "group", "firm", "agency", "government", "ministry", "department", "church", "university", "team",
            "club", "council", "committee", "campaign", "network", "charity", "union", "newspaper", "paper",
            "website", "site", "board", "court", "police", "institute", "association", "bank", "army", "navy");
    /** Things that speak for their authors: "a statement from X said", "posts on X's site theorized". */
    private static final Set<String> DOCUMENTS = Set.of("statement", "statements", "letter", "report", "reports",
            "post", "posts", "article", "message", "messages", "website", "site", "blog", "release", "document",
            "tweet", "tweets", "paper", "study", "survey", "announcement", "memo", "email", "editorial", "notice");
    private static final Set<String> GENERIC_ORGANISATIONS = Set.of("party", "company", "organisation",
            "organization", "group", "firm", "club", "team", "charity", "union");
    private static final Set<String> PLACE_DESCRIPTIONS = Set.of("country", "city", "nation", "state", "town",
            "region", "province", "capital", "island", "village");
    private static final Set<String> STOP_NOUNS = Set.of("a", "an", "the", "this", "that", "these", "those", "one",
            "some", "many", "most", "several", "two", "three", "both", "all", "other", "another", "its", "his", "her",
            "their", "our", "and", "but");

    private final Document doc;
    private final EntityBook book;
    private final NameLists lists;
    /** Speakers decided so far, in text order: the most salient antecedents. */
    private final List<Decision> history = new ArrayList<>();
    private final List<Span> historySpans = new ArrayList<>();
    /** Where each block begins and its ordinal of running text, so that {@link #blockOf} is a binary search. */
    private final int[] blockBegins;
    private final int[] blockOrdinals;

    Speakers(Document doc, EntityBook book, NameLists lists) {
        this.doc = doc;
        this.book = book;
        this.lists = lists;
        int n = doc.blocks.size();
        blockBegins = new int[n];
        blockOrdinals = new int[n];
        int ordinal = 0;
        for (int i = 0; i < n; i++) {
            newsgraph.text.Block b = doc.blocks.get(i);
            if (b.kind().carriesStatements() || b.kind() == newsgraph.text.BlockKind.HEADLINE) {
                ordinal++;
            }
            blockBegins[i] = b.span().begin();
            blockOrdinals[i] = ordinal;
        }
    }

    void remember(Decision d, Span where) {
        if (d != null) {
            history.add(d);
            historySpans.add(where);
        }
    }

    /** The most recent speaker before an offset, or null. */
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

    // ------------------------------------------------------------------ the sieves

    /** The speaker named by tokens [from, to) of a sentence, or null. */
    Decision resolve(Sentence s, int from, int to, SpeakerRule nameRule) {
        if (from < 0 || to <= from) {
            return null;
        }
        Span phrase = new Span(s.token(from).begin(), s.token(to - 1).end());
        List<Token> tokens = s.tokens().subList(from, to);
        String lower = tokens.size() == 1 ? tokens.get(0).lower() : null;

        // 1. a pronoun
        if (lower != null && (MALE.contains(lower) || FEMALE.contains(lower) || PLURAL.contains(lower)
                || NEUTER.contains(lower))) {
            String key = resolvePronoun(tokens.get(0), phrase.begin(), null);
            return key == null ? null : new Decision(key, phrase, SpeakerRule.PRONOUN, 0.75);
        }
        if (lower != null && (lower.equals("who") || lower.equals("which"))) {
            return null;
        }

        // a person named anywhere in the phrase speaks ("Minister of Transport Paola Ferrante",
        // "Unity's Shadow Health Secretary Helen Kirkby"), unless only as a complement ("a spokesman for Mr X")
        Mention named = headPerson(tokens, phrase);
        if (named != null) {
            recordRole(named, tokens, book.nameMentionsIn(phrase));
            boolean apposition = nameRule == SpeakerRule.APPOSITION
                    || nameRule == SpeakerRule.SPEECH_TAG && hasComma(doc.text, phrase, named.span());
            return new Decision(named.entityKey(), named.span(), apposition ? SpeakerRule.APPOSITION : nameRule,
                    nameRule == SpeakerRule.ACCORDING_TO ? 0.85 : 0.9);
        }
        // the head chunk: the words before a preposition or participle ("Ines Ferreira | of The Lakeside
        // Courier", "A leaked letter | seen by Riverside TV", "a spokesman | for the Chilean navy")
        int cut = headChunkEnd(tokens);
        if (cut < tokens.size()) {
            Span headSpan = new Span(tokens.get(0).begin(), tokens.get(cut - 1).end());
            List<Mention> inHead = book.nameMentionsIn(headSpan);
            if (inHead.isEmpty() || allOrgModifiers(inHead, tokens.get(cut - 1))) {
                Decision d = headWithComplement(s, from, to, cut, tokens, phrase);
                if (d != null) {
                    return d;
                }
            }
            tokens = tokens.subList(0, cut);
            phrase = headSpan;
            to = from + cut;
        }
        List<Mention> names = book.nameMentionsIn(phrase);
        // 2. a group or anonymous source of a named organisation: "Unity sources", "a Unity spokesman"
        Token head = lastWord(tokens);
        if (head != null && !names.isEmpty()) {
            String h = head.lower();
            Mention org = lastOfType(names, EntityType.ORGANIZATION, EntityType.PLACE);
            boolean headIsName = names.get(names.size() - 1).span().end() >= head.end();
            if (org != null && !headIsName && lastOfType(names, EntityType.PERSON) == null) {
                if (GROUP_NOUNS.contains(h)) {
                    return new Decision(org.entityKey(), phrase, SpeakerRule.GROUP, 0.8);
                }
                if (SPOKESPEOPLE.contains(h)) {
                    String orgName = book.draft(org.entityKey()).canonical;
                    String key = book.unnamed(orgName + " " + h, EntityType.PERSON, org.entityKey(), phrase,
                            phrase.begin());
                    return new Decision(key, phrase, SpeakerRule.GROUP, 0.75);
                }
            }
        }
        // 3. a name: the person if there is one, else the last organisation or place
        if (!names.isEmpty()) {
            Mention person = lastOfType(names, EntityType.PERSON);
            Mention chosen = person != null ? person : lastOfType(names, EntityType.ORGANIZATION, EntityType.PLACE);
            if (chosen != null) {
                boolean apposition = nameRule == SpeakerRule.APPOSITION
                        || nameRule == SpeakerRule.SPEECH_TAG && hasComma(doc.text, phrase, chosen.span());
                SpeakerRule rule = apposition ? SpeakerRule.APPOSITION : nameRule;
                recordRole(chosen, tokens, names);
                return new Decision(chosen.entityKey(), chosen.span(), rule, nameRule == SpeakerRule.ACCORDING_TO ? 0.85 : 0.9);
            }
        }
        // 4. a description of an entity met before: "the Unity leader", "the company"
        Decision described = description(tokens, phrase);
        if (described != null) {
            return described;
        }
        // 5. an unnamed source: "researchers", "the report's authors", "one poster"
        String description = describe(tokens);
        if (description == null) {
            return null;
        }
        String key = book.unnamed(description, EntityType.AGENT, null, phrase, phrase.begin());
        return new Decision(key, phrase, SpeakerRule.GROUP, 0.6);
    }

    /** The last person named in the phrase who is not only the object of a preposition in it. */
    private Mention headPerson(List<Token> tokens, Span phrase) {
        Mention best = null;
        for (Mention m : book.nameMentionsIn(phrase)) {
            EntityBook.Draft d = book.draft(m.entityKey());
            if (d == null || d.type != EntityType.PERSON) {
                continue;
            }
            Token before = null;
            for (Token t : tokens) {
                if (t.end() <= m.span().begin()) {
                    before = t;
                }
            }
            boolean complement = before != null && "ADP".equals(before.tag()) && !before.isCapitalised()
                    && !before.lower().equals("by");
            if (!complement || best == null) {
                best = m;
            }
        }
        return best;
    }

    /** Index of the first preposition or participle after the first word, or the phrase's length. */
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

    private boolean allOrgModifiers(List<Mention> inHead, Token headWord) {
        return false;
    }

    /**
     * The head names no one ("a spokesman", "the post", "officials"): the phrase after it may —
     * "a spokesman for the Chilean navy", "officials from the Transport Ministry", "the post by an anonymous user".
     */
    private Decision headWithComplement(Sentence s, int from, int to, int cut, List<Token> tokens, Span phrase) {
        Token head = lastWord(tokens.subList(0, cut));
        if (head == null) {
            return null;
        }
        String h = head.lower();
        String prep = tokens.get(cut).lower();
        Span rest = new Span(tokens.get(cut).begin(), tokens.get(tokens.size() - 1).end());
        List<Mention> after = book.nameMentionsIn(rest);
        if (prep.equals("by") && cut + 1 < tokens.size()) {
            // "the post by an unknown author": the author speaks
            Decision d = resolve(s, from + cut + 1, to, SpeakerRule.NOMINAL);
            return d == null ? null : new Decision(d.key(), d.mention(), SpeakerRule.NOMINAL, d.confidence() * 0.9);
        }
        Mention org = lastOfType(after, EntityType.ORGANIZATION, EntityType.PLACE);
        Mention someone = lastOfType(after, EntityType.PERSON, EntityType.ORGANIZATION);
        if (org == null && cut + 1 < tokens.size() && SPOKESPEOPLE.contains(h)
                && (prep.equals("for") || prep.equals("of") || prep.equals("at") || prep.equals("from"))) {
            // "a spokesperson for the council": the organisation the description refers to
            String described = describedAt(s, from + cut + 1);
            EntityBook.Draft d = described == null ? null : book.draft(described);
            if (d != null && d.type == EntityType.ORGANIZATION) {
                String key = book.unnamed(d.canonical + " " + h, EntityType.PERSON, d.key, phrase, phrase.begin());
                return new Decision(key, phrase, SpeakerRule.GROUP, 0.7);
            }
        }
        if (someone != null && DOCUMENTS.contains(h)) {
            // "a letter from the Transport Ministry", "posts on the forum of Project Nightjar": the author speaks
            return new Decision(someone.entityKey(), someone.span(), SpeakerRule.NOMINAL, 0.7);
        }
        if (org != null && (prep.equals("for") || prep.equals("of") || prep.equals("at") || prep.equals("from"))) {
            if (SPOKESPEOPLE.contains(h)) {
                String orgName = book.draft(org.entityKey()).canonical;
                String key = book.unnamed(orgName + " " + h, EntityType.PERSON, org.entityKey(), phrase, phrase.begin());
                return new Decision(key, phrase, SpeakerRule.GROUP, 0.75);
            }
            if (GROUP_NOUNS.contains(h)) {
                return new Decision(org.entityKey(), phrase, SpeakerRule.GROUP, 0.75);
            }
        }
        return null;
    }

    /**
     * The entity a definite description starting at token {@code i} refers to ("the party", "the Unity
     * leader", "the company"), or null when the words there are no such description.
     */
    String describedAt(Sentence s, int i) {
        aboutOnly = true;
        try {
            return describedAtInner(s, i);
        } finally {
            aboutOnly = false;
        }
    }

    /** True while resolving descriptions for what a statement is about: no guessing the nearest person. */
    private boolean aboutOnly;

    private String describedAtInner(Sentence s, int i) {
        if (!s.token(i).lower().equals("the")) {
            return null;
        }
        for (int j = i + 1; j < s.size() && j <= i + 3; j++) {
            Token t = s.token(j);
            if (!t.isWord()) {
                return null;
            }
            String h = t.lower();
            boolean head = ORG_DESCRIPTIONS.contains(h) || PLACE_DESCRIPTIONS.contains(h)
                    || (lists.flags(h) & NameLists.ROLE) != 0 && !t.isCapitalised();
            if (head && (j + 1 >= s.size() || !"NOUN".equals(s.token(j + 1).tag()))) {
                List<Token> tokens = s.tokens().subList(i, j + 1);
                Span phrase = new Span(s.token(i).begin(), t.end());
                Decision d = description(tokens, phrase);
                return d == null ? null : d.key();
            }
        }
        return null;
    }

    private Decision description(List<Token> tokens, Span phrase) {
        Token first = tokens.get(0);
        if (tokens.size() > 4) {
            return null;
        }
        if (!first.lower().equals("the") && !first.lower().equals("this")) {
            return null;
        }
        Token head = lastWord(tokens);
        if (head == null) {
            return null;
        }
        String h = head.lower();
        int flags = lists.flags(h);
        List<Mention> names = book.nameMentionsIn(phrase);
        if ((flags & NameLists.ROLE) != 0 || h.equals("leader") || h.equals("minister")) {
            // "the Unity leader": the person who holds that role in that organisation, else the nearest person
            String orgKey = names.isEmpty() ? null : names.get(names.size() - 1).entityKey();
            String key = personWithRole(h, orgKey, phrase.begin());
            if (key == null && !aboutOnly) {
                key = nearest(phrase.begin(), EntityType.PERSON, '?', null, true);
            }
            if (key != null) {
                book.addMention(key, phrase, doc.text(phrase), MentionKind.DESCRIPTION);
                return new Decision(key, phrase, SpeakerRule.DESCRIPTION, 0.65);
            }
        }
        EntityType type = ORG_DESCRIPTIONS.contains(h) ? EntityType.ORGANIZATION
                : PLACE_DESCRIPTIONS.contains(h) ? EntityType.PLACE : null;
        if (type != null && tokens.size() <= 3) {
            String key = namedWith(h, type, phrase.begin());
            if (key == null && type == EntityType.PLACE) {
                key = nearestPlaceOfKind(h, phrase.begin());
            }
            if (key == null && GENERIC_ORGANISATIONS.contains(h)) {
                // "the party", "the company": the organisation last named; but "the government" or
                // "the police" may be one the article never named
                key = nearest(phrase.begin(), type, '?', null, true);
            }
            if (key != null) {
                book.addMention(key, phrase, doc.text(phrase), MentionKind.DESCRIPTION);
                return new Decision(key, phrase, SpeakerRule.DESCRIPTION, 0.65);
            }
        }
        return null;
    }

    /** "the country" → the nearest country before it, "the city" → the nearest city. */
    private String nearestPlaceOfKind(String head, int before) {
        int kind = switch (head) {
            case "country", "nation" -> NameLists.COUNTRY;
            case "city", "capital", "town" -> NameLists.CITY;
            default -> 0;
        };
        if (kind == 0) {
            return null;
        }
        String best = null;
        int bestAt = -1;
        for (EntityBook.Draft d : book.drafts()) {
            if (d.type != EntityType.PLACE || (lists.flags(java.util.Arrays.stream(d.canonical.split(" "))
                    .map(newsgraph.nlp.Token::keyOf).toList()) & kind) == 0) {
                continue;
            }
            int at = lastMentionBefore(d, before);
            if (at > bestAt && doc.quoteAt(at) == null) {
                best = d.key;
                bestAt = at;
            }
        }
        return best;
    }

    /** "the University" → the organisation before it whose name has the word "University", nearest first. */
    private String namedWith(String head, EntityType type, int before) {
        String best = null;
        int bestAt = -1;
        for (EntityBook.Draft d : book.drafts()) {
            if (d.type != type) {
                continue;
            }
            boolean has = false;
            for (String n : d.names) {
                if ((" " + n.toLowerCase(Locale.ROOT) + " ").contains(" " + head + " ")) {
                    has = true;
                }
            }
            int at = lastMentionBefore(d, before);
            if (has && at > bestAt) {
                best = d.key;
                bestAt = at;
            }
        }
        return best;
    }

    private String personWithRole(String roleHead, String orgKey, int before) {
        String best = null;
        int bestOffset = Integer.MIN_VALUE;
        for (EntityBook.Draft d : book.drafts()) {
            if (d.type != EntityType.PERSON) {
                continue;
            }
            for (Role r : d.roles) {
                String title = r.title().toLowerCase(Locale.ROOT);
                boolean roleMatches = title.endsWith(roleHead) || title.startsWith(roleHead);
                boolean orgMatches = orgKey == null || orgKey.equals(r.inEntityKey());
                if (roleMatches && orgMatches) {
                    // the holder named nearest before; one named only later still holds the role
                    int last = lastMentionBefore(d, before);
                    if (last < 0) {
                        last = -d.firstOffset;
                    }
                    if (last > bestOffset) {
                        best = d.key;
                        bestOffset = last;
                    }
                }
            }
        }
        return best;
    }

    /** A short description of an unnamed source, without its article: "researchers", "report's authors". */
    private static String describe(List<Token> tokens) {
        int from = 0;
        while (from < tokens.size() && STOP_NOUNS.contains(tokens.get(from).lower())) {
            from++;
        }
        if (from >= tokens.size()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > from && t.begin() > tokens.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        String d = sb.toString().strip();
        Token head = lastWord(tokens);
        // an unnamed source is a noun phrase: "researchers", "the report's authors" — not "quickly", "it became"
        if (head == null || !head.isWord() || !("NOUN".equals(head.tag()) || "PROPN".equals(head.tag()))) {
            return null;
        }
        for (Token t : tokens) {
            if (("VERB".equals(t.tag()) || "AUX".equals(t.tag()) || "PRON".equals(t.tag())) && !t.isCapitalised()) {
                return null;
            }
        }
        return d.length() > 60 ? null : d;
    }

    // ------------------------------------------------------------------ pronouns

    /**
     * The entity a third-person pronoun refers to: the most salient compatible entity before it, that is
     * the latest speaker, then subjects, then other mentions, nearer first. Mentions inside quotations
     * are skipped unless the pronoun is in the same quotation; {@code exclude} (a quotation's speaker)
     * is never the answer.
     */
    String resolvePronoun(Token pronoun, int offset, String exclude) {
        String p = pronoun.lower();
        char gender = MALE.contains(p) ? 'm' : FEMALE.contains(p) ? 'f' : '?';
        boolean plural = PLURAL.contains(p);
        boolean neuter = NEUTER.contains(p);
        if (!(gender != '?' || plural || neuter)) {
            return null;
        }
        Quote own = doc.quoteAt(offset);
        if (own == null && !plural && !neuter) {
            Decision last = lastSpeakerBefore(offset, 2);
            if (last != null && compatible(book.draft(last.key()), gender, false, false) && !last.key().equals(exclude)) {
                // the speaker of the last statement stays the topic unless someone else is the subject since
                String subject = nearest(offset, EntityType.PERSON, gender, exclude, true);
                if (subject == null || subject.equals(last.key()) || !isSubjectBetween(subject, last, offset)) {
                    return last.key();
                }
                return subject;
            }
        }
        if (plural && own == null) {
            Decision last = lastSpeakerBefore(offset, 1);
            EntityBook.Draft d = last == null ? null : book.draft(last.key());
            if (d != null && !d.key.equals(exclude) && (d.type == EntityType.ORGANIZATION || d.isPlural())) {
                return d.key; // "the Council denied …: They say …"
            }
        }
        if (plural) {
            String key = nearestPlural(offset, exclude);
            if (key != null) {
                return key;
            }
        }
        if (neuter) {
            return nearestOf(offset, exclude, EntityType.ORGANIZATION);
        }
        return nearest(offset, EntityType.PERSON, gender, exclude, own == null);
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
        for (Mention m : d.mentions) {
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
    private boolean isSubjectPosition(Span span) {
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
        int block = blockOf(offset);
        Quote own = doc.quoteAt(offset);
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (EntityBook.Draft d : book.drafts()) {
            if (d.type != type || d.key.equals(exclude) || !compatible(d, gender, false, false)) {
                continue;
            }
            for (Mention m : d.mentions) {
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
                    best = d.key;
                }
            }
        }
        return best;
    }

    private String nearestPlural(int offset, String exclude) {
        String org = nearestOf(offset, exclude, EntityType.ORGANIZATION, EntityType.AGENT);
        return org;
    }

    private String nearestOf(int offset, String exclude, EntityType... types) {
        int block = blockOf(offset);
        String best = null;
        int bestAt = -1;
        for (EntityBook.Draft d : book.drafts()) {
            if (d.key.equals(exclude) || !List.of(types).contains(d.type)) {
                continue;
            }
            if (d.type == EntityType.AGENT && !d.canonical.toLowerCase(Locale.ROOT).endsWith("s")) {
                continue;
            }
            int at = lastMentionBefore(d, offset);
            if (at > bestAt && block - blockOf(at) <= 3 && doc.quoteAt(at) == null) {
                best = d.key;
                bestAt = at;
            }
        }
        return best;
    }

    private static int lastMentionBefore(EntityBook.Draft d, int offset) {
        int best = -1;
        for (Mention m : d.mentions) {
            if (m.span().begin() < offset && m.span().begin() > best) {
                best = m.span().begin();
            }
        }
        return best;
    }

    private static boolean compatible(EntityBook.Draft d, char gender, boolean plural, boolean neuter) {
        if (d == null) {
            return false;
        }
        if (gender != '?' && d.type != EntityType.PERSON) {
            return false;
        }
        return gender == '?' || d.gender == '?' || d.gender == gender;
    }

    // ------------------------------------------------------------------ helpers

    /** Roles in the speaker phrase: "Health Secretary Dame Ruth Ashby", "Neil Garside, a representative for X". */
    private void recordRole(Mention chosen, List<Token> tokens, List<Mention> names) {
        EntityBook.Draft d = book.draft(chosen.entityKey());
        if (d == null || d.type != EntityType.PERSON) {
            return;
        }
        // an apposition after the name: ", a representative for the Harwick County Sheriff's office,"
        int i = 0;
        while (i < tokens.size() && tokens.get(i).end() <= chosen.span().end()) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).text().equals(",")) {
            int j = i + 1;
            while (j < tokens.size() && STOP_NOUNS.contains(tokens.get(j).lower())) {
                j++;
            }
            int k = j;
            while (k < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).lower().matches("of|for|at|with|in")) {
                k++;
            }
            if (k > j) {
                String title = joined(tokens, j, k);
                String orgKey = null;
                for (Mention m : names) {
                    if (m.span().begin() >= tokens.get(k - 1).end()
                            && book.draft(m.entityKey()).type == EntityType.ORGANIZATION) {
                        orgKey = m.entityKey();
                        break;
                    }
                }
                if (title.length() <= 60 && (lists.flags(tokens.get(k - 1).lower()) & NameLists.ROLE) != 0) {
                    book.addRole(d.key, new Role(title, orgKey));
                    if (orgKey != null) {
                        book.addMembership(d.key, orgKey);
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

    private static boolean hasComma(String text, Span phrase, Span name) {
        int after = name.end();
        return after < phrase.end() && text.substring(after, phrase.end()).contains(",");
    }

    private Mention lastOfType(List<Mention> names, EntityType... types) {
        for (int i = names.size() - 1; i >= 0; i--) {
            EntityBook.Draft d = book.draft(names.get(i).entityKey());
            if (d != null && List.of(types).contains(d.type)) {
                return names.get(i);
            }
        }
        return null;
    }

    private static Token lastWord(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).isWord()) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** The ordinal of the paragraph of running text an offset lies in; captions and credits do not count. */
    private int blockOf(int offset) {
        // a scan of all blocks here, called per mention, made long articles cubic
        int at = java.util.Arrays.binarySearch(blockBegins, offset);
        int last = at >= 0 ? at : -at - 2;
        return last < 0 ? 0 : blockOrdinals[last];
    }
}
