package newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Java process started with this process's class path, watched from outside: its wall time and its peak
 * resident memory (Linux {@code VmHWM}, with the largest anonymous and file-backed parts seen; none elsewhere).
 * Measuring the commands in processes of their own keeps the benchmark's own memory out of the figures.
 */
final class ChildJvm implements AutoCloseable {

    /**
     * The command-line program the benchmark starts as a process of its own. Named, not imported: the command
     * line includes {@code bench}, so importing it back would make the two packages a cycle.
     */
    static final String NEWSGRAPH = "newsgraph.cli.Main";

    private static final long WATCH_MILLIS = 100;

    /**
     * The outcome of a finished process. Memory figures are bytes, or -1 where they cannot be read; CPU
     * seconds (user and system, all threads) as last seen before it ended, or -1.
     */
    record Finished(int exit, double seconds, List<String> out, List<String> err, long peakRss, long peakAnon,
                    long peakFile, double cpuSeconds) {

        String lastErrLine(String prefix) {
            for (int i = err.size() - 1; i >= 0; i--) {
                if (err.get(i).startsWith(prefix)) {
                    return err.get(i);
                }
            }
            return "";
        }
    }

    private final Process process;
    private final long start;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> outLines = new LinkedBlockingQueue<>();
    private final Path status;
    private final Path stat;
    private final Thread watcher;
    private volatile long peakRss = -1;
    private volatile long peakAnon = -1;
    private volatile long peakFile = -1;
    private volatile double cpuSeconds = -1;

    private ChildJvm(List<String> command) {
        try {
            start = System.nanoTime();
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
        status = Path.of("/proc", Long.toString(process.pid()), "status");
        stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        drain(process.getInputStream(), out, outLines);
        drain(process.getErrorStream(), err, null);
        watcher = new Thread(this::watchMemory, "bench-memory-" + process.pid());
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Starts {@code java [jvmOptions] -cp CLASSPATH mainClass args…} with this process's class path. */
    static ChildJvm start(List<String> jvmOptions, String mainClass, List<String> args) {
        return start(jvmOptions, System.getProperty("java.class.path"), mainClass, args);
    }

    /** Starts {@code java [jvmOptions] -cp classPath mainClass args…}. */
    static ChildJvm start(List<String> jvmOptions, String classPath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return new ChildJvm(command);
    }

    /** Runs it to the end. */
    static Finished run(List<String> jvmOptions, String mainClass, List<String> args) {
        return run(jvmOptions, System.getProperty("java.class.path"), mainClass, args);
    }

    /** Runs it to the end, with another class path. */
    static Finished run(List<String> jvmOptions, String classPath, String mainClass, List<String> args) {
        try (ChildJvm child = start(jvmOptions, classPath, mainClass, args)) {
            return child.waitFor();
        }
    }

    /** Seconds since it was started. */
    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Waits for a line on standard error that passes {@code test}, read or to come; null if time runs out. */
    String awaitErrorLine(Predicate<String> test, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        do {
            for (String line : err) {
                if (test.test(line)) {
                    return line;
                }
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return null;
    }

    /** Waits for a line on standard output that passes {@code test}; null if the process ends or time runs out. */
    String awaitLine(Predicate<String> test, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            String line = outLines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && test.test(line)) {
                return line;
            }
            if (line == null && !process.isAlive()) {
                return null;
            }
        }
        return null;
    }

    Finished waitFor() {
        try {
            int exit = process.waitFor();
            double seconds = seconds();
            watcher.join(1000);
            // give the output readers a moment to reach the end of the streams
            Thread.sleep(50);
            return new Finished(exit, seconds, List.copyOf(out), List.copyOf(err), peakRss, peakAnon, peakFile,
                    cpuSeconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a child process", e);
        }
    }

    /** The memory figures so far (for a process that keeps running). */
    long peakRss() {
        return peakRss;
    }

    /** The largest anonymous resident memory seen so far (the heap and the JVM's own), or -1. */
    long peakAnon() {
        return peakAnon;
    }

    /** The largest file-backed resident memory seen so far (mapped files, the JVM's own libraries), or -1. */
    long peakFile() {
        return peakFile;
    }

    /**
     * Processor seconds that its JIT compiler threads (HotSpot's "C1 CompilerThre…" and "C2 CompilerThre…") and its
     * descendants' have used so far, or -1 where {@code /proc} cannot tell: while they still compile, a request shares
     * the machine's cores with them (on two cores, C2 alone takes one).
     */
    double compilerSeconds() {
        List<ProcessHandle> processes = new ArrayList<>(List.of(process.toHandle()));
        process.descendants().forEach(processes::add);
        long ticks = 0;
        boolean seen = false;
        for (ProcessHandle each : processes) {
            Path tasks = Path.of("/proc", Long.toString(each.pid()), "task");
            try (java.util.stream.Stream<Path> threads = Files.list(tasks)) {
                for (Path thread : threads.toList()) {
                    String name = readLinesOrNone(thread.resolve("comm")).stream().findFirst().orElse("");
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        long used = ticks(thread.resolve("stat"));
                        if (used >= 0) { // else a compiler thread that just ended (HotSpot adds and removes them)
                            ticks += used;
                            seen = true;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or a descendant that just ended
            }
        }
        return seen ? ticks / 100.0 : -1;
    }

    /** utime and stime, fields 14 and 15 of a {@code stat} file, in clock ticks of 1/100 s (Linux's USER_HZ); -1 if gone. */
    private static long ticks(Path stat) {
        try {
            String[] fields = Files.readString(stat).replaceFirst("^.*\\) ", "").split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Asks it to stop (SIGTERM) and waits; kills it if it does not stop within 30 seconds. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                List<ProcessHandle> descendants = process.descendants().toList();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                descendants.forEach(ProcessHandle::destroyForcibly); // none is left once the process stopped itself
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void watchMemory() {
        while (process.isAlive()) {
            try {
                // with its descendants: a serve started without -Xmx serves from a JVM of its own (README: serve)
                long hwm = 0;
                long anon = 0;
                long file = 0;
                List<Path> statuses = new ArrayList<>(List.of(status));
                process.descendants().forEach(d -> statuses.add(Path.of("/proc", Long.toString(d.pid()), "status")));
                for (Path each : statuses) {
                    for (String line : readLinesOrNone(each)) {
                        if (line.startsWith("VmHWM:")) {
                            hwm += kilobytes(line) * 1024;
                        } else if (line.startsWith("RssAnon:")) {
                            anon += kilobytes(line) * 1024;
                        } else if (line.startsWith("RssFile:")) {
                            file += kilobytes(line) * 1024;
                        }
                    }
                }
                if (hwm > 0) {
                    peakRss = Math.max(peakRss, hwm);
                    peakAnon = Math.max(peakAnon, anon);
                    peakFile = Math.max(peakFile, file);
                }
                long used = ticks(stat);
                if (used >= 0) { // else the process just ended: the figure stays as it is
                    cpuSeconds = used / 100.0;
                }
            } catch (RuntimeException e) {
                // not Linux, or the process just ended: the figures stay as they are
            }
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static List<String> readLinesOrNone(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of(); // a descendant that just ended
        }
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }

    private static void drain(InputStream stream, List<String> into, BlockingQueue<String> also) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    into.add(line);
                    if (also != null) {
                        also.add(line);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "bench-output");
        reader.setDaemon(true);
        reader.start();
    }
}
