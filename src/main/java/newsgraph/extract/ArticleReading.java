package newsgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.ReportingVerbs;
import newsgraph.nlp.Sentence;
import newsgraph.text.Block;
import newsgraph.text.BlockKind;
import newsgraph.text.Span;

/**
 * The reading of one article: paragraph by paragraph, the reported clauses of its reporting cues, then its
 * direct quotations (whose speakers the {@link QuoteAttribution} sieves decide), then the embedded posts its
 * credits name. It is the one place where statements are recorded and where what the sieves learned is applied
 * to the {@link EntityBook}: after each speaker phrase is resolved, before the next is read.
 */
final class ArticleReading {

    /** An attitude ("X believes …") is reported less surely than speech. */
    static final double ATTITUDE_FACTOR = 0.8;
    /** A clause in the writer's words is attributed less surely than quoted words. */
    static final double INDIRECT_FACTOR = 0.95;

    private final Document doc;
    private final EntityBook book;
    private final CueFinder cues;
    private final Salience salience;
    private final SpeakerPhrases phrases;
    private final About about;
    private final List<Statement> statements = new ArrayList<>();
    /** What the sieves see of the statements: they read them, the reading alone records them. */
    private final List<Statement> recorded = Collections.unmodifiableList(statements);
    private final Set<Quote> consumed = new HashSet<>();

    ArticleReading(Document doc, EntityBook book, Lexicon lexicon, CueFinder cues) {
        this.doc = doc;
        this.book = book;
        this.cues = cues;
        this.salience = new Salience(doc, book);
        Descriptions descriptions = new Descriptions(doc, book, lexicon, salience);
        this.phrases = new SpeakerPhrases(doc, book, lexicon, salience, descriptions);
        this.about = new About(doc, book, lexicon, salience, descriptions);
    }

    /** The statements of the article, in text order. */
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
        List<Cue> blockCues = new ArrayList<>();
        for (Sentence s : doc.sentencesOf(block)) {
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
            direct(q, block, blockCues);
        }
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
        Decision d = speakerOf(cue.sentence(), cue.subjectFrom(), cue.subjectTo(), cue.nameRule());
        if (d == null) {
            return;
        }
        double confidence = d.confidence()
                * (cue.frame() == ReportingVerbs.Frame.ATTITUDE ? ATTITUDE_FACTOR : 1.0)
                * (kind == StatementKind.INDIRECT ? INDIRECT_FACTOR : 1.0);
        Span sentence = cue.sentence().span().contains(content) ? cue.sentence().span()
                : sentencesAround(content, cue.sentence().block());
        record(content, kind, cue.cueSpan(), d, confidence, sentence);
    }

    /** A direct quotation, if a sieve decides who speaks it. */
    private void direct(Quote q, Block block, List<Cue> blockCues) {
        Cue tag = Tags.after(q, blockCues, doc);
        if (tag == null) {
            tag = Tags.before(q, blockCues, doc);
        }
        Decision d = QuoteAttribution.speakerOf(q, new QuoteContext(doc, book, cues, salience, block,
                blockCues, tag, recorded, this::speakerOf));
        if (d == null || q.words() < 2) {
            return;
        }
        // the cue: the deciding sieve's own, else the quotation's tag, else the mark that opens it (its first
        // character, whole: one UTF-16 unit of an emoji is not text)
        Span cue = d.cue() != null ? d.cue() : tag != null && tag.hasSubject() ? tag.cueSpan() : null;
        if (cue == null) {
            int b = q.openStart() ? q.inner().begin() : q.outer().begin();
            int width = b < doc.text.length() ? Character.charCount(doc.text.codePointAt(b)) : 0;
            cue = new Span(b, b + width);
        }
        consumed.add(q);
        record(q.inner(), StatementKind.DIRECT, cue, d, d.confidence(), sentencesAround(q.inner(), block));
    }

    private void embeddedPost(Block credit) {
        EmbeddedPost post = EmbeddedPost.creditedBy(credit, doc);
        if (post == null) {
            return;
        }
        // the author: one of the article's people if the credit names them, else a person of its own
        String key = book.keyOfName(post.name());
        if (key == null) {
            Fact.Credited author = new Fact.Credited(post.name(), post.nameSpan());
            book.apply(author);
            key = author.key();
        }
        if (post.content() == null) {
            return;
        }
        Decision d = new Decision(key, post.nameSpan(), SpeakerRule.SPEECH_TAG, EmbeddedPost.CONFIDENCE);
        record(post.content(), StatementKind.DIRECT, post.cue(), d, d.confidence(), post.post());
    }

    /** Resolves a speaker phrase and applies what its sieves learned on the way. */
    private Decision speakerOf(Sentence s, int from, int to, SpeakerRule nameRule) {
        SpeakerPhrases.Resolution r = phrases.resolve(s, from, to, nameRule);
        book.apply(r.facts());
        return r.decision();
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

    /** Records a statement, unless it overlaps one already recorded; its speaker becomes the most salient. */
    private void record(Span content, StatementKind kind, Span cue, Decision d, double confidence, Span sentence) {
        for (Statement s : statements) {
            if (s.content().overlaps(content)) {
                return;
            }
        }
        List<String> aboutKeys = about.of(content, kind, d.key(), book::apply);
        Span mention = d.mention();
        if (mention != null) {
            book.apply(new Fact.Mentioned(d.key(), mention, doc.text(mention), kindOf(mention)));
        }
        statements.add(new Statement(content, kind, cue, mention, d.key(), d.rule(),
                Math.max(0.05, Math.min(1.0, confidence)), aboutKeys, sentence));
        salience.spoke(d, content);
    }

    private MentionKind kindOf(Span mention) {
        String t = doc.text(mention).toLowerCase(Locale.ROOT);
        if (Lexicon.PERSONAL_SUBJECT_PRONOUNS.contains(t)) {
            return MentionKind.PRONOUN;
        }
        if (t.startsWith("the ")) {
            return MentionKind.DESCRIPTION;
        }
        return Character.isUpperCase(doc.text(mention).charAt(0)) ? MentionKind.NAME : MentionKind.GROUP;
    }
}
