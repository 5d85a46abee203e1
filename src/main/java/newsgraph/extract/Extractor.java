package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.names.EntityType;
import newsgraph.names.NameLists;
import newsgraph.names.NameMention;
import newsgraph.names.NameRecognizer;
import newsgraph.nlp.OpenNlp;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.text.Article;
import newsgraph.text.Block;
import newsgraph.text.BlockKind;
import newsgraph.text.Layout;
import newsgraph.text.Span;

/**
 * The front door of extraction: who said what about whom in one article.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.create();          // loads models and name lists once
 * Analysis analysis = extractor.extract(article);    // pure; safe to call from many threads
 * }</pre>
 *
 * The stages run one way: layout → sentences and tokens (OpenNLP) → names → quotations and reporting
 * cues → statements with their speakers (ordered sieves) → what each statement is about.
 */
public final class Extractor {

    /** A pronoun whose antecedent is a common noun, not an entity. */
    private static final String NOBODY = "";
    private static final java.util.regex.Pattern POST_LINK = java.util.regex.Pattern.compile(
            "\\s(?:pic\\.twitter\\.com/|https?://)\\S*");
    private static final Set<String> THIRD_PERSON = Set.of("he", "him", "his", "she", "her", "it", "its", "they",
            "them", "their");

    private final OpenNlp nlp;
    private final NameLists lists;
    private final NameRecognizer names;
    private final CueFinder cues;

    private Extractor(OpenNlp nlp, NameLists lists) {
        this.nlp = nlp;
        this.lists = lists;
        this.names = new NameRecognizer(lists);
        this.cues = new CueFinder(ReportingVerbs.english());
    }

    // issue 11: pure stages after extraction (the linker), e.g. Extractor.create().then(new Linker(pack))
    private java.util.function.Function<Analysis, Analysis> after = java.util.function.Function.identity();

    /** This extractor followed by a pure stage on its analysis; this one is unchanged. */
    public Extractor then(java.util.function.UnaryOperator<Analysis> stage) {
        Extractor next = new Extractor(nlp, lists);
        next.after = after.andThen(stage);
        return next;
    }

    /** An extractor with the English models and the standard name lists (loaded once per process). */
    public static Extractor create() {
        return new Extractor(OpenNlp.english(), NameLists.standard());
    }

    public Analysis extract(Article article) {
        String text = article.text();
        List<Block> blocks = Layout.of(text);
        List<Sentence> sentences = nlp.analyse(text, blocks);
        List<NameMention> found = names.find(sentences);
        EntityBook book = new EntityBook(lists);
        book.addNames(found, text);
        List<Span> people = found.stream().filter(m -> m.type() == EntityType.PERSON).map(NameMention::span).toList();
        Document doc = new Document(article, blocks, sentences, QuoteFinder.find(text, blocks), people);
        List<Statement> statements = new Reading(doc, book).statements();
        Set<String> keep = new HashSet<>();
        for (Statement s : statements) {
            keep.add(s.speakerKey());
            keep.addAll(s.about());
        }
        return after.apply(new Analysis(article, blocks, book.entities(keep), statements));
    }

    /** The reading of one article: statements in text order, each with its speaker decided. */
    private final class Reading {

        private final Document doc;
        private final EntityBook book;
        private final Speakers speakers;
        private final List<Statement> statements = new ArrayList<>();
        private final Set<Quote> consumed = new HashSet<>();

        Reading(Document doc, EntityBook book) {
            this.doc = doc;
            this.book = book;
            this.speakers = new Speakers(doc, book, lists);
        }

        List<Statement> statements() {
            for (Block block : doc.blocks) {
                if (block.kind().carriesStatements()) {
                    readBlock(block);
                } else if (block.kind() == BlockKind.CREDIT) {
                    embeddedPost(block);
                }
            }
            statements.sort((a, b) -> a.content().compareTo(b.content()));
            return statements;
        }

        private void readBlock(Block block) {
            List<Sentence> sentences = doc.sentencesOf(block);
            List<Cue> blockCues = new ArrayList<>();
            for (Sentence s : sentences) {
                blockCues.addAll(cues.find(s, doc));
            }
            // indirect and mixed statements: a cue with a reported clause
            for (Cue cue : blockCues) {
                if (cue.hasComplement()) {
                    reported(cue);
                }
            }
            // direct quotations
            for (Quote q : doc.quotes) {
                if (q.block() != block.index() || consumed.contains(q)) {
                    continue;
                }
                direct(q, block, blockCues, previousInBlock(block, q));
            }
        }

