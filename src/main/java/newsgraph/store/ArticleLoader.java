package newsgraph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import newsgraph.extract.Analysis;
import newsgraph.extract.Extractor;
import newsgraph.rdf.Schema;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads article files, extracts their statements and stores each article's graph, many articles per write
 * transaction. A file that cannot be read is reported (by name) and skipped; the others still load.
 *
 * <pre>{@code
 * LoadReport report = ArticleLoader.into(store).onProblem(System.err::println).load(files);
 * }</pre>
 */
public final class ArticleLoader {

    /** Articles per write transaction. */
    public static final int DEFAULT_BATCH_ARTICLES = 100;
    /** A batch is also closed at this many triples, to bound memory. */
    private static final long BATCH_TRIPLES = 200_000;

    private final NewsStore store;
    private Extractor extractor;
    private ArticleReader reader = new ArticleReader();
    private ArticleExtraction extraction;
    private int batchArticles = DEFAULT_BATCH_ARTICLES;
    private Consumer<String> problems = message -> { };

    private ArticleLoader(NewsStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public static ArticleLoader into(NewsStore store) {
        return new ArticleLoader(store);
    }

    /** The extractor to use (default: {@link Extractor#create()}). */
    public ArticleLoader extractor(Extractor extractor) {
        this.extractor = extractor;
        return this;
    }

    public ArticleLoader reader(ArticleReader reader) {
        this.reader = reader;
        return this;
    }

    /** How a file becomes a graph, instead of {@link #reader} and {@link #extractor}. */
    public ArticleLoader extraction(ArticleExtraction extraction) {
        this.extraction = extraction;
        return this;
    }

    public ArticleLoader batchArticles(int articles) {
        if (articles < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.batchArticles = articles;
        return this;
    }

    /** Where one-line messages about refused files go (each names its file). */
    public ArticleLoader onProblem(Consumer<String> problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
        return this;
    }

    /**
     * Loads the files in order. A later file with the same article id as an earlier one replaces it.
     *
     * @throws StoreException when the database cannot be written; batches already written stay
     */
    public LoadReport load(List<Path> files) {
        long start = System.nanoTime();
        List<String> failed = new ArrayList<>();
        Set<String> entities = new HashSet<>();
        Map<String, Path> seenIds = new HashMap<>();
        int articles = 0;
        int statements = 0;
        Map<Article, Model> batch = new LinkedHashMap<>();
        long batchTriples = 0;
        ArticleExtraction extraction = this.extraction != null ? this.extraction
                : new ArticleExtraction(reader, extractor != null ? extractor : Extractor.create());
        for (Path file : files) {
            ArticleExtraction.Outcome outcome = extraction.of(file);
            if (outcome.failed()) {
                problems.accept(outcome.problem());
                failed.add(file.toString());
                continue;
            }
            Article article = outcome.article();
            Path earlier = seenIds.put(article.id(), file);
            if (earlier != null) {
                problems.accept(file + ": same article id '" + article.id() + "' as " + earlier
                        + "; it replaces that one");
            }
            Analysis analysis = outcome.analysis();
            Model graph = outcome.graph();
            batch.put(article, graph);
            batchTriples += graph.size();
            articles++;
            statements += analysis.statements().size();
            collectEntities(graph, entities);
            if (batch.size() >= batchArticles || batchTriples >= BATCH_TRIPLES) {
                write(batch, articles);
                batch.clear();
                batchTriples = 0;
            }
        }
        if (!batch.isEmpty()) {
            write(batch, articles);
        }
        return new LoadReport(articles, statements, entities.size(), failed, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Writes one batch; a failure says what is stored and how to complete the load. */
    private void write(Map<Article, Model> batch, int articlesSoFar) {
        try {
            store.replaceAll(batch);
        } catch (StoreException e) {
            int stored = articlesSoFar - batch.size();
            throw new StoreException(e.getMessage() + "; the " + stored + (stored == 1 ? " article" : " articles")
                    + " of earlier batches are stored, the last batch of " + batch.size() + " is not: run the same"
                    + " load again to complete it", e);
        }
    }

    private static void collectEntities(Model graph, Set<String> into) {
        for (Resource type : List.of(Schema.Person, Schema.Organization, Schema.Place)) {
            graph.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource()) {
                    into.add(r.getURI());
                }
            });
        }
    }
}
