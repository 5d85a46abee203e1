package newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An output stream that never loses a write error. {@code System.out} is a {@link PrintStream}, which swallows
 * errors: {@code extract … > file} on a full disk would exit 0 with a truncated file. Every write here that fails
 * throws {@link Failure}, an unchecked exception that the RDF and result writers let through (they catch only
 * {@code IOException}), and {@link Main} turns it into one line and {@link ExitCode#OUTPUT}.
 *
 * <pre>{@code
 * try (CheckedOutput out = CheckedOutput.standardOutput()) {
 *     RDFDataMgr.write(out, model, Lang.TURTLE);
 * }   // close flushes: a disk that fills at the very end is caught too
 * }</pre>
 */
final class CheckedOutput extends OutputStream {

    /** Whether this JVM is a newsgraph process of its own, whose standard output may be written directly. */
    private static volatile boolean ownProcess;

    private final OutputStream out;
    /** Set when {@link #out} is a print stream: the only way to learn of its errors is to ask. */
    private final PrintStream printStream;
    private final String where;
    /** Whether closing this closes {@link #out} too (a file), or only flushes it (standard output). */
    private final boolean closes;
    private boolean failed;

    private CheckedOutput(OutputStream out, String where, boolean closes) {
        this.out = out;
        this.printStream = out instanceof PrintStream p ? p : null;
        this.where = where;
        this.closes = closes;
    }

    /**
     * Called by {@link Main#main}: standard output is then this process's own file descriptor 1, written without
     * {@code System.out}'s print stream so that a failure keeps its reason ("no space left on device").
     */
    static void ownProcess() {
        ownProcess = true;
    }

    /** Whether this is a process of newsgraph's own, started at {@link Main#main} (not a command run in-process). */
    static boolean isOwnProcess() {
        return ownProcess;
    }

    /** Standard output, buffered. Closing it flushes it but leaves it open. */
    static CheckedOutput standardOutput() {
        if (ownProcess) {
            System.out.flush();
            return new CheckedOutput(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                    "standard output", false);
        }
        return new CheckedOutput(System.out, "standard output", false); // a caller's stream (tests capture it)
    }

    /** A file being written; {@code name} as messages print it. Closing closes the file. */
    static CheckedOutput of(OutputStream file, String name) {
        return new CheckedOutput(file, name, true);
    }

    /** This stream as a print stream (UTF-8) that still throws {@link Failure} instead of swallowing errors. */
    PrintStream printStream() {
        return new PrintStream(this, false, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failure(e);
        }
        checkPrintStream();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw failure(e);
        }
        checkPrintStream();
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
        checkPrintStream();
    }

    @Override
    public void close() {
        if (failed) {
            return; // reported once is enough; the caller is on its way out
        }
        flush();
        if (closes) {
            try {
                out.close();
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }

    /** A print stream remembers an error it swallowed; asking flushes it first. */
    private void checkPrintStream() {
        if (printStream != null && printStream.checkError()) {
            throw failure(null);
        }
    }

    private Failure failure(IOException e) {
        failed = true;
        String reason = e == null ? "a write failed: is the disk full, or did the reading program stop?" : reason(e);
        return new Failure("cannot write to " + where + " (" + reason + "); the output is incomplete", e);
    }

    /** Why a write failed, in lower case: "no space left on device", "permission denied". */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason.toLowerCase(Locale.ROOT);
    }

    /** A write that failed; the message is one line that says where. */
    static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
