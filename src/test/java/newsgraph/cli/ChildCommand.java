package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * newsgraph run in a second JVM, as a user runs it, for what a process cannot do to itself: be killed with -9,
 * or fail in a way that leaves its own database connection unusable. Its output goes to a file.
 */
final class ChildCommand {

    private final Process process;
    private final Path output;

    private ChildCommand(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** newsgraph with these arguments; standard output and error go to {@code output}. */
    static ChildCommand start(Path output, String... args) {
        return start(List.of(), Main.class, null, output, args);
    }

    /** newsgraph with its standard output sent to {@code stdout} (e.g. /dev/full); its standard error to {@code output}. */
    static ChildCommand startWithStdout(Path output, File stdout, String... args) {
        return start(List.of(), Main.class, stdout, output, args);
    }

    /**
     * newsgraph with these arguments as an ordinary user sees the file system: file permissions apply. Root reads and
     * writes whatever the permissions say; the child then runs without the capabilities that let it (setpriv).
     * Null when this machine cannot run it so (the caller skips its test).
     */
    static ChildCommand startWithoutPermissionOverride(Path output, String... args) {
        if (!isRoot()) {
            return start(output, args);
        }
        if (!Files.isExecutable(Path.of(SETPRIV))) {
            return null;
        }
        return start(List.of(SETPRIV, "--bounding-set=-dac_override,-dac_read_search"), Main.class, null, output, args);
    }

    /** Another main class of the test classpath (a helper that holds a lock, or probes a database). */
    static ChildCommand startMain(Path output, Class<?> main, String... args) {
        return start(List.of(), main, null, output, args);
    }

    private static ChildCommand start(List<String> prefix, Class<?> main, File stdout, Path output, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            if (stdout == null) {
                builder.redirectErrorStream(true).redirectOutput(output.toFile());
            } else {
                builder.redirectOutput(stdout).redirectError(output.toFile());
            }
            return new ChildCommand(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String SETPRIV = "/usr/bin/setpriv";

    /** Whether this process reads and writes files whatever their permissions say (root). */
    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    Process process() {
        return process;
    }

    /** Waits for the end (a generous timeout guards against a hang) and returns the exit code. */
    int exitCode(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the child did not end within " + patience + ":\n" + output());
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook, no flush, no lock released. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** newsgraph's own lines of its output (library log lines left out). */
    List<String> messages() {
        return output().lines().filter(l -> l.startsWith("newsgraph")).toList();
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
