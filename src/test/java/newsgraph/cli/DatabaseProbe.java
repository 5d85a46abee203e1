package newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import newsgraph.store.NewsStore;
import newsgraph.store.StoreException;

/**
 * A second process that tries, again and again, to open a database another process is loading into, until it gets
 * it or a stop file appears. Getting it is a fault only before the load has printed its summary, which the load
 * does while it still holds the database: the probe then prints "opened during the load". At the end it prints how
 * often it tried and the distinct refusals it saw. Run by {@link StoreLockTest} in a JVM of its own.
 */
public final class DatabaseProbe {

    private DatabaseProbe() {
    }

    /** {@code DB STOP_FILE LOAD_LOG}. */
    public static void main(String[] args) throws InterruptedException {
        Path db = Path.of(args[0]);
        Path stop = Path.of(args[1]);
        Path loadLog = Path.of(args[2]);
        Set<String> refusals = new TreeSet<>();
        int attempts = 0;
        System.out.println("probing " + db);
        while (!Files.exists(stop)) {
            if (NewsStore.isDatabase(db)) {
                attempts++;
                try (NewsStore store = NewsStore.open(db)) {
                    System.out.println("opened " + (loadEnded(loadLog) ? "after the load ended" : "during the load")
                            + " at attempt " + attempts);
                    break;
                } catch (StoreException e) {
                    refusals.add(e.getMessage().replaceAll("pid \\d+", "pid N"));
                }
            }
            Thread.sleep(2);
        }
        System.out.println("attempts: " + attempts);
        refusals.forEach(r -> System.out.println("refused: " + r));
        System.out.flush();
        System.exit(0);
    }

    private static boolean loadEnded(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains("newsgraph load: loaded ");
        } catch (IOException e) {
            return false;
        }
    }
}
