package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsgraph.server.WarmUp;
import newsgraph.store.BlockCacheProbe;
import newsgraph.store.IndexReading;
import newsgraph.store.NewsStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code serve} reads its indexes: through a cache in its heap ({@code --index-cache MB}, and by default for a
 * database too large to map), so that its resident memory does not grow with the database, or mapped. Checked on
 * a real server in a child JVM (TDB2 decides how it reads files once per process) by what the kernel says the
 * process has mapped, and by the answers, which do not depend on it.
 */
class ServeIndexCacheTest {

    private static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");

    /** Every quad of every graph, in one order: the whole database, to compare as two servers read it. */
    private static final String EVERY_QUAD = "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o";

    @TempDir
    static Path temp;

    private static Path db;

    @BeforeAll
    static void loadTheSeed() {
        db = temp.resolve("db");
        assertEquals(ExitCode.OK, CommandRun.of("load", SEED.toString(), "--db", db.toString()).exit());
    }

    @Test
    void withAnIndexCacheTheServerAnswersWithoutMappingAnIndexFile() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "the kernel's list of mappings (Linux)");
        Served served = serve(db, "--index-cache", "16");
        assertEquals(List.of(), served.mapped(), "no index file of the database is mapped into the server's memory");
        assertTrue(served.indexes().startsWith("read through a 16 MB cache in the heap (--index-cache 16)"),
                served.indexes());
    }

    /** A small database is mapped by default (the fastest, and whole it fits): the check above can see a mapping. */
    @Test
    void aSmallDatabaseIsMappedByDefault() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "the kernel's list of mappings (Linux)");
        assertTrue(NewsStore.indexBytes(db) <= IndexReading.MAPPED_UP_TO_BYTES, NewsStore.indexBytes(db) + " bytes");
        Served served = serve(db, "--warm-up", "auto");
        assertTrue(served.output().stream().noneMatch(l -> l.contains("warming up")), "nor warmed up by default: "
                + served.output());
        assertFalse(served.mapped().isEmpty(), "TDB2 maps its index files by default");
        assertTrue(served.mapped().stream().allMatch(f -> f.endsWith(".idn") || f.endsWith(".dat")),
                served.mapped().toString());
        assertTrue(served.indexes().startsWith("mapped into memory (the default for indexes of "), served.indexes());
    }

    /**
     * A database whose indexes are larger than mapping comfortably holds is read through a cache without being asked:
     * what a user gets who starts {@code serve} on a large archive. (Before, every server mapped them, and its resident
     * memory grew to 2.3 GB on a 10,000-article archive.) The seed's database stands in for a large one by one index
     * file made longer than the limit, sparse (no disk), beyond the blocks TDB2 uses.
     */
    @Test
    void aLargeDatabaseIsReadThroughACacheByDefault() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "the kernel's list of mappings (Linux)");
        Path large = largeDatabase("large");
        assertTrue(NewsStore.indexBytes(large) > IndexReading.MAPPED_UP_TO_BYTES);
        Served served = serve(large);
        assertEquals(List.of(), served.mapped(), "no index file is mapped: " + served.indexes());
        // a quarter of the child's heap of 256 MB
        assertTrue(served.indexes().startsWith("read through a 64 MB cache in the heap (the default for indexes of "),
                served.indexes());
        assertEquals(serve(large, "--index-cache", "mapped").answers(), served.answers(),
                "'--index-cache mapped' asks for mapping; the answers are the same");
    }

    /**
     * A large database warms up by default before the server says it is ready (a just-started server answered some
     * pages of the 100,000-article store in twice their warm time), and its endpoint answers meanwhile; a small one
     * does not ({@link #aSmallDatabaseIsMappedByDefault}).
     */
    @Test
    void aLargeDatabaseWarmsUpByDefaultAndAnswersMeanwhile() throws Exception {
        Path large = largeDatabase("large-warm-up");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", large.toString(),
                "--port", "0");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            List<String> lines = firstLines(child, "warming up");
            String warming = lines.get(lines.size() - 1);
            assertTrue(warming.startsWith("newsgraph serve: warming up (at most " + WarmUp.BY_DEFAULT.toSeconds()
                    + " s, the default for a database of this size; --warm-up 0 for none)"), warming);
            assertTrue(lines.stream().noneMatch(l -> l.contains("SPARQL endpoint:")), "not ready yet: " + lines);
            Matcher endpoint = Pattern.compile("(http://\\S+/sparql) answers meanwhile")
                    .matcher(warming);
            assertTrue(endpoint.find(), warming);
            HttpResponse<String> ask = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(endpoint.group(1) + "?query=ASK%7B%7D")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ask.statusCode(), ask.body());
        } finally {
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the server stops on SIGTERM while it warms up");
        }
    }

    /**
     * Started without -Xmx (a JVM's default heap is a quarter of the machine's memory, and under queries it grows
     * into it), a server of a large database runs in a JVM of its own with a heap of 1 GB, which holds its cache;
     * stopping the first stops both.
     */
    @Test
    void aLargeDatabaseIsServedWithABoundedHeapWhenNoneIsGiven() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "the kernel's list of processes (Linux)");
        assumeTrue(Runtime.getRuntime().maxMemory() > 1200L * 1024 * 1024, "a machine whose default heap is over 1 GB");
        Path large = largeDatabase("large-unset-heap");
        Served served = serve(List.of(), large);
        assertEquals(List.of("default", ServerHeap.HEAP), served.heaps(), served.output().toString());
        assertEquals("MALLOC_ARENA_MAX=2", served.arenas().get(1),
                "and glibc's malloc arenas bounded, which the server's threads would grow past the heap's bound");
        assertTrue(served.output().stream().anyMatch(l -> l.startsWith(
                "newsgraph serve: serving from a JVM of its own with " + ServerHeap.HEAP)), served.output().toString());
        int cache = IndexReading.defaultCacheMegabytes(ServerHeap.HEAP_MEGABYTES * 1024L * 1024);
        assertTrue(served.indexes().startsWith("read through a " + cache + " MB cache in the heap"), served.indexes());
        assertEquals(List.of(), served.mapped());
        assertEquals(List.of("-Xmx512m"), serve(List.of("-Xmx512m"), large).heaps(), "a heap given is kept");
    }

    /**
     * The JVM that starts the server's own and waits beside it for as long as it serves does not start Jena (nor build
     * the other commands, which start it): started, Jena took that JVM from 60 to 115 MB resident, which counts against
     * serve's memory as much as the server's own does.
     */
    @Test
    void theJvmThatStartsTheServersOwnLoadsNoJena() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "the kernel's list of processes (Linux)");
        assumeTrue(Runtime.getRuntime().maxMemory() > 1200L * 1024 * 1024, "a machine whose default heap is over 1 GB");
        Path large = largeDatabase("large-launcher-classes");
        Path logs = Files.createDirectories(temp.resolve("launcher-classes"));
        // each JVM (the option goes on to the server's own) lists the classes it loads in a file named by its process
        Served served = serve(List.of("-Xlog:class+load:file=" + logs.resolve("classes-%p.txt")), large);
        assertEquals(List.of("default", ServerHeap.HEAP), served.heaps(), served.output().toString());
        List<String> launcher = Files.readAllLines(logs.resolve("classes-" + served.pids().get(0) + ".txt"));
        List<String> server = Files.readAllLines(logs.resolve("classes-" + served.pids().get(1) + ".txt"));
        assertTrue(launcher.stream().anyMatch(l -> l.contains("newsgraph.cli.ServeCommand ")), "the list is read");
        // Jena's start (JenaSystem.init) loads a thousand classes and builds its registries; the verifier may still
        // load a few interfaces that the launcher's classes name (a method's return type), which cost nothing
        assertEquals(List.of(), launcher.stream().filter(l -> l.contains(" org.apache.jena.sys.")).toList());
        List<String> jena = launcher.stream().filter(l -> l.contains(" org.apache.jena.")).toList();
        assertTrue(jena.size() < 20, jena.size() + " of Jena's classes: " + jena);
        assertTrue(server.stream().filter(l -> l.contains(" org.apache.jena.")).count() > 1000, "the server's own does");
    }

    /** The same answers, whole database and named queries, whichever way the indexes are read. */
    @Test
    void theAnswersAreTheSameMappedAndThroughACache() throws Exception {
        Map<String, String> mapped = serve(db, "--index-cache", "mapped").answers();
        Map<String, String> cached = serve(db, "--index-cache", "1").answers();
        assertTrue(mapped.get(EVERY_QUAD).lines().count() > 1000, "the seed's quads are all read");
        assertTrue(mapped.get("entities").lines().count() > 10, mapped.get("entities"));
        assertEquals(mapped, cached);
    }

    /**
     * The cache is as large as asked: TDB2 itself gives every index file 10,000 blocks (80 MB) whatever its
     * StoreParams say, so before, a cache of any size held up to 24 × 80 MB. Reading the seed's quads fills the most-read
     * file's cache with more than 5 blocks when it may, and with 5 — no more — through a cache of 1 MB (5 blocks a file).
     */
    @Test
    void theCacheHoldsNoMoreBlocksThanItsSize() throws Exception {
        long[] small = probe(1);
        long[] large = probe(100);
        assertEquals(5, small[0]);
        assertTrue(large[1] > 5, "reading every quad takes more than 5 blocks of a file: " + large[1]);
        assertEquals(5, small[1], "the cache of the most-read file is full and no fuller");
        assertEquals(large[2], small[2], "the same quads");
    }

    /** Blocks a file may cache, the most a file caches after reading every quad, the quads: in a JVM of its own. */
    private static long[] probe(int megabytes) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), BlockCacheProbe.class.getName(),
                db.toString(), Integer.toString(megabytes));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes()).strip();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), out);
        String[] figures = out.lines().reduce((a, b) -> b).orElse("").split(" ");
        return new long[] {Long.parseLong(figures[0]), Long.parseLong(figures[1]), Long.parseLong(figures[2])};
    }

    @Test
    void badSizesAreRefusedInOneLineWithTheLargestACacheCanHave() {
        long half = Runtime.getRuntime().maxMemory() / (1024 * 1024) / 2;
        for (String size : List.of(Long.toString(half + 1), "0", "-3", "lots", "1.5", "")) {
            CommandRun run = CommandRun.of("serve", "--db", db.toString(), "--port", "0", "--index-cache", size)
                    .withoutStackTrace();
            assertEquals(ExitCode.USAGE, run.exit(), run.toString());
            assertEquals(1, run.messages().size(), run.toString());
            assertEquals("newsgraph serve: --index-cache must be 'mapped' or a size between 1 and " + half
                    + " MB, half of this process's heap of " + half * 2 + " MB (the rest answers queries), not '"
                    + size + "'; give a larger heap with 'java -Xmx…' for a larger cache",
                    run.messages().get(0).replace(" of " + (half * 2 + 1) + " MB", " of " + half * 2 + " MB"),
                    run.toString());
        }
    }

    /**
     * What a server said of its indexes, the index files it mapped, and its answers to a few queries; the heap and
     * glibc's malloc arenas of each of its processes (the first, and the JVM of its own it may start).
     */
    private record Served(String indexes, List<String> mapped, Map<String, String> answers, List<String> output,
                          List<String> heaps, List<String> arenas, List<Long> pids) {
    }

    /** Serves {@code database} from a JVM with a heap of 256 MB. */
    private static Served serve(Path database, String... options) throws Exception {
        return serve(List.of("-Xmx256m"), database, options);
    }

    /** Serves {@code database}, runs queries over HTTP, then lists the index files the server maps. */
    private static Served serve(List<String> jvmOptions, Path database, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--db", database.toString(), "--port", "0"));
        command.addAll(List.of(options));
        if (!List.of(options).contains("--warm-up")) {
            // these are about reading the indexes: a large database's warm-up by default (its own test) would hold the
            // endpoint back for up to two minutes
            command.addAll(List.of("--warm-up", "0"));
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            // the server names its endpoint, then how it reads its indexes, on the next line
            List<String> lines = firstLines(child, "indexes:");
            String endpoint = lines.stream().filter(l -> l.contains("SPARQL endpoint:")).findFirst().orElseThrow()
                    .replaceFirst(".*SPARQL endpoint:\\s*", "").strip();
            String indexes = lines.get(lines.size() - 1).replaceFirst("^\\s*indexes:\\s*", "");
            Map<String, String> answers = new LinkedHashMap<>();
            Path everyQuad = Files.writeString(Files.createTempFile(temp, "every-quad", ".rq"), EVERY_QUAD);
            for (List<String> query : List.of(List.of(everyQuad.toString()), List.of("most-quoted"), List.of("entities"),
                    List.of("entities", "--param", "type_name=Person"))) {
                List<String> args = new ArrayList<>(List.of("query"));
                args.addAll(query);
                args.addAll(List.of("--endpoint", endpoint, "--format", "csv"));
                CommandRun run = CommandRun.of(args.toArray(String[]::new));
                assertEquals(ExitCode.OK, run.exit(), run.toString());
                answers.put(query.get(0).equals(everyQuad.toString()) ? EVERY_QUAD : String.join(" ", query), run.out());
            }
            assertTrue(answers.get("most-quoted").lines().count() > 2, "the server answers: " + answers.get("most-quoted"));
            String directory = database.toRealPath().toString();
            List<String> mapped = new ArrayList<>();
            List<String> heaps = new ArrayList<>();
            List<String> arenas = new ArrayList<>();
            List<Long> pids = new ArrayList<>();
            for (ProcessHandle process : Stream.concat(Stream.of(child.toHandle()), child.descendants()).toList()) {
                Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "maps")).stream()
                        .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                        .filter(file -> file.startsWith(directory))
                        .map(file -> Path.of(file).getFileName().toString())
                        .distinct().forEach(mapped::add);
                String commandLine = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
                heaps.add(Arrays.stream(commandLine.split("\u0000"))
                        .filter(a -> a.startsWith("-Xmx")).reduce((a, b) -> b).orElse("default"));
                String environment = Files.readString(Path.of("/proc", Long.toString(process.pid()), "environ"));
                arenas.add(Arrays.stream(environment.split("\u0000")).filter(v -> v.startsWith("MALLOC_ARENA_MAX="))
                        .findFirst().orElse("unset"));
                pids.add(process.pid());
            }
            return new Served(indexes, mapped, answers, lines, heaps, arenas, pids);
        } finally {
            List<ProcessHandle> descendants = child.descendants().toList();
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the server stops on SIGTERM");
            for (ProcessHandle d : descendants) {
                assertTrue(d.onExit().get(30, TimeUnit.SECONDS) != null && !d.isAlive(), "its JVM stops too");
            }
        }
    }

    /** The child's output up to the first line that contains {@code marker}, within 90 seconds (the rest is drained). */
    private static List<String> firstLines(Process child, String marker) throws Exception {
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader in = child.inputReader()) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child ended
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && (child.isAlive() || !lines.isEmpty())) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                seen.add(line);
                if (line.contains(marker)) {
                    return seen;
                }
            }
        }
        throw new AssertionError("the child never printed '" + marker + "':\n" + String.join("\n", seen));
    }

    /** The seed's database, with one index file made longer than mapping holds, sparse, past the blocks TDB2 uses. */
    private static Path largeDatabase(String name) throws IOException {
        Path large = temp.resolve(name);
        copyTree(db, large);
        Path storage;
        try (Stream<Path> dirs = Files.list(large)) {
            storage = dirs.filter(p -> p.getFileName().toString().startsWith("Data-")).findFirst().orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(storage.resolve("OSP.dat").toFile(), "rw")) {
            file.setLength(IndexReading.MAPPED_UP_TO_BYTES + 64L * 1024 * 1024);
        }
        return large;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.naturalOrder())::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