        /**
         * An embedded social-media post: its text, then a line crediting it
         * ("— Jane Doe (@janedoe) May 3, 2017"). The post is the named person's own words.
         */
        private boolean embeddedPost(Block credit) {
            String line = doc.text(credit.span());
            if (!Layout.POST_CREDIT.matcher(line).matches() || credit.index() == 0) {
                return false;
            }
            Block post = doc.blocks.get(credit.index() - 1);
            if (!post.kind().carriesStatements()) {
                return false;
            }
            // the author: the name before "(@handle)", one of the article's people if it names them
            int open = line.indexOf("(@");
            int nameBegin = 1;
            while (nameBegin < open && !Character.isLetter(line.charAt(nameBegin))) {
                nameBegin++;
            }
            String name = line.substring(nameBegin, open).strip();
            if (name.isEmpty()) {
                return false;
            }
            Span nameSpan = new Span(credit.span().begin() + nameBegin, credit.span().begin() + nameBegin + name.length());
            String key = book.keyOfName(name);
            if (key == null) {
                key = book.person(name, nameSpan);
            }
            // the post's words, without the links services append ("pic.twitter.com/…", "https://…")
            String text = doc.text(post.span());
            java.util.regex.Matcher link = POST_LINK.matcher(text);
            int end = link.find() ? link.start() : text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (QuoteFinder.wordCount(text, 0, end) < 2) {
                return false;
            }
            Span content = new Span(post.span().begin(), post.span().begin() + end);
            int dash = credit.span().begin();
            Speakers.Decision d = new Speakers.Decision(key, nameSpan, SpeakerRule.SPEECH_TAG, 0.85);
            add(content, StatementKind.DIRECT, new Span(dash, dash + 1), d, d.confidence(), post.span());
            return true;
        }

        /** The speaker of the last statement of this paragraph before the quotation, or null. */
        private Speakers.Decision previousInBlock(Block block, Quote q) {
            Statement best = null;
            for (Statement st : statements) {
                if (block.span().contains(st.content()) && st.content().end() <= q.outer().begin()
                        && (best == null || st.content().begin() > best.content().begin())) {
                    best = st;
                }
            }
            return best == null ? null : new Speakers.Decision(best.speakerKey(), null, best.rule(), best.confidence());
        }

        /** An indirect or mixed statement from a cue and its clause. */
        private void reported(Cue cue) {
            Span content = cue.complementSpan();
            if (QuoteFinder.wordCount(doc.text, content.begin(), content.end()) < 3) {
                return;
            }
            StatementKind kind = StatementKind.INDIRECT;
            for (Quote q : doc.quotes) {
                if (q.block() != cue.sentence().block().index() || !content.overlaps(q.outer())) {
                    continue;
                }
                if (q.inner().contains(content) || content.contains(q.inner()) && q.inner().length() * 10 >= content.length() * 9) {
                    content = q.inner();
                    kind = StatementKind.DIRECT;
                } else {
                    kind = StatementKind.MIXED;
                    content = content.union(q.outer().begin() >= content.begin() ? q.outer() : content);
                }
                consumed.add(q);
            }
            if (!cue.hasSubject()) {
                return;
            }
            Speakers.Decision d = speakers.resolve(cue.sentence(), cue.subjectFrom(), cue.subjectTo(), cue.nameRule());
            if (d == null) {
                return;
            }
            double confidence = d.confidence()
                    * (cue.frame() == ReportingVerbs.Frame.ATTITUDE ? 0.8 : 1.0)
                    * (kind == StatementKind.INDIRECT ? 0.95 : 1.0);
            Span sentence = cue.sentence().span().contains(content) ? cue.sentence().span()
                    : sentencesAround(content, cue.sentence().block());
            add(content, kind, cue.cueSpan(), d, confidence, sentence);
        }

