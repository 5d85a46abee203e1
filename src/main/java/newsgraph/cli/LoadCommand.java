package newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.store.ArticleLoader;
import newsgraph.store.LoadReport;
import newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load FILE|DIR…}: extract articles and store their graphs in the database. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extract who said what about whom from articles and store their graphs in the",
            "database. A FILE is read whatever its name; a DIR gives its *.txt files (with",
            "--recursive, also those of its sub-directories). Loading an article again",
            "replaces its graph. Refused files are reported by name; the others still load.",
            "A running server holds the database: stop it first, or use 'serve --load'."})
final class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files (UTF-8 text) or directories.")
    List<Path> inputs;

    @Option(names = {"-r", "--recursive"}, description = "Also read *.txt files in sub-directories of each DIR.")
    boolean recursive;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        InputFiles in = InputFiles.expand(inputs, recursive);
        if (in.files().isEmpty()) {
            in.problems().forEach(p -> System.err.println("newsgraph load: " + p));
            System.err.println("newsgraph load: no articles to load");
            return ExitCode.BAD_INPUT;
        }
        try (NewsStore store = NewsStore.open(db.path())) {
            return load(store, in, "newsgraph load: ", System.err);
        }
    }

    /** Loads the files into the store, reporting problems and a summary on {@code err}; returns the exit code. */
    static int load(NewsStore store, InputFiles in, String prefix, PrintStream err) {
        in.problems().forEach(p -> err.println(prefix + p));
        LoadReport report = ArticleLoader.into(store).onProblem(p -> err.println(prefix + p)).load(in.files());
        err.println(prefix + report.summary() + " (database " + store.location() + ")");
        if (report.articles() == 0) {
            return ExitCode.BAD_INPUT;
        }
        return in.problems().isEmpty() && report.failed().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
    }
}
