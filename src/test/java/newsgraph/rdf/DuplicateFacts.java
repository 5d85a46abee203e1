package newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Facts a graph states twice, as the ontology ({@code ontology/news.ttl}) and the standard vocabularies' own
 * hierarchy ({@code standard-hierarchy.ttl}) tell: the same subject and object under a property and another
 * that is equivalent to it or a super-property of it; a class next to one of its own super-classes (or
 * equivalents); an rdfs:label that repeats another value of the same node (a name, an anchor).
 */
final class DuplicateFacts {

    private final Model hierarchy = ModelFactory.createDefaultModel();

    DuplicateFacts() {
        hierarchy.add(NewsOntology.model());
        try (InputStream in = DuplicateFacts.class.getResourceAsStream("/newsgraph/standard-hierarchy.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(hierarchy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each fact written twice, one line each ("subject: a C and a D", "subject: p and q → object"). */
    Set<String> in(Model graph) {
        Set<String> found = new TreeSet<>();
        for (Statement t : graph.listStatements().toList()) {
            Resource s = t.getSubject();
            RDFNode o = t.getObject();
            if (t.getPredicate().equals(RDF.type)) {
                if (o.isURIResource()) {
                    for (Resource up : above(o.asResource(), RDFS.subClassOf, OWL.equivalentClass)) {
                        if (graph.contains(s, RDF.type, up)) {
                            found.add(s + ": a " + o + " and a " + up);
                        }
                    }
                }
                continue;
            }
            for (Resource up : above(t.getPredicate(), RDFS.subPropertyOf, OWL.equivalentProperty)) {
                Property q = graph.createProperty(up.getURI());
                if (graph.contains(s, q, o)) {
                    found.add(s + ": " + t.getPredicate() + " and " + q + " → " + o);
                }
            }
            if (t.getPredicate().equals(RDFS.label)) {
                for (Statement other : s.listProperties().toList()) {
                    if (!other.getPredicate().equals(RDFS.label) && other.getObject().equals(o)) {
                        found.add(s + ": rdfs:label repeats " + other.getPredicate() + " → " + o);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The terms above {@code term}: its super-terms through {@code up}, and its equivalents through
     * {@code equivalent} either way, transitively; not the term itself.
     */
    Set<Resource> above(Resource term, Property up, Property equivalent) {
        Set<Resource> seen = new LinkedHashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(hierarchy.createResource(term.getURI())));
        while (!todo.isEmpty()) {
            Resource t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            for (RDFNode n : hierarchy.listObjectsOfProperty(t, up).andThen(hierarchy.listObjectsOfProperty(t, equivalent))
                    .toList()) {
                if (n.isURIResource()) {
                    todo.add(n.asResource());
                }
            }
            for (Resource n : hierarchy.listSubjectsWithProperty(equivalent, t).toList()) {
                if (n.isURIResource()) {
                    todo.add(n);
                }
            }
        }
        seen.remove(hierarchy.createResource(term.getURI()));
        return seen;
    }
}
