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
import newsgraph.load.LoadReport;
import newsgraph.source.Inputs;
import newsgraph.source.NewsReader;
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
            "A FILE is plain text, an HTML page, a WARC or WARC.gz crawl, or JSON Lines (.jsonl, .jsonl.gz), told"
                + " by its content. One article: its graph goes to standard output. Several (several files, or a"
                + " crawl): as N-Quads or TriG on standard output, each article in its own named graph, or one file"
                + " per article in --output-dir, named by the article's id and written whole or not at all."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files: plain text, HTML pages, WARC, JSON Lines.")
    List<Path> files;

    @Option(names = {"-f", "--format"}, defaultValue = "ttl",
            description = "Output format: ttl, nt, nq, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
            description = "Directory for one output file per article (needed for several articles, unless --format is"
                    + " nq or trig).")
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
        boolean graphsInOneStream = out == RdfOutput.NQ || out == RdfOutput.TRIG;
        if (files.size() > 1 && outputDir == null && !graphsInOneStream) {
            System.err.println("newsgraph extract: several files need --output-dir DIR (one output file per article),"
                    + " or --format nq or trig (each article its own graph on standard output)");
            return ExitCode.USAGE;
        }
        if (outputDir == null && !graphsInOneStream) {
            String archive = archiveAmong(files);
            if (archive != null) {
                System.err.println("newsgraph extract: " + archive + " holds many articles: give --output-dir DIR (one"
                        + " output file per article), or --format nq or trig (each article its own graph on standard"
                        + " output)");
                return ExitCode.USAGE;
            }
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
        int stored = 0;
        int notEnglish = 0;
        Extractor extractor = Extractor.create().then(linker);
        Map<String, String> written = new HashMap<>();
        ArticleExtraction extraction = new ArticleExtraction(new ArticleReader(), extractor, detail.level())
                .underBase(base);
        Map<String, Integer> skippedRecords;
        boolean archives;
        try (ArticleGraphs graphs = ArticleGraphs.of(files, extraction,
                threads != null ? threads : ArticleGraphs.defaultThreads())) {
            while (graphs.hasNext()) {
                ArticleExtraction.Outcome result = graphs.next();
                result.notes().forEach(note -> System.err.println("newsgraph extract: " + note));
                if (!result.stored()) {
                    System.err.println("newsgraph extract: " + result.problem());
                    if (result.notEnglish()) {
                        notEnglish++;
                    } else {
                        failed++;
                    }
                    continue;
                }
                Article article = result.article();
                Model graph = result.graph();
                String graphName = ArticleGraph.graphName(article, base);
                String earlier = written.putIfAbsent(article.id(), result.source());
                if (earlier != null) {
                    System.err.println("newsgraph extract: " + result.source() + ": the same article as " + earlier
                            + " (the same id: the same text under the same name, or the same URL); written once");
                    continue;
                }
                stored++;
                if (outputDir == null) {
                    // a write error (a full disk, a closed pipe) ends the command with its own exit code
                    try (CheckedOutput stdout = CheckedOutput.standardOutput()) {
                        out.write(graph, graphName, stdout);
                    }
                    continue;
                }
                // named by the article id, so two inputs never share a file; whole or not at all
                AtomicFile.write(outputDir.resolve(article.id() + "." + out.extension()),
                        o -> out.write(graph, graphName, o));
            }
            skippedRecords = graphs.skippedRecords();
            archives = graphs.manyArticleFiles();
        }
        if (archives || notEnglish > 0 || !skippedRecords.isEmpty()) {
            LoadReport counts = new LoadReport(stored, 0, 0, 0, List.of(), java.time.Duration.ZERO,
                    java.time.Duration.ZERO, notEnglish, skippedRecords);
            System.err.println("newsgraph extract: " + stored + (stored == 1 ? " article" : " articles") + " written"
                    + counts.skippedSummary() + "; " + failed + " failed");
        }
        if (stored == 0 && (failed > 0 || notEnglish > 0)) {
            return ExitCode.BAD_INPUT;
        }
        return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    /** The first file that holds many articles (a WARC or JSON Lines file), as messages print it, or null. */
    private static String archiveAmong(List<Path> files) {
        NewsReader reader = new NewsReader();
        for (Path file : files) {
            try (Inputs inputs = reader.open(file)) {
                if (inputs.manyArticles()) {
                    return PrintablePath.of(file);
                }
            }
        }
        return null;
    }
}
