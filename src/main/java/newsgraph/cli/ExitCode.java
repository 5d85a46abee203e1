package newsgraph.cli;

/** The exit codes of every command; README lists them. */
public final class ExitCode {

    /** Everything worked. */
    public static final int OK = 0;
    /** Some inputs were refused; the others were processed (the summary says which). */
    public static final int SOME_FAILED = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** No input could be used: missing, empty, binary, not UTF-8, too large. */
    public static final int BAD_INPUT = 3;
    /** The database cannot be used: locked by another process, read-only, disk full. */
    public static final int STORE = 4;
    /** The server cannot start: the port is in use, or the password file is missing or has no user. */
    public static final int SERVER = 5;
    /** A query is wrong or failed (syntax, unknown name, bad parameter, endpoint error). */
    public static final int QUERY = 6;
    /** Validation found shapes violated. */
    public static final int INVALID = 7;
    /** The output cannot be written: standard output or an output file (a full disk, read-only, a closed pipe). */
    public static final int OUTPUT = 8;
    /** A bug: the message says what happened; run with --debug for the stack trace. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
