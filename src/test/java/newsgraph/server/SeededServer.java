package newsgraph.server;

import newsgraph.load.ArticleLoader;
import newsgraph.load.LoadReport;
import newsgraph.store.NewsStore;
import newsgraph.store.SeedArticles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import newsgraph.extract.Extractor;

/**
 * One database loaded with {@code seeds/} and one server on a free port, shared by the read-only end-to-end
 * tests of a run (loading and starting once keeps the suite fast). Stopped and deleted when the JVM exits.
 */
public final class SeededServer {

    private static NewsStore store;
    private static NewsServer server;
    private static LoadReport report;

    private SeededServer() {
    }

    public static synchronized NewsServer server() {
        if (server == null) {
            server = NewsServer.create().dataset(store().dataset()).port(0).build().start();
        }
        return server;
    }

    public static synchronized NewsStore store() {
        if (store == null) {
            Path dir;
            try {
                dir = Files.createTempDirectory("newsgraph-seeded-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store = NewsStore.open(dir.resolve("tdb2"));
            report = ArticleLoader.into(store).extractor(Extractor.create()).load(SeedArticles.seedFiles());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (server != null) {
                    server.stop();
                }
                store.close();
                deleteTree(dir);
            }));
        }
        return store;
    }

    public static synchronized LoadReport loadReport() {
        store();
        return report;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
