package newsgraph.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsgraph.text.PrintablePath;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;

/**
 * A person's word on identity, which every {@code resolve} applies before and above its rules: {@code owl:sameAs}
 * between two entities — one real entity, even where the rules would have left them apart — and
 * {@code owl:differentFrom} — never one, even where the rules would have joined them. Either side is an
 * article-scoped entity IRI or a hub IRI (then: every entity of that hub as stored before the resolve).
 *
 * <p>Kept in the store's corrections graph ({@link #NAME}) so that later resolves keep applying them; written by
 * {@code resolve --corrections FILE} (which replaces it) or by any SPARQL Update into that graph. Only those two
 * standard OWL terms between IRIs, so that the file is plain linked data any tool can write.
 */
public record Corrections(List<Pair> same, List<Pair> different) {

    /** The name of the corrections graph in a store (the same under every {@code --base}, as the identity graph's). */
    public static final String NAME = "https://w3id.org/newsgraph/graph/corrections";
    public static final Node NODE = NodeFactory.createURI(NAME);

    /** Stands for "no base": a relative IRI resolves against it, and is then refused. */
    private static final String NO_BASE = "https://relative-iri.invalid/";

    /** No corrections. */
    public static final Corrections NONE = new Corrections(List.of(), List.of());

    /** Two IRIs a correction is about. */
    public record Pair(String a, String b) {

        String show(String term) {
            return "<" + a + "> " + term + " <" + b + ">";
        }
    }

    public Corrections {
        same = List.copyOf(same);
        different = List.copyOf(different);
    }

    public boolean isEmpty() {
        return same.isEmpty() && different.isEmpty();
    }

    /** The corrections stored in a store (in a transaction). */
    public static Corrections of(DatasetGraph dsg) {
        return of(dsg.getGraph(NODE));
    }

    /** The corrections a graph states (its other triples are not corrections; {@link #read} refuses them). */
    public static Corrections of(Graph g) {
        List<Pair> same = new ArrayList<>();
        List<Pair> different = new ArrayList<>();
        g.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getSubject().isURI() || !t.getObject().isURI()) {
                return;
            }
            Pair p = new Pair(t.getSubject().getURI(), t.getObject().getURI());
            if (t.getPredicate().equals(OWL.sameAs.asNode())) {
                same.add(p);
            } else if (t.getPredicate().equals(OWL.differentFrom.asNode())) {
                different.add(p);
            }
        });
        // one order whatever the store's: a resolve of an unchanged store changes nothing
        java.util.Comparator<Pair> order = java.util.Comparator.comparing(Pair::a).thenComparing(Pair::b);
        same.sort(order);
        different.sort(order);
        return new Corrections(same, different);
    }

    /**
     * Reads a file of corrections: Turtle, N-Triples or any RDF syntax its extension names (Turtle when it names
     * none), of {@code owl:sameAs} and {@code owl:differentFrom} triples between IRIs and nothing else. Never
     * fetches anything (a relative IRI or a remote context is an error, not a download).
     *
     * @throws IllegalArgumentException with a one-line message naming the file (and the line where the parser knows it)
     */
    public static Graph read(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString(), Lang.TURTLE);
        if (!List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML).contains(lang)) {
            throw new IllegalArgumentException(PrintablePath.of(file) + ": write corrections as Turtle (.ttl) or"
                    + " N-Triples (.nt): owl:sameAs and owl:differentFrom triples, not " + lang.getLabel());
        }
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(lang).base(NO_BASE).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                    .parse(g);
        } catch (IOException e) {
            throw new IllegalArgumentException(PrintablePath.of(file) + ": cannot be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        } catch (RiotException e) {
            throw new IllegalArgumentException(PrintablePath.of(file) + ": not " + lang.getLabel() + ": "
                    + oneLine(e.getMessage()));
        }
        for (Triple t : g.find().toList()) {
            boolean term = t.getPredicate().equals(OWL.sameAs.asNode())
                    || t.getPredicate().equals(OWL.differentFrom.asNode());
            if (!term || !isAbsolute(t.getSubject()) || !isAbsolute(t.getObject())) {
                throw new IllegalArgumentException(PrintablePath.of(file) + ": only owl:sameAs and owl:differentFrom"
                        + " between two absolute IRIs are corrections, not " + shorten(t));
            }
        }
        return g;
    }

    /** Replaces the corrections graph of a store with {@code corrections} (in a write transaction). */
    public static void replace(DatasetGraph dsg, Graph corrections) {
        dsg.deleteAny(NODE, Node.ANY, Node.ANY, Node.ANY);
        corrections.find().forEachRemaining(t -> dsg.add(NODE, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Whether a correction names this entity (in a transaction): {@code load} then leaves it to {@code resolve}. */
    static boolean mentions(DatasetGraph dsg, Node entity) {
        return dsg.contains(NODE, entity, Node.ANY, Node.ANY) || dsg.contains(NODE, Node.ANY, Node.ANY, entity);
    }

    private static boolean isAbsolute(Node n) {
        return n.isURI() && !n.getURI().startsWith(NO_BASE);
    }

    private static String shorten(Triple t) {
        String s = t.getSubject() + " " + t.getPredicate() + " " + t.getObject();
        s = s.replace(NO_BASE, "");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static String oneLine(String message) {
        String m = message == null ? "syntax error" : message.replaceAll("\\s+", " ").trim();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** What a resolve did with the corrections: how many of each it applied, and each it could not, with why. */
    public record Applied(int same, int different, List<String> ignored) {

        public static final Applied NONE = new Applied(0, 0, List.of());

        public Applied {
            ignored = List.copyOf(ignored);
        }
    }
}
