package newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.store.NewsServer;
import newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the database over HTTP (read-only) with the Fuseki web UI, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the database on 127.0.0.1 with the Fuseki web UI and a read-only SPARQL",
            "endpoint until Ctrl-C. With --load, articles are loaded in this process once",
            "the server is up. Nothing can be changed over HTTP: load articles with --load,",
            "or stop the server and use 'load'."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption db;

    @Option(names = {"-p", "--port"}, defaultValue = "3030", paramLabel = "PORT",
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--load", arity = "1..*", paramLabel = "FILE|DIR",
            description = "Articles to load before serving (files, or directories of *.txt files).")
    List<Path> load;

    @Option(names = {"-r", "--recursive"}, description = "With --load, also read sub-directories of each DIR.")
    boolean recursive;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Stop a query after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            System.err.println("newsgraph serve: --port must be between 0 and 65535, not " + port);
            return ExitCode.USAGE;
        }
        if (timeoutSeconds < 1) {
            System.err.println("newsgraph serve: --timeout must be at least 1 second");
            return ExitCode.USAGE;
        }
        NewsStore store = NewsStore.open(db.path());
        NewsServer server;
        try {
            // start first: a busy port fails at once, not after a long load; the UI shows each batch as it lands
            server = NewsServer.create().dataset(store.dataset()).port(port)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds)).build().start();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "newsgraph-shutdown"));
        System.out.println("newsgraph is serving the database " + db.path() + " (Ctrl-C stops it)");
        System.out.println("  web UI:          " + server.uiUrl());
        System.out.println("  SPARQL endpoint: " + server.sparqlUrl());
        System.out.flush();
        if (load != null) {
            InputFiles in = InputFiles.expand(load, recursive);
            if (in.files().isEmpty()) {
                in.problems().forEach(p -> System.err.println("newsgraph serve: " + p));
                System.err.println("newsgraph serve: no articles to load");
            } else {
                LoadCommand.load(store, in, "newsgraph serve: ", System.err);
            }
        }
        int articles = store.articleGraphNames().size();
        System.out.println("newsgraph serves " + articles + (articles == 1 ? " article" : " articles")
                + (articles == 0 ? " (load some with --load FILE|DIR…)" : ""));
        System.out.flush();
        server.join();
        return ExitCode.OK;
    }
}
