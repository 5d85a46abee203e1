package newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import newsgraph.extract.Extractor;
import newsgraph.rdf.Iris;
import newsgraph.server.NewsServer;
import newsgraph.server.WarmUp;
import newsgraph.store.IndexReading;
import newsgraph.store.FileTrees;
import newsgraph.store.NewsStore;
import newsgraph.text.PrintablePath;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the database over HTTP (read-only) with the Fuseki web UI, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the database on 127.0.0.1 with the Fuseki web UI and a read-only SPARQL endpoint, until Ctrl-C.",
            "",
            "With --load, articles are loaded in this process once the server is up. Nothing can be changed over"
                + " HTTP unless --allow-updates is given with --password-file; then SPARQL Update and Graph Store"
                + " writes need that password. A query stops after --timeout seconds, returns at most --max-results"
                + " rows, and is answered whole or not at all (503). The server sends no requests: SERVICE is"
                + " refused unless --allow-service is given. Every IRI of the graph answers at /id/… (a page for a"
                + " browser, RDF for a program), the pages start at /search, and the named queries run at"
                + " /news/query/NAME?param=value."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption db;

    @Mixin
    KnowledgeOption kb;

    @Mixin
    DetailOption detail;

    @Option(names = {"-p", "--port"}, defaultValue = "3030", paramLabel = "PORT",
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--load", arity = "1..*", paramLabel = "FILE|DIR",
            description = "Articles to load before serving (files, or directories of article files: text, HTML, WARC, JSON Lines).")
    List<Path> load;

    @Option(names = {"-r", "--recursive"}, description = "With --load, also read sub-directories of each DIR.")
    boolean recursive;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Stop a query after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-results", paramLabel = "ROWS", defaultValue = "10000",
            description = "Return at most this many results per query (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--allow-updates",
            description = "Accept SPARQL Update at /news/update and Graph Store writes at /news/data,"
                    + " from the users of --password-file only.")
    boolean allowUpdates;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --allow-updates: users allowed to write, one 'USER: PASSWORD' a line.")
    Path passwordFile;

    @Option(names = "--allow-service",
            description = "Let queries use SPARQL SERVICE, which makes the server send requests to the addresses"
                    + " a query names (each stopped after --timeout). Any web page can run a query, so only on a"
                    + " machine whose browser visits nothing else.")
    boolean allowService;

    @Option(names = "--base", paramLabel = "URL",
            description = "The base of the IRIs the server answers at /id/… (default: the database's own, recorded"
                    + " at its first load, else https://w3id.org/newsgraph/). A database with another is refused.")
    String base;

    @Option(names = "--index-cache", paramLabel = "MB|mapped",
            description = "How the server reads the database's indexes: through a cache of MB megabytes in the Java"
                    + " heap (its resident memory then stays within the heap, -Xmx, whatever the database's size), or"
                    + " 'mapped' into its memory (fastest while the machine has room; the resident memory grows with"
                    + " what is asked). Default: mapped for indexes up to 512 MB, else a cache of a quarter of the"
                    + " heap, at most 256 MB (README: serve, Memory). A cache is at most half the heap. Started"
                    + " without -Xmx, a server with a cache runs in a JVM of its own with " + ServerHeap.HEAP + ".")
    String indexCache;

    @Option(names = "--warm-up", paramLabel = "SECONDS|auto", defaultValue = "auto",
            description = "Before saying it is ready, send a page of every named query to itself in rounds, with"
                    + " parameters from its data, until the JIT compiler has compiled them or SECONDS pass: its first"
                    + " requests are then answered as fast as later ones. 0: none. Default: ${DEFAULT-VALUE}, at most"
                    + " 120 s for a database whose indexes take more than 512 MB (a few thousand articles) unless --load is"
                    + " given, else none.")
    String warmUp;

    /** --warm-up's default: by the database's size ({@link WarmUp#byDefault}). */
    private static final String AUTO = "auto";

    /** How long Ctrl-C waits for running requests and the database before the process ends anyway. */
    private static final long SHUTDOWN_SECONDS = 10;

    /**
     * {@code serve} from a JVM of its own with a bounded heap ({@link ServerHeap}) when this JVM's heap is the default
     * and the database is read through a cache; its exit code, or null when this JVM serves (or the command line is not
     * a valid {@code serve}: the whole command line then says why). Called before the whole command line is built, so
     * that this JVM, which stays beside the server until it ends, has loaded neither Jena nor the other commands: some
     * 55 MB less resident memory (README, Performance).
     */
    static Integer fromOwnHeap(String[] args) {
        if (args.length == 0 || !args[0].equals("serve") || !CheckedOutput.isOwnProcess()
                || !ServerHeap.isUnsetAndLarge()) {
            return null;
        }
        ServeCommand serve = new ServeCommand();
        CommandLine line = new CommandLine(serve);
        try {
            line.parseArgs(Arrays.copyOfRange(args, 1, args.length));
        } catch (CommandLine.PicocliException e) {
            return null;
        }
        if (line.isUsageHelpRequested() || line.isVersionHelpRequested() || serve.usageError() != null) {
            return null;
        }
        IndexReading reading;
        try {
            reading = serve.indexReading(NewsStore.indexBytes(serve.db.path()));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (reading.isMapped() || reading.cacheMegabytes() > ServerHeap.HEAP_MEGABYTES / 2) {
            return null;
        }
        // the cache bounds the server's memory only within a bounded heap
        try {
            return ServerHeap.runWithHeap(List.of(args));
        } catch (IOException e) {
            System.err.println("newsgraph serve: cannot start a JVM with " + ServerHeap.HEAP + " (" + e.getMessage()
                    + "); serving from this one");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        }
    }

    /** What is wrong with the options' values, or null. */
    private String usageError() {
        if (port < 0 || port > 65535) {
            return "--port must be between 0 and 65535, not " + port;
        }
        if (timeoutSeconds < 1) {
            return "--timeout must be at least 1 second";
        }
        if (maxResults < 1) {
            return "--max-results must be at least 1";
        }
        if (!AUTO.equals(warmUp) && !warmUp.matches("[0-9]{1,6}")) {
            return "--warm-up takes a number of seconds, 0 or more, or 'auto', not '" + warmUp + "'";
        }
        if (allowUpdates != (passwordFile != null)) {
            return allowUpdates
                    ? "--allow-updates needs --password-file FILE: writes over HTTP are never open to everyone"
                    : "--password-file is only for --allow-updates";
        }
        if (base != null) {
            try {
                Iris.checkedBase(base);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        return null;
    }

    @Override
    public Integer call() {
        String error = usageError();
        if (error != null) {
            System.err.println("newsgraph serve: " + error);
            return ExitCode.USAGE;
        }
        // the database's size as found: opening it may shorten its index files to the blocks in use
        long indexBytes = NewsStore.indexBytes(db.path());
        IndexReading reading;
        try {
            reading = indexReading(indexBytes);
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph serve: " + e.getMessage());
            return ExitCode.USAGE;
        }
        reading.apply();
        Extractor extractor = null;
        if (load != null) {
            try {
                extractor = kb.extractor();
            } catch (IllegalArgumentException e) {
                System.err.println("newsgraph serve: " + e.getMessage());
                return ExitCode.USAGE;
            }
        } else if (!kb.files.isEmpty()) {
            System.err.println("newsgraph serve: --kb goes with --load (it is used when articles are extracted)");
            return ExitCode.USAGE;
        }
        boolean newDatabase = !Files.exists(db.path());
        NewsStore store = NewsStore.open(db.path(), DatabaseOption.openingNotices("serve"));
        NewsServer server;
        try {
            // start first: a busy port fails at once, not after a long load; the UI shows each batch as it lands
            if (base != null) {
                store.useBase(base);
            }
            NewsServer.Builder builder = NewsServer.create().dataset(store.dataset()).port(port)
                    .dataNamespace(Iris.ids(store.base()))
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds)).resultLimit(maxResults).allowService(allowService);
            if (allowUpdates) {
                builder.updatesWithPassword(passwordFile);
            }
            server = builder.build().start();
        } catch (RuntimeException e) {
            store.close();
            if (newDatabase) {
                deleteTree(db.path()); // a server that never started leaves no empty database behind
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopWithin(server, store), "newsgraph-shutdown"));
        Duration warmUpFor = AUTO.equals(warmUp) ? WarmUp.byDefault(indexBytes, load != null)
                : Duration.ofSeconds(Integer.parseInt(warmUp));
        if (!warmUpFor.isZero()) {
            warmUp(server, warmUpFor);
        }
        System.out.println("newsgraph is serving the database " + PrintablePath.of(db.path()) + " (Ctrl-C stops it)");
        System.out.println("  web UI:          " + server.uiUrl());
        System.out.println("  SPARQL endpoint: " + server.sparqlUrl());
        System.out.println("  indexes:         " + reading);
        System.out.println("  browse:          " + server.baseUrl() + "search (IRIs " + Iris.ids(store.base())
                + "… at " + server.baseUrl() + "id/…)");
        System.out.flush();
        if (allowUpdates) {
            warnAboutUpdates(server);
        }
        if (load != null) {
            InputFiles in = InputFiles.expand(load, recursive);
            if (in.files().isEmpty()) {
                in.problems().forEach(p -> System.err.println("newsgraph serve: " + p));
                System.err.println("newsgraph serve: no articles to load");
            } else {
                LoadCommand.load(store, in, extractor, detail.level(), "newsgraph serve: ", System.err);
            }
        }
        int articles = store.articleGraphNames().size();
        System.out.println("newsgraph serves " + articles + (articles == 1 ? " article" : " articles")
                + (articles == 0 ? " (load some with --load FILE|DIR…)" : ""));
        System.out.flush();
        server.join();
        return ExitCode.OK;
    }

    /** Rounds of the named queries sent to the server itself (--warm-up), said on stderr as they start and end. */
    private void warmUp(NewsServer server, Duration budget) {
        System.err.println("newsgraph serve: warming up (at most " + budget.toSeconds() + " s" + (AUTO.equals(warmUp)
                ? ", the default for a database of this size; --warm-up 0 for none" : "") + "): rounds of the named"
                + " queries, sent to itself, until the JIT compiler has compiled them; " + server.sparqlUrl()
                + " answers meanwhile");
        WarmUp.Report warm = WarmUp.run(server.sparqlUrl(), budget);
        System.err.printf(Locale.ROOT, "newsgraph serve: warmed up in %.1f s: %d %s of %d requests, the JIT compiler"
                + " %.1f s of it, %s%n", warm.seconds(), warm.rounds(), warm.rounds() == 1 ? "round" : "rounds",
                warm.requests(), warm.compilerSeconds(), warm.settled() ? "settled" : "not yet settled (the time ran out)");
        System.err.flush();
    }

    /** How this server reads its indexes: as --index-cache says, else the default for the database's size. */
    private IndexReading indexReading(long indexBytes) {
        long heap = Runtime.getRuntime().maxMemory();
        if (indexCache == null) {
            return IndexReading.forServing(indexBytes, heap);
        }
        if (indexCache.equals("mapped")) {
            return IndexReading.mapped("--index-cache mapped");
        }
        long heapMegabytes = heap / (1024 * 1024);
        long half = heapMegabytes / 2;
        int megabytes;
        try {
            megabytes = Integer.parseInt(indexCache.strip());
        } catch (NumberFormatException e) {
            megabytes = -1;
        }
        if (megabytes < 1 || megabytes > half) {
            throw new IllegalArgumentException("--index-cache must be 'mapped' or a size between 1 and " + half
                    + " MB, half of this process's heap of " + heapMegabytes + " MB (the rest answers queries), not '"
                    + indexCache + "'; give a larger heap with 'java -Xmx…' for a larger cache");
        }
        return IndexReading.cache(megabytes, "--index-cache " + megabytes);
    }

    /**
     * Stops the server and releases the database, but waits at most {@link #SHUTDOWN_SECONDS}: a request still
     * running (a client that does not read) must not keep Ctrl-C from ending the process. What is not released
     * then is recovered by TDB2 the next time the database opens.
     */
    private static void stopWithin(NewsServer server, NewsStore store) {
        Thread stopping = new Thread(() -> {
            server.stop();
            store.close();
        }, "newsgraph-stop");
        stopping.setDaemon(true);
        stopping.start();
        try {
            stopping.join(SHUTDOWN_SECONDS * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopping.isAlive()) {
            System.err.println("newsgraph serve: stopped without waiting for the requests still running");
        }
    }

    private static void deleteTree(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            // what cannot be deleted stays; the message about the port is what matters
        }
    }

    private void warnAboutUpdates(NewsServer server) {
        System.err.println("newsgraph serve: WARNING: updates are enabled: anyone with a password of " + PrintablePath.of(passwordFile)
                + " can change or delete any article at " + server.updateUrl() + " and " + server.graphStoreUrl());
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(passwordFile);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                System.err.println("newsgraph serve: WARNING: other users of this computer can read " + PrintablePath.of(passwordFile)
                        + "; chmod 600 " + PrintablePath.of(passwordFile));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        }
    }
}
