package newsgraph.load;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import newsgraph.extract.Analysis;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.Detail;
import newsgraph.rdf.Iris;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
import newsgraph.text.PrintablePath;
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

    /**
     * The most statements an article may have: a long-read at the length limit has about 2,000, and each costs a
     * dozen triples of one write transaction.
     */
    public static final int MAX_STATEMENTS = 5_000;
    /** The most mentions of people, organisations and places: a long-read at the length limit has about 11,000. */
    public static final int MAX_MENTIONS = 20_000;

    private final ArticleReader reader;
    private final Function<Article, Analysis> extract;
    private final Detail detail;
    private final int maxStatements;
    private final int maxMentions;
    private final String base;

    /** Graphs at the default detail level, {@link Detail#LEAN}. */
    public ArticleExtraction(ArticleReader reader, Extractor extractor) {
        this(reader, extractor, Detail.LEAN);
    }

    public ArticleExtraction(ArticleReader reader, Extractor extractor, Detail detail) {
        this(reader, extractor::extract, detail);
    }

    /** With any extraction step (tests use one that fails on purpose). */
    ArticleExtraction(ArticleReader reader, Function<Article, Analysis> extract) {
        this(reader, extract, Detail.LEAN, MAX_STATEMENTS, MAX_MENTIONS, Iris.DEFAULT_BASE);
    }

    /** With other limits (tests use small ones). */
    ArticleExtraction(ArticleReader reader, Function<Article, Analysis> extract, int maxStatements, int maxMentions) {
        this(reader, extract, Detail.LEAN, maxStatements, maxMentions, Iris.DEFAULT_BASE);
    }

    private ArticleExtraction(ArticleReader reader, Function<Article, Analysis> extract, Detail detail) {
        this(reader, extract, detail, MAX_STATEMENTS, MAX_MENTIONS, Iris.DEFAULT_BASE);
    }

    private ArticleExtraction(ArticleReader reader, Function<Article, Analysis> extract, Detail detail,
                              int maxStatements, int maxMentions, String base) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.extract = Objects.requireNonNull(extract, "extract");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.maxStatements = maxStatements;
        this.maxMentions = maxMentions;
        this.base = Iris.checkedBase(base);
    }

    /** The same extraction, its graphs' IRIs under {@code base} ({@code --base}). */
    public ArticleExtraction underBase(String base) {
        return new ArticleExtraction(reader, extract, detail, maxStatements, maxMentions, base);
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
            String tooMuch = tooMuch(analysis);
            if (tooMuch != null) {
                return new Outcome(file, article, null, null, PrintablePath.of(file) + ": " + tooMuch);
            }
            return new Outcome(file, article, analysis, ArticleGraph.of(analysis, detail, base), null);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug that one article triggers must not cost the others
            if (Boolean.getBoolean("newsgraph.debug")) {
                e.printStackTrace();
            }
            return new Outcome(file, article, null, null, extractionFailed(PrintablePath.of(file), e));
        }
    }

    /** The one-line problem of an article the extractor failed on: {@code NAME: extraction failed (…); …}. */
    public static String extractionFailed(String name, Throwable e) {
        return name + ": extraction failed (" + describe(e) + "); this is a bug: please report it with the file";
    }

    /** Why an analysis is too large to store as one article's graph, or null. */
    private String tooMuch(Analysis analysis) {
        int statements = analysis.statements().size();
        if (statements > maxStatements) {
            return "too many statements (" + statements + "; the limit is " + maxStatements
                    + " per article: split it into articles)";
        }
        int mentions = analysis.entities().stream().mapToInt(e -> e.mentions().size()).sum();
        if (mentions > maxMentions) {
            return "too many mentions of people, organisations and places (" + mentions + "; the limit is "
                    + maxMentions + " per article: split it into articles)";
        }
        return null;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
