package newsgraph.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import newsgraph.extract.Analysis;
import newsgraph.extract.Extractor;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Assumptions;

/**
 * The articles the RDF tests run on: the seed, and the annotated dev articles of {@code ../shared/eval/}
 * when that folder is there. One extractor and one analysis per article for the whole test run, because
 * loading the models takes seconds.
 */
final class TestArticles {

    static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");
    static final Path DEV = Path.of("..", "shared", "eval", "dev", "gum");

    private static Extractor extractor;
    private static final Map<Article, Analysis> ANALYSES = new ConcurrentHashMap<>();

    private TestArticles() {
    }

    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.create();
        }
        return extractor;
    }

    static Article seed() {
        return read(SEED);
    }

    static Analysis analysis(Article article) {
        return ANALYSES.computeIfAbsent(article, a -> extractor().extract(a));
    }

    /** The graph at the default detail level. */
    static Model graph(Article article) {
        return ArticleGraph.of(analysis(article));
    }

    static Model graph(Article article, Detail detail) {
        return ArticleGraph.of(analysis(article), detail);
    }

    /** The dev articles, or a skipped test (with the reason) when {@code ../shared/eval/} is absent. */
    static List<Path> devArticles() {
        Assumptions.assumeTrue(Files.isDirectory(DEV),
                () -> "skipped: the dev articles are not at " + DEV.toAbsolutePath().normalize());
        try (Stream<Path> files = Files.list(DEV)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article read(Path file) {
        try {
            return new ArticleReader().read(file);
        } catch (BadArticleException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
