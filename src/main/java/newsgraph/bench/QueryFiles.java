package newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import newsgraph.store.NamedQuery;

/**
 * Which query files a run times. {@code bench}, like {@code query}, reads a named query from {@code ./queries/} before
 * the one packaged in the jar: run from a checkout whose queries differ from the jar's, it times the checkout's (in
 * stop 33 a baseline run timed new queries on an old store, and the dated ones answered nothing). The report says so.
 */
final class QueryFiles {

    private QueryFiles() {
    }

    /**
     * What the named queries are read from, given the directory a named query is looked up in first: "packaged in the
     * jar", or that directory with those of its files that differ from the jar's (or that the jar lacks).
     */
    static String describe(Path dir) {
        TreeSet<String> local = new TreeSet<>();
        TreeSet<String> differ = new TreeSet<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                    String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                    local.add(name);
                    Optional<NamedQuery> packaged = NamedQuery.fromJar(name);
                    if (packaged.isEmpty() || !packaged.get().text().equals(Files.readString(file, StandardCharsets.UTF_8))) {
                        differ.add(name);
                    }
                }
            } catch (IOException e) {
                return "packaged in the jar (" + dir + " unreadable: " + e.getMessage() + ")";
            }
        }
        if (local.isEmpty()) {
            return "packaged in the jar";
        }
        return dir + "/ before the jar's: " + local.size() + (local.size() == 1 ? " file, " : " files, ")
                + (differ.isEmpty() ? "the same as the jar's" : "these differ from the jar's: " + String.join(", ", differ));
    }
}
