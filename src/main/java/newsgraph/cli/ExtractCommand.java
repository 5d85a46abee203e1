package newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.Iris;
import newsgraph.rdf.RdfOutput;
import newsgraph.store.ArticleExtraction;
import newsgraph.store.ArticleGraphs;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import org.apache.jena.rdf.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract FILE…}: the graph of each article, without a database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract who said what about whom from article files and print RDF.",
            "One file: the graph goes to standard output. Several: one file per input in --output-dir."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (UTF-8 plain text).")
    List<Path> files;

    @Option(names = {"-f", "--format"}, defaultValue = "ttl",
            description = "Output format: ttl, nt, nq, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
            description = "Directory for one output file per input (needed for several files).")
    Path outputDir;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Articles extracted at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--base", paramLabel = "URL", defaultValue = Iris.DEFAULT_BASE,
            description = "The base of the IRIs: articles, people and statements go under URL/id/"
                    + " (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        RdfOutput out;
        try {
            out = RdfOutput.parse(format);
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph extract: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (threads != null && threads < 1) {
            System.err.println("newsgraph extract: --threads must be at least 1, not " + threads);
            return ExitCode.USAGE;
        }
        if (files.size() > 1 && outputDir == null) {
            System.err.println("newsgraph extract: several files need --output-dir DIR (one output file per input)");
            return ExitCode.USAGE;
        }
        try {
            Iris.checkedBase(base);
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph extract: " + e.getMessage());
            return ExitCode.USAGE;
        }
        int failed = 0;
        try (ArticleGraphs graphs = ArticleGraphs.of(files, new ArticleExtraction(new ArticleReader(), Extractor.create())
                .underBase(base), threads != null ? threads : ArticleGraphs.defaultThreads())) {
            while (graphs.hasNext()) {
                ArticleExtraction.Outcome result = graphs.next();
                if (result.failed()) {
                    System.err.println("newsgraph extract: " + result.problem());
                    failed++;
                    continue;
                }
                Article article = result.article();
                Model graph = result.graph();
                String graphName = ArticleGraph.graphName(article, base);
                try {
                    if (outputDir == null) {
                        OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                        out.write(graph, graphName, stdout);
                        stdout.flush();
                    } else {
                        Files.createDirectories(outputDir);
                        Path target = outputDir.resolve(article.id() + "." + out.extension());
                        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                            out.write(graph, graphName, o);
                        }
                    }
                } catch (IOException e) {
                    System.err.println("newsgraph extract: cannot write output for " + result.file() + ": " + e.getMessage());
                    return ExitCode.BAD_INPUT;
                }
            }
        }
        if (failed == files.size()) {
            return ExitCode.BAD_INPUT;
        }
        return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }
}
