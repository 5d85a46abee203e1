package newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import newsgraph.load.LoadProgress;

/**
 * A progress line on standard error, rewritten in place ({@code \r}) a few times a second: articles done,
 * rate, time left. Only on a terminal: a log file or a pipe gets the summary line alone.
 */
final class ProgressLine implements Consumer<LoadProgress> {

    private static final long EVERY_NANOS = 500_000_000L;

    private final String prefix;
    private final PrintStream err;
    private final boolean shown;
    private long lastShown;
    private int width;

    private ProgressLine(String prefix, PrintStream err, boolean shown) {
        this.prefix = prefix;
        this.err = err;
        this.shown = shown;
    }

    /** A progress line on {@code err} if it is the process's standard error on a terminal; else none. */
    static ProgressLine onTerminal(String prefix, PrintStream err) {
        return new ProgressLine(prefix, err, err == System.err && stderrIsTerminal());
    }

    /** Prints a message line of its own, clearing the progress line first. */
    void println(String message) {
        clear();
        err.println(message);
    }

    private void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            width = 0;
        }
    }

    @Override
    public void accept(LoadProgress p) {
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastShown < EVERY_NANOS && p.done() < p.total()) {
            return;
        }
        lastShown = now;
        Duration left = p.remaining();
        String line = String.format(Locale.ROOT, "%s%,d of %,d articles, %.1f articles/s%s", prefix, p.done(), p.total(),
                p.rate(), left == null ? "" : ", " + human(left) + " left");
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        width = line.length();
        if (p.done() >= p.total()) {
            // the summary line comes next and stands alone
            clear();
        }
        err.flush();
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s % 3600 / 60 + " min";
    }

    /**
     * Java 17 cannot ask about standard error itself; on Linux its file descriptor says, elsewhere a console
     * (standard input and output on a terminal) is the best guess.
     */
    private static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
