package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.names.NameRecognizer;
import newsgraph.nlp.NameFinder;
import newsgraph.nlp.OpenNlp;
import newsgraph.nlp.Sentence;
import newsgraph.text.Article;
import newsgraph.text.Block;
import newsgraph.text.Layout;
import newsgraph.text.Span;

/**
 * The front door of extraction: who said what about whom in one article.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.create();          // loads models and the lexicon once
 * Analysis analysis = extractor.extract(article);    // pure; safe to call from many threads
 *
 * Extractor mine = Extractor.builder().lexicon(myLexicon).names(myNameFinder).build();
 * }</pre>
 *
 * The stages run one way: layout → sentences and tokens (OpenNLP) → names ({@link NameFinder}) → entities →
 * quotations and reporting cues → statements with their speakers (ordered sieves) → what each statement is
 * about. See {@code docs/extraction.md}.
 */
public final class Extractor {

    private final OpenNlp nlp;
    private final Lexicon lexicon;
    private final NameFinder names;
    private final CueFinder cues;
    /** Pure stages after extraction, in order (see {@link #then}). */
    private final Function<Analysis, Analysis> after;

    /** An extractor from an OpenNLP pipeline, a lexicon and a name finder, each shared, none changed. */
    public Extractor(OpenNlp nlp, Lexicon lexicon, NameFinder names) {
        this(nlp, lexicon, names, Function.identity());
    }

    private Extractor(OpenNlp nlp, Lexicon lexicon, NameFinder names, Function<Analysis, Analysis> after) {
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.names = Objects.requireNonNull(names, "names");
        this.cues = new CueFinder(lexicon);
        this.after = after;
    }

    /**
     * This extractor followed by a pure stage on its analysis (issue 11: the linker, e.g.
     * {@code Extractor.create().then(new Linker(pack))}); this one is unchanged.
     */
    public Extractor then(UnaryOperator<Analysis> stage) {
        return new Extractor(nlp, lexicon, names, after.andThen(stage));
    }

    /** An extractor with the English models, the standard lexicon and the rule-based names (loaded once per process). */
    public static Extractor create() {
        return builder().build();
    }

    /** An extractor of parts of one's own; the parts not given are the standard ones. */
    public static Builder builder() {
        return new Builder();
    }

    public Analysis extract(Article article) {
        // archive quotation marks ('' `` << « 'single') read as the marks they stand for, at the same offsets
        String text = QuoteMarks.normalised(article.text());
        List<Block> blocks = Layout.of(article.text());
        List<Sentence> sentences = nlp.analyse(text, blocks);
        List<NameFinder.Name> found = names.find(sentences);
        EntityBook book = new EntityBook(lexicon);
        book.addNames(found, sentences, text);
        Document doc = new Document(article, text, blocks, sentences, QuoteFinder.find(text, blocks),
                spans(found, sentences, true), spans(found, sentences, false));
        List<Statement> statements = new ArticleReading(doc, book, lexicon, cues).statements();
        Set<String> keep = new HashSet<>();
        Set<String> speakers = new HashSet<>();
        for (Statement s : statements) {
            keep.add(s.speakerKey());
            speakers.add(s.speakerKey());
            keep.addAll(s.about());
        }
        return after.apply(new Analysis(article, blocks, book.entities(keep, speakers), statements));
    }

    /** Where people (or all names) are named, in text order: the rules that find speakers look for people first. */
    private static List<Span> spans(List<NameFinder.Name> found, List<Sentence> sentences, boolean onlyPeople) {
        List<Span> people = new ArrayList<>();
        for (NameFinder.Name n : found) {
            if (!onlyPeople || NameFinder.PERSON.equals(n.type())) {
                Sentence s = sentences.get(n.sentence());
                people.add(new Span(s.token(n.start()).begin(), s.token(n.end() - 1).end()));
            }
        }
        return people;
    }

    /** Builds an {@link Extractor}: the OpenNLP pipeline, the lexicon and the name finder, each replaceable. */
    public static final class Builder {

        private OpenNlp nlp;
        private Lexicon lexicon;
        private NameFinder names;

        private Builder() {
        }

        /** Sentences, tokens and tags (default: {@link OpenNlp#english()}, or the English models with the lexicon given). */
        public Builder nlp(OpenNlp nlp) {
            this.nlp = nlp;
            return this;
        }

        /** The vocabulary (default: {@link Lexicon#standard()}). */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = lexicon;
            return this;
        }

        /** The names of people, organisations and places (default: a {@link NameRecognizer} of the lexicon). */
        public Builder names(NameFinder names) {
            this.names = names;
            return this;
        }

        public Extractor build() {
            Lexicon l = lexicon != null ? lexicon : Lexicon.standard();
            OpenNlp n = nlp != null ? nlp : lexicon == null ? OpenNlp.english() : OpenNlp.english(l);
            return new Extractor(n, l, names != null ? names : new NameRecognizer(l));
        }
    }
}
