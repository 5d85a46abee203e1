package newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsgraph.extract.Analysis;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
import org.apache.jena.rdf.model.Model;

/** The seed articles of {@code seeds/}, read and extracted once per test run (the models load once). */
public final class SeedArticles {

    public static final Path SEEDS = Path.of("seeds");
    /** The hand-annotated seed (gold: ../shared/eval/dev/seed/000_97174071596f6616.gold.json). */
    public static final Path SEED = SEEDS.resolve("000_97174071596f6616.txt");

    private static Analysis seed;
    private static Analysis other;

    private SeedArticles() {
    }

    public static synchronized Analysis seed() {
        if (seed == null) {
            try {
                seed = Extractor.create().extract(new ArticleReader().read(SEED));
            } catch (BadArticleException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return seed;
    }

    /** A second, small article that shares no statement with the seed. */
    public static synchronized Analysis other() {
        if (other == null) {
            other = Extractor.create().extract(new Article("other-article",
                    "Council approves new bridge\n\n"
                    + "The city council approved a new bridge over the river on Monday.\n\n"
                    + "“This bridge will connect two neighbourhoods that have been apart for too long,” said Maria"
                    + " Lopez, the council's transport chief.\n"));
        }
        return other;
    }

    public static Model graph(Analysis analysis) {
        return ArticleGraph.of(analysis);
    }

    public static List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
