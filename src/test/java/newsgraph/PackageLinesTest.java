package newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package lines the design promises, read from the sources: one class speaks to OpenNLP, one starts
 * Fuseki, and the command line is an edge that only the other front door (the Spark job) leans on.
 */
class PackageLinesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");

    @Test
    void onlyOneClassImportsOpenNlp() throws IOException {
        assertEquals(List.of("newsgraph/nlp/OpenNlp.java"), importersOf("opennlp."));
    }

    @Test
    void onlyOneClassStartsFuseki() throws IOException {
        assertEquals(1, importersOf("org.apache.jena.fuseki.main.FusekiServer").size(),
                () -> "FusekiServer imported by " + importersOf0("org.apache.jena.fuseki.main.FusekiServer"));
    }

    @Test
    void theCommandLineIsAnEdge() throws IOException {
        for (String file : importersOf("newsgraph.cli.")) {
            assertTrue(file.startsWith("newsgraph/cli/") || file.startsWith("newsgraph/spark/"),
                    file + " imports the command line; the command line calls the stages, not the other way round");
        }
    }

    private static List<String> importersOf0(String prefix) {
        try {
            return importersOf(prefix);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The source files (relative to src/main/java) that import a name starting with {@code prefix}. */
    private static List<String> importersOf(String prefix) throws IOException {
        Map<String, String> importers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (m.group(1).startsWith(prefix)) {
                        importers.put(SOURCES.relativize(file).toString().replace('\\', '/'), m.group(1));
                    }
                }
            }
        }
        return List.copyOf(importers.keySet());
    }
}
