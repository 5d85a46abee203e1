package newsgraph.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsgraph.extract.Extractor;
import newsgraph.link.Linker;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.Iris;
import newsgraph.rdf.RdfOutput;
import newsgraph.load.ArticleExtraction;
import newsgraph.load.ArticleGraphs;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.PrintablePath;
import org.apache.jena.rdf.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract FILE…}: the graph of each article, without a database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract who said what about whom from article files and print RDF.",
            "One file: the graph goes to standard output. Several: one file per article in --output-dir, named by"
                + " the article's id and written whole or not at all."})
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

    @Mixin
    KnowledgeOption kb;

    @Mixin
    DetailOption detail;

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
        Linker linker;
        try {
            Iris.checkedBase(base);
            linker = kb.linker();
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph extract: " + e.getMessage());
            return ExitCode.USAGE;
        }
        int failed = 0;
        Extractor extractor = Extractor.create().then(linker);
        Map<String, Path> written = new HashMap<>();
        try (ArticleGraphs graphs = ArticleGraphs.of(files,
                new ArticleExtraction(new ArticleReader(), extractor, detail.level()).underBase(base),
                threads != null ? threads : ArticleGraphs.defaultThreads())) {
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
                if (outputDir == null) {
                    // a write error (a full disk, a closed pipe) ends the command with its own exit code
                    try (CheckedOutput stdout = CheckedOutput.standardOutput()) {
                        out.write(graph, graphName, stdout);
                    }
                    continue;
                }
                Path earlier = written.putIfAbsent(article.id(), result.file());
                if (earlier != null) {
                    System.err.println("newsgraph extract: " + PrintablePath.of(result.file()) + ": the same article as "
                            + PrintablePath.of(earlier) + " (the same text under the same name); written once");
                    continue;
                }
                // named by the article id, so two inputs never share a file; whole or not at all
                AtomicFile.write(outputDir.resolve(article.id() + "." + out.extension()),
                        o -> out.write(graph, graphName, o));
            }
        }
        if (failed == files.size()) {
            return ExitCode.BAD_INPUT;
        }
        return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }
}
