package newsgraph.browse;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.rdf.Schema;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the article graphs say of one node, across all of them: each article repeats the names and types of the
 * people it mentions, so the same triple comes once per article, and the distinct ones are few. Reading stops
 * after {@link #MAX_QUADS} quads, so a person named in a million articles costs no more than one in 50,000.
 */
final class Facts {

    /** Quads read at most for one node (about 20 ms on the 10,000-article benchmark store). */
    static final int MAX_QUADS = 50_000;

    /** schema.org terms the pages show but newsgraph does not write (yet): dates and links of other tools. */
    static final Node DATE_PUBLISHED = NodeFactory.createURI(Schema.NAMESPACE + "datePublished");
    static final Node PUBLISHER = NodeFactory.createURI(Schema.NAMESPACE + "publisher");
    static final Node AUTHOR = NodeFactory.createURI(Schema.NAMESPACE + "author");
    static final Node URL = NodeFactory.createURI(Schema.NAMESPACE + "url");
    static final Node SAME_AS = NodeFactory.createURI(Schema.NAMESPACE + "sameAs");

    private final Node subject;
    private final Map<Node, Set<Node>> values = new LinkedHashMap<>();
    private boolean cut;

    private Facts(Node subject) {
        this.subject = subject;
    }

    /** The distinct triples of the node as subject, in the named graphs. */
    static Facts of(Reads reads, Node subject) {
        Facts facts = new Facts(subject);
        Iterator<Quad> quads = reads.dataset().findNG(Node.ANY, subject, Node.ANY, Node.ANY);
        int read = 0;
        while (quads.hasNext()) {
            Quad q = quads.next();
            facts.values.computeIfAbsent(q.getPredicate(), p -> new LinkedHashSet<>()).add(q.getObject());
            if (++read % 4096 == 0) {
                reads.check();
            }
            if (read >= MAX_QUADS) {
                facts.cut = quads.hasNext();
                break;
            }
        }
        return facts;
    }

    /** Whether the node is in any article graph: as a subject, an object, or as the graph's own name. */
    static boolean known(Reads reads, Node node) {
        return reads.dataset().findNG(Node.ANY, node, Node.ANY, Node.ANY).hasNext()
                || reads.dataset().findNG(Node.ANY, Node.ANY, Node.ANY, node).hasNext()
                || reads.dataset().containsGraph(node);
    }

    /** A node's name: its first {@code schema:name}, else {@code rdfs:label}; null if it has neither. */
    static String name(Reads reads, Node node) {
        for (Node property : List.of(Schema.name.asNode(), RDFS.label.asNode())) {
            Iterator<Quad> found = reads.dataset().findNG(Node.ANY, node, property, Node.ANY);
            while (found.hasNext()) {
                Node value = found.next().getObject();
                if (value.isLiteral()) {
                    return value.getLiteralLexicalForm();
                }
            }
        }
        return null;
    }

    /** Up to {@code max} distinct triples pointing at the node, except by the given predicates. */
    static List<Triple> pointingAt(Reads reads, Node node, Set<Node> except, int max) {
        Set<Triple> found = new LinkedHashSet<>();
        Iterator<Quad> quads = reads.dataset().findNG(Node.ANY, Node.ANY, Node.ANY, node);
        int read = 0;
        while (quads.hasNext() && found.size() < max && read++ < MAX_QUADS) {
            Quad q = quads.next();
            if (!except.contains(q.getPredicate())) {
                found.add(q.asTriple());
            }
        }
        return new ArrayList<>(found);
    }

    Node subject() {
        return subject;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether reading stopped at {@link #MAX_QUADS} with quads left. */
    boolean isCut() {
        return cut;
    }

    Map<Node, Set<Node>> all() {
        return values;
    }

    List<Node> get(Node property) {
        return List.copyOf(values.getOrDefault(property, Set.of()));
    }

    /** The lexical forms of the literal values of a property. */
    List<String> texts(Node property) {
        return get(property).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).distinct().toList();
    }

    String first(Node property) {
        List<String> texts = texts(property);
        return texts.isEmpty() ? null : texts.get(0);
    }

    Set<Node> types() {
        return values.getOrDefault(RDF.type.asNode(), Set.of());
    }

    boolean is(Node type) {
        return types().contains(type);
    }

    /** The name to show: schema:name, else rdfs:label, else the IRI. */
    String title() {
        String name = first(Schema.name.asNode());
        if (name == null) {
            name = first(RDFS.label.asNode());
        }
        return name != null ? name : subject.isURI() ? subject.getURI() : subject.toString();
    }

    /** Links to the same thing elsewhere: schema:sameAs and owl:sameAs, but for the hub in this store's identity graph. */
    List<Node> sameAs() {
        List<Node> links = new ArrayList<>(get(SAME_AS));
        get(OWL.sameAs.asNode()).stream().filter(n -> !links.contains(n) && !n.equals(hub())).forEach(links::add);
        return links;
    }

    /** The real entity this article's entity is, its hub in the identity graph (issue 11), or null. */
    Node hub() {
        List<Node> hubs = get(OWL.sameAs.asNode());
        return subject.isURI() && subject.getURI().contains("/id/article/") && hubs.size() == 1 ? hubs.get(0) : null;
    }
}
