package newsgraph.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import newsgraph.extract.Extractor;
import newsgraph.link.KnowledgePack;
import newsgraph.link.Linker;
import newsgraph.load.ArticleExtraction;
import newsgraph.load.ArticleGraphs;
import newsgraph.text.ArticleReader;

/**
 * What {@code load} does before storing, and nothing else, run in a process of its own as {@code load} is:
 * loading the models, reading the files and extracting their graphs on the same threads. Prints
 * {@code seconds=S articles=A}, timed as {@code load} times itself (models included).
 *
 * <pre>java -cp newsgraph.jar newsgraph.bench.ExtractionAlone DIR THREADS</pre>
 */
public final class ExtractionAlone {

    private ExtractionAlone() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ExtractionAlone DIR THREADS");
            System.exit(2);
        }
        List<Path> files = LoadBench.filesIn(Path.of(args[0]));
        long start = System.nanoTime();
        int articles = 0;
        try (ArticleGraphs graphs = ArticleGraphs.of(files, new ArticleExtraction(new ArticleReader(),
                Extractor.create().then(new Linker(KnowledgePack.standard()))),
                Integer.parseInt(args[1]))) {
            while (graphs.hasNext()) {
                ArticleExtraction.Outcome result = graphs.next();
                if (result.failed()) {
                    System.err.println(result.problem());
                    System.exit(1);
                }
                articles++;
            }
        }
        System.out.printf(Locale.ROOT, "seconds=%.3f articles=%d%n", (System.nanoTime() - start) / 1e9, articles);
    }
}
