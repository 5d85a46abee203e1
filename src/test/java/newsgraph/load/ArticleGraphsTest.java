package newsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.text.ArticleReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction on several threads: the same graphs as one at a time, in the files' order. */
class ArticleGraphsTest {

    private static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");

    @TempDir
    Path temp;

    @Test
    void manyThreadsGiveTheSameGraphsInFileOrderAndRefusedFilesInPlace() throws Exception {
        Extractor extractor = Extractor.create();
        String alone = nTriples(ArticleGraph.of(extractor.extract(new ArticleReader().read(SEED))));
        Path empty = Files.writeString(temp.resolve("empty.txt"), "\n");
        List<Path> files = new ArrayList<>(List.of(SEED, SEED, SEED, empty, SEED, SEED, SEED, SEED));

        List<ArticleExtraction.Outcome> results = new ArrayList<>();
        try (ArticleGraphs graphs = ArticleGraphs.of(files, new ArticleExtraction(new ArticleReader(), extractor), 4)) {
            graphs.forEachRemaining(results::add);
        }

        assertEquals(files, results.stream().map(ArticleExtraction.Outcome::file).toList());
        for (ArticleExtraction.Outcome r : results) {
            if (r.file().equals(empty)) {
                assertTrue(r.failed() && r.problem().startsWith(empty + ": empty"), String.valueOf(r.problem()));
            } else {
                assertFalse(r.failed(), r.problem());
                // the extractor shares its models and lists between threads: the output must not change
                assertEquals(alone, nTriples(r.graph()));
            }
        }
    }

    private static String nTriples(Model graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES_UTF8);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().reduce("", (a, b) -> a + b + "\n");
    }
}