        /** A direct quotation: its tag, else the quotation it continues, else the colon that introduces it. */
        private Speakers.Decision direct(Quote q, Block block, List<Cue> blockCues, Speakers.Decision previousInBlock) {
            Cue tag = tagAfter(q, blockCues);
            if (tag == null) {
                tag = tagBefore(q, blockCues);
            }
            Speakers.Decision d = null;
            Span cueSpan = null;
            if (tag != null && tag.hasSubject()) {
                d = speakers.resolve(tag.sentence(), tag.subjectFrom(), tag.subjectTo(), tag.nameRule());
                cueSpan = tag.cueSpan();
            }
            if (d == null) {
                d = creditAfter(q);
                if (d != null) {
                    cueSpan = new Span(q.outer().end(), Math.min(doc.text.length(), q.outer().end() + 2));
                }
            }
            if (d == null && q.isTerm()) {
                return null;
            }
            if (d == null && previousInBlock != null) {
                d = new Speakers.Decision(previousInBlock.key(), null, SpeakerRule.CONTINUATION, 0.85);
            }
            if (d == null) {
                d = introducedByColon(q, block);
            }
            if (d == null) {
                // "X issued a statement regarding Y. "…"": the last speaker named in this paragraph before it
                Cue earlier = lastCueBefore(q, blockCues);
                if (earlier != null) {
                    Speakers.Decision e = speakers.resolve(earlier.sentence(), earlier.subjectFrom(), earlier.subjectTo(),
                            SpeakerRule.SPEECH_TAG);
                    if (e != null) {
                        d = new Speakers.Decision(e.key(), e.mention(), e.rule(), e.confidence() * 0.8);
                        cueSpan = earlier.cueSpan();
                    }
                }
            }
            if (d == null && (q.openStart() || startsBlock(q, block))) {
                Speakers.Decision last = speakers.lastSpeakerBefore(q.outer().begin(), 1);
                if (last != null && lastStatementIsDirectOrColon(block)) {
                    d = new Speakers.Decision(last.key(), null, SpeakerRule.CONTINUATION, q.openStart() ? 0.85 : 0.7);
                }
            }
            if (d == null || q.words() < 2) {
                return null;
            }
            if (cueSpan == null) {
                // the quotation mark that opens it is the cue of an untagged continuation (else its first
                // character, whole: one UTF-16 unit of an emoji is not text)
                int b = q.openStart() ? q.inner().begin() : q.outer().begin();
                int width = b < doc.text.length() ? Character.charCount(doc.text.codePointAt(b)) : 0;
                cueSpan = new Span(b, b + width);
            }
            consumed.add(q);
            add(q.inner(), StatementKind.DIRECT, cueSpan, d, d.confidence(), sentencesAround(q.inner(), block));
            return d;
        }

        /** The sentences a quotation stands in: all that it overlaps, so that it reads in context. */
        private Span sentencesAround(Span content, Block block) {
            Span around = null;
            for (Sentence s : doc.sentencesOf(block)) {
                if (s.span().overlaps(content) || s.span().contains(content)) {
                    around = around == null ? s.span() : around.union(s.span());
                }
            }
            return around == null || !around.contains(content) ? (around == null ? content : around.union(content)) : around;
        }

        /** The last cue with a speaker and no clause of its own before the quotation, in its paragraph. */
        private Cue lastCueBefore(Quote q, List<Cue> blockCues) {
            Cue best = null;
            for (Cue c : blockCues) {
                if (c.sentence().token(c.verb()).end() <= q.outer().begin() && c.hasSubject() && !c.hasComplement()
                        && (c.frame() == ReportingVerbs.Frame.SPEECH || c.frame() == ReportingVerbs.Frame.SPEECH_TO)) {
                    best = c;
                }
            }
            return best;
        }

        /** "“…,” he told reporters." / "“…,” said X." right after the closing mark. */
        private Cue tagAfter(Quote q, List<Cue> blockCues) {
            for (Cue c : blockCues) {
                int at = c.sentence().token(c.verb()).begin();
                if (at < q.outer().end()) {
                    continue;
                }
                int from = q.outer().end();
                int to = c.hasSubject() && !c.postposed() ? Math.min(at, c.subjectSpan().begin()) : at;
                String between = doc.text.substring(from, Math.max(from, to));
                if (between.matches("[\\s,.;:!?—–-]*") || between.strip().length() <= 2) {
                    return c.hasComplement() && c.complementSpan().begin() > at ? null : c;
                }
                return null;
            }
            return null;
        }

        /** "he added: “…" / "Pellew wrote, "…" / ", telling Lakeside Radio: “…": a cue right before the opening mark. */
        private Cue tagBefore(Quote q, List<Cue> blockCues) {
            Cue best = null;
            for (Cue c : blockCues) {
                Token verb = c.sentence().token(c.verb());
                if (verb.end() > q.outer().begin()) {
                    break;
                }
                best = c;
            }
            if (best == null || best.hasComplement() && best.complementSpan().end() > best.sentence().token(best.verb()).end()
                    && best.complementSpan().end() <= q.outer().begin()) {
                return null;
            }
            int from = best.sentence().token(best.verb()).end();
            String between = doc.text.substring(from, q.outer().begin());
            String trimmed = between.strip();
            boolean introduces = trimmed.isEmpty() || trimmed.endsWith(":") || trimmed.endsWith(",");
            int words = QuoteFinder.wordCount(between, 0, between.length());
            return introduces && words <= 8 && !between.contains("\"") && !between.contains("“") ? best : null;
        }

        /** A pull quote with its credit: “…” - Ines Ferreira */
        private Speakers.Decision creditAfter(Quote q) {
            int end = q.outer().end();
            Block block = doc.blocks.get(q.block());
            String rest = doc.text.substring(end, block.span().end());
            if (!rest.matches("\\s*[-—–]\\s*\\p{Lu}.*")) {
                return null;
            }
            for (Mention m : book.nameMentions()) {
                if (m.span().begin() > end && m.span().begin() <= end + 6 && block.span().contains(m.span())) {
                    return new Speakers.Decision(m.entityKey(), m.span(), SpeakerRule.SPEECH_TAG, 0.85);
                }
            }
            return null;
        }

