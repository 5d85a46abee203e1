package newsgraph.bench;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The baseline of the loading benchmark, run in a process of its own: Jena's own bulk loader, the phased
 * loader that {@code tdb2.tdbloader} uses by default, loading N-Quads files into a new TDB2 database.
 * Prints {@code seconds=S quads=Q}: the time from opening the database to the end of the load.
 *
 * <pre>java -cp newsgraph.jar newsgraph.bench.JenaBulkLoad DB_DIR FILE.nq…</pre>
 */
public final class JenaBulkLoad {

    private JenaBulkLoad() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: JenaBulkLoad DB_DIR FILE.nq…");
            System.exit(2);
        }
        long start = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[0]);
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, values) -> { });
        loader.startBulk();
        try {
            loader.load(List.of(args).subList(1, args.length));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long quads = loader.countQuads();
        TDBInternal.expel(dsg);
        System.out.printf(java.util.Locale.ROOT, "seconds=%.3f quads=%d%n", (System.nanoTime() - start) / 1e9, quads);
    }
}
