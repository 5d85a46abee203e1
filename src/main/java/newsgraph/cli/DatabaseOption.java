package newsgraph.cli;

import java.nio.file.Path;
import newsgraph.store.NewsStore;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by the commands that use the database. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "DIR",
            description = "The TDB2 database directory (default: data/tdb2 in the working directory).")
    Path dir;

    /** The database directory: the one given, or {@link NewsStore#DEFAULT_LOCATION}. */
    Path path() {
        return dir != null ? dir : NewsStore.DEFAULT_LOCATION;
    }

    boolean isGiven() {
        return dir != null;
    }

    /**
     * Where {@code command} says what opening the database does once that may take minutes (an index or statistics
     * filled from every article): a line on standard error each, as the command's other messages.
     */
    static java.util.function.Consumer<String> openingNotices(String command) {
        return notice -> System.err.println("newsgraph " + command + ": " + notice);
    }
}
