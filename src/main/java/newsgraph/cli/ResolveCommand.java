package newsgraph.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsgraph.identity.Corrections;
import newsgraph.identity.IdentityGraph;
import newsgraph.identity.Resolver;
import newsgraph.store.NewsStore;
import newsgraph.text.PrintablePath;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code resolve}: recompute which entities of different articles are one real entity (the identity graph). */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Decide which entities of different articles are one real entity, over the whole database,"
            + " and replace its identity graph (" + IdentityGraph.NAME + ") in one transaction. Hubs keep their IRIs"
            + " where their members stay together. 'load' keeps identity current where that is exact and says how"
            + " many entities await a resolve.",
            "With --corrections FILE, first replace the database's corrections (" + Corrections.NAME + ") with"
                + " FILE's: owl:sameAs (one real entity) and owl:differentFrom (never one) between entity or hub"
                + " IRIs, in Turtle or N-Triples. Every later resolve applies them too.",
            "With --export DIR, also write each article graph (DIR/ID.nt) and the identity graph"
                + " (DIR/_identity.nt) as N-Triples."})
final class ResolveCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption db;

    @Option(names = "--export", paramLabel = "DIR",
            description = "Write every article graph and the identity graph as N-Triples files into DIR.")
    Path export;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "Replace the database's corrections with this file's (owl:sameAs, owl:differentFrom between"
                + " entity or hub IRIs; Turtle or N-Triples; an empty file removes them all), then resolve.")
    Path corrections;

    @Override
    public Integer call() {
        String prefix = "newsgraph resolve: ";
        Graph correctionGraph = null;
        if (corrections != null) {
            try {
                correctionGraph = Corrections.read(corrections);
            } catch (IllegalArgumentException e) {
                System.err.println(prefix + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        try (NewsStore store = NewsStore.openExisting(db.path(), DatabaseOption.openingNotices("resolve"))) {
            Resolver.Resolved done = store.resolve(correctionGraph);
            System.err.printf(Locale.ROOT, "%s%,d entities are %,d real entities; %,d hubs changed, %,d retired hubs kept;"
                            + " %,d had awaited resolve; %.1f s (database %s)%n", prefix, done.entities(), done.hubs(),
                    done.changedHubs().size(), done.retiredHubs(), done.waited(), done.millis() / 1000.0,
                    PrintablePath.of(db.path()));
            Corrections.Applied applied = done.corrections();
            if (applied.same() + applied.different() + applied.ignored().size() > 0) {
                System.err.printf(Locale.ROOT, "%scorrections applied: %,d owl:sameAs, %,d owl:differentFrom; %,d"
                        + " ignored%n", prefix, applied.same(), applied.different(), applied.ignored().size());
                applied.ignored().forEach(why -> System.err.println(prefix + "correction ignored: " + why));
            }
            if (export != null) {
                int files = export(store, export);
                System.err.printf(Locale.ROOT, "%swrote %,d article graphs and the identity graph to %s%n", prefix,
                        files, PrintablePath.of(export));
            }
            return ExitCode.OK;
        }
    }

    /** Writes each article graph as DIR/ID.nt and the identity graph as DIR/_identity.nt; returns the article count. */
    static int export(NewsStore store, Path dir) {
        int[] n = {0};
        Txn.executeRead(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            for (String name : store.articleGraphNames()) {
                Graph g = copy(dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(name)));
                String id = name.substring(name.lastIndexOf('/') + 1);
                AtomicFile.write(dir.resolve(id + ".nt"), out -> RDFDataMgr.write(out, g, Lang.NTRIPLES));
                n[0]++;
            }
            Graph identity = copy(dsg.getGraph(IdentityGraph.NODE));
            AtomicFile.write(dir.resolve("_identity.nt"), out -> RDFDataMgr.write(out, identity, Lang.NTRIPLES));
        });
        return n[0];
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
        return copy;
    }
}
