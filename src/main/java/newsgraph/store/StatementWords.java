package newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsgraph.rdf.NG;
import newsgraph.rdf.Nif;
import newsgraph.rdf.Schema;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The statements' words as {@code statement-in-context} reads them, for its word index ({@link WordIndex}): what an
 * entry of a statement is, the stamp that ties the index to the database, and the same search over the database itself
 * for when the index is not the database's (a write not yet in it, a store this process may not write).
 *
 * <p>The stamp is a number in the stored default graph, out of sight of the queries:
 * <pre>&lt;urn:newsgraph:words&gt; &lt;urn:newsgraph:words#stamp&gt; 7 .</pre>
 * Every write transaction that changes article graphs raises it, and the index commits its changes with the new one.
 */
public final class StatementWords {

    static final String NAMESPACE = "urn:newsgraph:words";
    private static final Node INDEX = NodeFactory.createURI(NAMESPACE);
    private static final Node STAMP = NodeFactory.createURI(NAMESPACE + "#stamp");
    private static final Node QUOTATION = Schema.Quotation.asNode();
    private static final Comparator<WordIndex.Entry> ORDER = Comparator.comparing(WordIndex.Entry::article)
            .thenComparingLong(WordIndex.Entry::begin);

    private StatementWords() {
    }

    /** The database's stamp (in a transaction); 0 for a database that has none yet. */
    static long stamp(DatasetGraph dsg) {
        Iterator<Quad> found = dsg.find(Quad.defaultGraphIRI, INDEX, STAMP, Node.ANY);
        try {
            if (found.hasNext() && found.next().getObject().getLiteralValue() instanceof Number n) {
                return n.longValue();
            }
            return 0;
        } finally {
            Iter.close(found);
        }
    }

    /** Raises the database's stamp (in a write transaction) and returns the new one. */
    static long raiseStamp(DatasetGraph dsg) {
        long next = stamp(dsg) + 1;
        dsg.deleteAny(Quad.defaultGraphIRI, INDEX, STAMP, Node.ANY);
        dsg.add(Quad.defaultGraphIRI, INDEX, STAMP, NodeFactory.createLiteralDT(Long.toString(next),
                XSDDatatype.XSDinteger));
        return next;
    }

    /**
     * The entries of an article graph's statements: each {@code schema:Quotation} with words, an article and the
     * offsets of its words, as the query reads them (the first of each, where a graph has more).
     */
    static List<WordIndex.Entry> entriesOf(Node graphName, Graph graph) {
        List<WordIndex.Entry> entries = new ArrayList<>();
        Iter.forEach(graph.find(Node.ANY, RDF.type.asNode(), QUOTATION), typed -> {
            Node statement = typed.getSubject();
            Node text = objectOf(graph, statement, Schema.text.asNode());
            Node article = objectOf(graph, statement, Schema.isPartOf.asNode());
            Node content = objectOf(graph, statement, NG.content.asNode());
            Node begin = content == null ? null : objectOf(graph, content, Nif.beginIndex.asNode());
            Node end = content == null ? null : objectOf(graph, content, Nif.endIndex.asNode());
            if (statement.isURI() && text != null && text.isLiteral() && article != null && article.isURI()
                    && begin != null && begin.isLiteral() && begin.getLiteralValue() instanceof Number b
                    && end != null) {
                List<String> creators = new ArrayList<>();
                Iter.forEach(graph.find(statement, Schema.creator.asNode(), Node.ANY), t -> {
                    if (t.getObject().isURI()) {
                        creators.add(t.getObject().getURI());
                    }
                });
                entries.add(new WordIndex.Entry(graphName.getURI(), statement.getURI(), article.getURI(),
                        b.longValue(), text.getLiteralLexicalForm(), creators));
            }
        });
        return entries;
    }

    private static Node objectOf(Graph graph, Node subject, Node property) {
        Iterator<Triple> found = graph.find(subject, property, Node.ANY);
        try {
            return found.hasNext() ? found.next().getObject() : null;
        } finally {
            Iter.close(found);
        }
    }

    /** The distinct pieces of {@code length} characters of a text (none when it is shorter). */
    static Set<String> piecesOf(String text, int length) {
        Set<String> pieces = new LinkedHashSet<>();
        for (int i = 0; i + length <= text.length(); i++) {
            pieces.add(text.substring(i, i + length));
        }
        return pieces;
    }

    /**
     * Pieces of {@code length} characters that cover a text end to end, side by side (the last one overlapping where
     * the length does not divide): every one of them is a piece of any words that contain the text, and fewer pieces
     * are fewer lists for the index to read. Each hit is checked against its words anyway.
     */
    static Set<String> coveringPieces(String text, int length) {
        Set<String> pieces = new LinkedHashSet<>();
        for (int i = 0; i + length <= text.length(); i += length) {
            pieces.add(text.substring(i, i + length));
        }
        if (text.length() >= length && text.length() % length != 0) {
            pieces.add(text.substring(text.length() - length));
        }
        return pieces;
    }

    /** The words as SPARQL's {@code LCASE} has them (in this process). */
    static String lowerCased(String text) {
        return text.toLowerCase(); // as ARQ's LCASE: the default locale
    }

    /**
     * Fills the index from every named graph (the queries read their union) and commits it with the database's stamp
     * (in a read transaction, with the index's lock held by this thread).
     *
     * @return the number of statements indexed
     */
    static long build(DatasetGraph dsg, WordIndex index) {
        long count = fill(dsg, index);
        index.commit(stamp(dsg));
        return count;
    }

    /** Replaces every entry of the index by those of every named graph, uncommitted (under the index's lock). */
    static long fill(DatasetGraph dsg, WordIndex index) {
        index.clear();
        long[] count = {0};
        Iter.forEach(dsg.listGraphNodes(), graphName -> {
            if (graphName.isURI()) {
                List<WordIndex.Entry> entries = entriesOf(graphName, dsg.getGraph(graphName));
                index.replace(graphName.getURI(), entries);
                count[0] += entries.size();
            }
        });
        return count[0];
    }

    /**
     * The statements whose lower-cased words contain {@code lowerCased}, of one of {@code creators} (any, when empty), in
     * the query's order, read from every named graph (in a transaction): the index's answer, without it.
     */
    static Iterator<String> scan(DatasetGraph dsg, String lowerCased, Set<String> creators) {
        List<WordIndex.Entry> found = new ArrayList<>();
        Iter.forEach(dsg.listGraphNodes(), graphName -> {
            for (WordIndex.Entry entry : entriesOf(graphName, dsg.getGraph(graphName))) {
                if (lowerCased(entry.words()).contains(lowerCased)
                        && (creators.isEmpty() || entry.creators().stream().anyMatch(creators::contains))) {
                    found.add(entry);
                }
            }
        });
        found.sort(ORDER);
        return found.stream().map(WordIndex.Entry::statement).iterator();
    }
}
