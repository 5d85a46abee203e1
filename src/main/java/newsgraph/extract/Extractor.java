package newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.names.EntityType;
import newsgraph.names.NameMention;
import newsgraph.names.NameRecognizer;
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
 * Extractor extractor = Extractor.create();          // loads models and name lists once
 * Analysis analysis = extractor.extract(article);    // pure; safe to call from many threads
 * }</pre>
 *
 * The stages run one way: layout → sentences and tokens (OpenNLP) → names → entities → quotations and
 * reporting cues → statements with their speakers (ordered sieves) → what each statement is about.
 */
public final class Extractor {

    private final OpenNlp nlp;
    private final Lexicon lexicon;
    private final NameRecognizer names;
    private final CueFinder cues;

    private Extractor(OpenNlp nlp, Lexicon lexicon) {
        this.nlp = nlp;
        this.lexicon = lexicon;
        this.names = new NameRecognizer(lexicon);
        this.cues = new CueFinder(lexicon);
    }

    /** An extractor with the English models and the standard lexicon (loaded once per process). */
    public static Extractor create() {
        return new Extractor(OpenNlp.english(), Lexicon.standard());
    }

    public Analysis extract(Article article) {
        String text = article.text();
        List<Block> blocks = Layout.of(text);
        List<Sentence> sentences = nlp.analyse(text, blocks);
        List<NameMention> found = names.find(sentences);
        EntityBook book = new EntityBook(lexicon);
        book.addNames(found, text);
        List<Span> people = found.stream().filter(m -> m.type() == EntityType.PERSON).map(NameMention::span).toList();
        Document doc = new Document(article, blocks, sentences, QuoteFinder.find(text, blocks), people);
        List<Statement> statements = new ArticleReading(doc, book, lexicon, cues).statements();
        Set<String> keep = new HashSet<>();
        for (Statement s : statements) {
            keep.add(s.speakerKey());
            keep.addAll(s.about());
        }
        return new Analysis(article, blocks, book.entities(keep), statements);
    }
}
