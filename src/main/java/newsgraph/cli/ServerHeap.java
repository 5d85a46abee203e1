package newsgraph.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The heap of a server that reads a large database through a cache. A JVM started without {@code -Xmx} may grow its
 * heap to a quarter of the machine's memory (6 GB on a 24 GB machine), and under a stream of queries it does: its
 * resident memory then grows past any bound the index cache keeps. Such a {@code serve} runs the server in a JVM of
 * its own with {@link #HEAP} instead, and waits for it; a heap given on the command line is always kept.
 */
final class ServerHeap {

    /**
     * The server's heap when none was given. With the JVM's own memory (about 200 MB), what the C library holds for a
     * moment during a heavy query (up to about 270 MB measured at 100,000 articles: it is given back soon after) and
     * the launching JVM (60 MB), a heap of 1 GB peaked over 1.5 GB; this one stays under (README, Performance). Its
     * cache is a quarter of it, 224 MB.
     */
    static final String HEAP = "-Xmx896m";

    /**
     * Direct buffers (Jetty's and NIO's, outside the heap) may otherwise take as much as the heap again; with this,
     * heap, buffers and the JVM's own (about 130 MB measured) stay under 1.5 GB.
     */
    static final String DIRECT_MEMORY = "-XX:MaxDirectMemorySize=256m";

    static final int HEAP_MEGABYTES = 896;

    /** The environment variable that bounds glibc's malloc arenas (ignored where the C library is another). */
    static final String MALLOC_ARENAS = "MALLOC_ARENA_MAX";

    private static final long HEAP_BYTES = HEAP_MEGABYTES * 1024L * 1024;

    private ServerHeap() {
    }

    /** Whether this JVM's heap is the JVM's default (no -Xmx or the like) and larger than {@link #HEAP}. */
    static boolean isUnsetAndLarge() {
        boolean given = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize") || a.startsWith("-XX:MaxRAM")
                        || a.startsWith("-XX:MaxRAMPercentage"));
        return !given && Runtime.getRuntime().maxMemory() > HEAP_BYTES + HEAP_BYTES / 8;
    }

    /**
     * Runs {@code newsgraph ARGS…} in a JVM of its own with {@link #HEAP}, {@link #DIRECT_MEMORY} unless this JVM has a
     * limit of its own, and this JVM's other options, its input and
     * output this process's, and returns its exit code. Ending this process (Ctrl-C, a TERM signal) ends it too.
     */
    static int runWithHeap(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(HEAP);
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (options.stream().noneMatch(o -> o.startsWith("-XX:MaxDirectMemorySize"))) {
            command.add(DIRECT_MEMORY);
        }
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(args);
        System.out.println(String.format(Locale.ROOT, "newsgraph serve: serving from a JVM of its own with %s (this"
                + " one's heap, the JVM's default, could grow to %,d MB); give java -Xmx… to choose", HEAP,
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        System.out.flush();
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // glibc gives each thread that allocates natively (gzip, NIO) an arena of its own, up to 8 per core, which the
        // server's many threads grow and never give back: resident memory past any heap bound (README, Performance)
        builder.environment().putIfAbsent(MALLOC_ARENAS, "2");
        Process server = builder.start();
        Thread stop = new Thread(() -> {
            server.destroy(); // its own shutdown stops the server within 10 s
            try {
                if (!server.waitFor(15, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
            }
        }, "newsgraph-server-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int exit = server.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // shutting down already: the hook runs and finds the server ended
        }
        return exit;
    }
}
