package newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import newsgraph.store.NewsStore;
import newsgraph.store.StoreException;

/**
 * A second process that tries, again and again, to open a database another process is loading into, until a stop
 * file appears. It prints "opened" the moment it gets the database (it must never get it mid-load), and at the end
 * how often it tried and the distinct refusals it saw. Run by {@link StoreLockTest} in a JVM of its own.
 */
public final class DatabaseProbe {

    private DatabaseProbe() {
    }

    /** {@code DB STOP_FILE}. */
    public static void main(String[] args) throws InterruptedException {
        Path db = Path.of(args[0]);
        Path stop = Path.of(args[1]);
        Set<String> refusals = new TreeSet<>();
        int attempts = 0;
        System.out.println("probing " + db);
        while (!Files.exists(stop)) {
            if (NewsStore.isDatabase(db)) {
                attempts++;
                try (NewsStore store = NewsStore.open(db)) {
                    System.out.println("opened " + db + " at attempt " + attempts);
                    System.out.flush();
                    System.exit(0);
                } catch (StoreException e) {
                    refusals.add(e.getMessage().replaceAll("pid \\d+", "pid N"));
                }
            }
            Thread.sleep(2);
        }
        System.out.println("attempts: " + attempts);
        refusals.forEach(r -> System.out.println("refused: " + r));
        System.exit(3);
    }
}
