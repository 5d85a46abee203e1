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
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.Schema;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
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
        Extractor extract = extractor != null ? extractor : Extractor.create();
        List<String> failed = new ArrayList<>();
        Set<String> entities = new HashSet<>();
        Map<String, Path> seenIds = new HashMap<>();
        int articles = 0;
        int statements = 0;
        Map<Article, Model> batch = new LinkedHashMap<>();
        long batchTriples = 0;
        for (Path file : files) {
            Article article;
            try {
                article = reader.read(file);
            } catch (BadArticleException e) {
                problems.accept(e.getMessage());
                failed.add(file.toString());
                continue;
            }
            Path earlier = seenIds.put(article.id(), file);
            if (earlier != null) {
                problems.accept(file + ": same article id '" + article.id() + "' as " + earlier
                        + "; it replaces that one");
            }
            Analysis analysis;
            try {
                analysis = extract.extract(article);
            } catch (RuntimeException e) {
                // an extractor bug on one article must not stop the others
                problems.accept(file + ": extraction failed (" + e + "); please report it");
                failed.add(file.toString());
                continue;
            }
            Model graph = ArticleGraph.of(analysis);
            batch.put(article, graph);
            batchTriples += graph.size();
            articles++;
            statements += analysis.statements().size();
            collectEntities(graph, entities);
            if (batch.size() >= batchArticles || batchTriples >= BATCH_TRIPLES) {
                store.replaceAll(batch);
                batch.clear();
                batchTriples = 0;
            }
        }
        if (!batch.isEmpty()) {
            store.replaceAll(batch);
        }
        return new LoadReport(articles, statements, entities.size(), failed, Duration.ofNanos(System.nanoTime() - start));
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
