package newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsgraph.store.NamedQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bench report says which query files it timed: the jar's, or those of ./queries/ that differ from them. */
class QueryFilesTest {

    @TempDir
    Path temp;

    @Test
    void theReportNamesTheWorkingDirectorysQueriesThatDifferFromTheJars() throws IOException {
        Path dir = temp.resolve("queries");
        assertEquals("packaged in the jar", QueryFiles.describe(dir), "no directory");
        Files.createDirectories(dir);
        assertEquals("packaged in the jar", QueryFiles.describe(dir), "an empty one");

        String timeline = NamedQuery.fromJar("timeline").orElseThrow().text();
        Files.writeString(dir.resolve("timeline.rq"), timeline);
        assertEquals(dir + "/ before the jar's: 1 file, the same as the jar's", QueryFiles.describe(dir));

        Files.writeString(dir.resolve("outlets.rq"), NamedQuery.fromJar("outlets").orElseThrow().text() + "# edited\n");
        Files.writeString(dir.resolve("mine.rq"), "SELECT * { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        assertEquals(dir + "/ before the jar's: 3 files, these differ from the jar's: mine, outlets",
                QueryFiles.describe(dir));
    }
}
