package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.fail;

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

    static ChildCommand start(Path output, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            return new ChildCommand(process, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
