package newsgraph.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import newsgraph.extract.Analysis;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.Iris;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
import org.apache.jena.rdf.model.Model;

/**
 * One article file to its graph. Whatever goes wrong with one file — it cannot be read, or the extractor
 * fails on it — becomes a one-line problem that names the file, so that one bad article never stops a batch.
 *
 * <pre>{@code
 * ArticleExtraction.Outcome outcome = new ArticleExtraction(new ArticleReader(), extractor).of(file);
 * if (outcome.failed()) System.err.println(outcome.problem());
 * }</pre>
 */
public final class ArticleExtraction {

    /** The graph of one file, or the problem (one line, naming the file) that kept it from having one. */
    public record Outcome(Path file, Article article, Analysis analysis, Model graph, String problem) {

        public boolean failed() {
            return problem != null;
        }
    }

    private final ArticleReader reader;
    private final Function<Article, Analysis> extract;
    private final String base;

    public ArticleExtraction(ArticleReader reader, Extractor extractor) {
        this(reader, extractor::extract);
    }

    /** With any extraction step (tests use one that fails on purpose). */
    ArticleExtraction(ArticleReader reader, Function<Article, Analysis> extract) {
        this(reader, extract, Iris.DEFAULT_BASE);
    }

    private ArticleExtraction(ArticleReader reader, Function<Article, Analysis> extract, String base) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.extract = Objects.requireNonNull(extract, "extract");
        this.base = Iris.checkedBase(base);
    }

    /** The same extraction, its graphs' IRIs under {@code base} ({@code --base}). */
    public ArticleExtraction underBase(String base) {
        return new ArticleExtraction(reader, extract, base);
    }

    public Outcome of(Path file) {
        Article article;
        try {
            article = reader.read(file);
        } catch (BadArticleException e) {
            return new Outcome(file, null, null, null, e.getMessage());
        }
        try {
            Analysis analysis = extract.apply(article);
            return new Outcome(file, article, analysis, ArticleGraph.of(analysis, base), null);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug that one article triggers must not cost the others
            if (Boolean.getBoolean("newsgraph.debug")) {
                e.printStackTrace();
            }
            return new Outcome(file, article, null, null, file + ": extraction failed (" + describe(e)
                    + "); this is a bug: please report it with the file");
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
