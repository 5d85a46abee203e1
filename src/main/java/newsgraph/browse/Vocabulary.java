package newsgraph.browse;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newsgraph.rdf.NG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

/**
 * The labels and comments of newsgraph's terms ("direct", "pronoun" and what the rule does), from the ontology
 * graph of the store, read once per term: the ontology changes only with a new version of newsgraph.
 */
final class Vocabulary {

    private static final Node ONTOLOGY = NodeFactory.createURI(NG.ONTOLOGY);
    private final Map<Node, String> labels = new ConcurrentHashMap<>();
    private final Map<Node, String> comments = new ConcurrentHashMap<>();

    /** The English label, else the term's local name. */
    String label(Reads reads, Node term) {
        return labels.computeIfAbsent(term, t -> {
            String label = literal(reads, t, RDFS.label.asNode());
            return label != null ? label : t.isURI() ? t.getLocalName() : t.toString();
        });
    }

    /** The comment, or null ("" kept for none). */
    String comment(Reads reads, Node term) {
        String comment = comments.computeIfAbsent(term, t -> {
            String c = literal(reads, t, RDFS.comment.asNode());
            return c == null ? "" : c;
        });
        return comment.isEmpty() ? null : comment;
    }

    private static String literal(Reads reads, Node term, Node property) {
        Iterator<Quad> found = reads.dataset().find(ONTOLOGY, term, property, Node.ANY);
        while (found.hasNext()) {
            Node value = found.next().getObject();
            if (value.isLiteral()) {
                return value.getLiteralLexicalForm();
            }
        }
        return null;
    }
}