        /** "In a statement, the Council rejected the claims:" + the quotation in the next paragraph. */
        private Speakers.Decision introducedByColon(Quote q, Block block) {
            if (!startsBlock(q, block) || block.index() == 0) {
                return null;
            }
            Block prev = doc.blocks.get(block.index() - 1);
            String prevText = doc.text(prev.span()).strip();
            if (!prevText.endsWith(":") && !prevText.endsWith(",")) {
                return null;
            }
            List<Sentence> ss = doc.sentencesOf(prev);
            if (ss.isEmpty()) {
                return null;
            }
            Sentence last = ss.get(ss.size() - 1);
            for (Cue c : cues.find(last, doc)) {
                if (c.hasSubject()) {
                    Speakers.Decision d = speakers.resolve(last, c.subjectFrom(), c.subjectTo(), SpeakerRule.COLON);
                    if (d != null) {
                        return new Speakers.Decision(d.key(), d.mention(), SpeakerRule.COLON, 0.8);
                    }
                }
            }
            // "Pellew stated," / "X has called the plan “unfair”:": the subject of the line's main verb
            int[] subject = cues.mainClauseSubject(last, doc);
            if (subject != null) {
                Speakers.Decision d = speakers.resolve(last, subject[0], subject[1], SpeakerRule.COLON);
                if (d != null) {
                    return new Speakers.Decision(d.key(), d.mention(), SpeakerRule.COLON, 0.75);
                }
            }
            for (Mention m : book.nameMentions()) {
                if (last.span().contains(m.span())) {
                    return new Speakers.Decision(m.entityKey(), m.span(), SpeakerRule.COLON, 0.6);
                }
            }
            return null;
        }

        private boolean startsBlock(Quote q, Block block) {
            return q.outer().begin() <= block.span().begin() + 1;
        }

        private boolean lastStatementIsDirectOrColon(Block block) {
            if (statements.isEmpty()) {
                return false;
            }
            Statement last = statements.get(statements.size() - 1);
            return last.kind() != StatementKind.INDIRECT || last.content().end() >= block.span().begin() - 3;
        }

        private void add(Span content, StatementKind kind, Span cue, Speakers.Decision d, double confidence, Span sentence) {
            for (Statement s : statements) {
                if (s.content().overlaps(content)) {
                    return;
                }
            }
            List<String> about = about(content, kind, d.key());
            Span mention = d.mention();
            if (mention != null) {
                book.addMention(d.key(), mention, doc.text(mention), MentionKind.NAME == kindOf(mention) ? MentionKind.NAME : kindOf(mention));
            }
            statements.add(new Statement(content, kind, cue, mention, d.key(), d.rule(),
                    Math.max(0.05, Math.min(1.0, confidence)), about, sentence));
            speakers.remember(d, content);
        }

        private MentionKind kindOf(Span mention) {
            String t = doc.text(mention).toLowerCase(Locale.ROOT);
            if (t.matches("he|she|they|it|we|i")) {
                return MentionKind.PRONOUN;
            }
            if (t.startsWith("the ")) {
                return MentionKind.DESCRIPTION;
            }
            return Character.isUpperCase(doc.text(mention).charAt(0)) ? MentionKind.NAME : MentionKind.GROUP;
        }

        /** Entities the statement names or refers to: names, pronouns, descriptions, country adjectives. */
        private List<String> about(Span content, StatementKind kind, String speaker) {
            Set<String> keys = new LinkedHashSet<>();
            List<Mention> inside = new ArrayList<>();
            for (Mention m : book.nameMentionsIn(content)) {
                EntityBook.Draft d = book.draft(m.entityKey());
                if (d != null && d.type != EntityType.AGENT) {
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
                    if (THIRD_PERSON.contains(lower)) {
                        String key = pronounInContent(t, inside);
                        if (NOBODY.equals(key)) {
                            continue;
                        }
                        if (key == null) {
                            // in a quotation "he" is someone other than the speaker; in reported speech it may be the speaker
                            key = speakers.resolvePronoun(t, t.begin(), kind == StatementKind.DIRECT ? speaker : null);
                        }
                        if (key != null) {
                            keys.add(key);
                            book.addMention(key, t.span(), t.text(), MentionKind.PRONOUN);
                        }
                    } else if (lower.equals("the")) {
                        String key = speakers.describedAt(s, i);
                        if (key != null) {
                            keys.add(key);
                        }
                    } else if ((lists.flags(t.key()) & NameLists.NATIONALITY) != 0 && t.isCapitalised()) {
                        String country = lists.countryOfAdjective(t.text());
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
                if (person && d.type == EntityType.PERSON || !person && d.type == EntityType.ORGANIZATION) {
                    return d.key;
                }
            }
            return null;
        }
    }
}
