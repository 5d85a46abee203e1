package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of {@link Main#run} with its standard output and error captured. */
public record CommandRun(int exit, String out, String err) {

    public static synchronized CommandRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            System.out.flush();
            System.err.flush();
            return new CommandRun(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** newsgraph's own lines on standard error (library log lines left out). */
    public List<String> messages() {
        return err.lines().filter(l -> l.startsWith("newsgraph")).toList();
    }

    /** Fails if standard error shows a stack trace or an exception's class name. */
    CommandRun withoutStackTrace() {
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("this is a bug"),
                "no stack trace or exception name expected:\n" + err);
        return this;
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
