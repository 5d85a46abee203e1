package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import newsgraph.store.DiskUse;
import newsgraph.store.NewsStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compaction writes each index bottom up from its sorted records (every block full), where TDB2's own inserts every
 * quad again: the same quads, in the same order, on less disk than TDB2's compaction of the same database; and the
 * database takes writes afterwards as before.
 */
class CompactionPacksTheIndexesTest {

    @Test
    void theSameQuadsInTheSameOrderOnLessDiskThanTdb2sOwnCompactionAndWritesStillWork(@TempDir Path temp)
            throws IOException {
        Path articles = temp.resolve("articles");
        List<Path> written = SmallArticles.write(articles, 26);
        Path first24 = Files.createDirectories(temp.resolve("first"));
        for (Path article : written.subList(0, 24)) {
            Files.copy(article, first24.resolve(article.getFileName()));
        }
        Path packed = temp.resolve("packed");
        CommandRun load = CommandRun.of("load", first24.toString(), "--db", packed.toString(), "--batch-articles", "3");
        assertEquals(ExitCode.OK, load.exit(), load.toString());
        Path copied = temp.resolve("tdb2-compacted");
        copyTree(packed, copied);
        List<String> before = everyQuadInOrder(packed);

        NewsStore.Compaction done;
        try (NewsStore store = NewsStore.openExisting(packed)) {
            done = store.compact();
        }
        try (NewsStore store = NewsStore.openExisting(copied)) {
            DatabaseMgr.compact(store.dataset().asDatasetGraph(), true);
        }
        List<String> after = everyQuadInOrder(packed);
        assertTrue(before.equals(after), "every quad, in every index's order: " + before.size() + " before, "
                + after.size() + " after");
        // TDB2's compaction gives the nodes new ids, and so its indexes another order: the same quads all the same
        List<String> tdb2 = everyQuadInOrder(copied);
        assertTrue(before.stream().sorted().toList().equals(tdb2.stream().sorted().toList()), "TDB2's compaction too");
        assertEquals(List.of("Data-0002"), CompactAsItGoesTest.storageDirectories(packed), "the old copy deleted");
        long packedDisk = DiskUse.of(packed);
        long tdb2Disk = DiskUse.of(copied);
        assertTrue(packedDisk < tdb2Disk, "packed " + packedDisk + " bytes against TDB2's compaction's " + tdb2Disk);
        assertEquals(packedDisk, done.bytesAfter());

        // the node table's index was packed too: loading more finds the nodes it has and adds the ones it has not
        Path last2 = Files.createDirectories(temp.resolve("last"));
        for (Path article : written.subList(24, 26)) {
            Files.copy(article, last2.resolve(article.getFileName()));
        }
        CommandRun more = CommandRun.of("load", last2.toString(), "--db", packed.toString());
        assertEquals(ExitCode.OK, more.exit(), more.toString());
        Path fresh = temp.resolve("fresh");
        CommandRun all = CommandRun.of("load", articles.toString(), "--db", fresh.toString(), "--batch-articles", "3");
        assertEquals(ExitCode.OK, all.exit(), all.toString());
        Map<String, Graph> expected = CompactAsItGoesTest.everyGraph(fresh);
        Map<String, Graph> actual = CompactAsItGoesTest.everyGraph(packed);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, graph) -> assertTrue(actual.get(name).isIsomorphicWith(graph), name));
    }

    /** Every quad of each of the database's nine indexes, in that index's order (GSPO, then the others). */
    private static List<String> everyQuadInOrder(Path db) {
        List<String> quads = new ArrayList<>();
        try (NewsStore store = NewsStore.openExisting(db)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                dsg.find().forEachRemaining(q -> quads.add(q.toString()));
                dsg.getDefaultGraph().find().forEachRemaining(t -> quads.add(t.toString()));
                // the other indexes, each by a pattern that only it answers in order
                dsg.find(null, null, org.apache.jena.vocabulary.RDF.type.asNode(), null)
                        .forEachRemaining(q -> quads.add("POS " + q));
            });
        }
        return quads;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
