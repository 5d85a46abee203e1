package newsgraph.rdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;

/** Reading the ontology's hierarchy in tests. */
final class Ontologies {

    private Ontologies() {
    }

    /**
     * The standard (non-ng:) super-classes or super-properties of a term, and the standard terms it is
     * equivalent to, following rdfs:subClassOf, rdfs:subPropertyOf, owl:equivalentClass and
     * owl:equivalentProperty through our own terms only.
     */
    static Set<Resource> standardSuperTerms(Model ontology, Resource term) {
        Set<Resource> standard = new LinkedHashSet<>();
        Set<Resource> seen = new LinkedHashSet<>();
        Deque<Resource> todo = new ArrayDeque<>();
        todo.add(ontology.createResource(term.getURI()));
        while (!todo.isEmpty()) {
            Resource t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            for (Property p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty)) {
                for (RDFNode up : ontology.listObjectsOfProperty(t, p).toList()) {
                    if (!up.isURIResource()) {
                        continue;
                    }
                    if (up.asResource().getURI().startsWith(NG.NAMESPACE)) {
                        todo.add(up.asResource());
                    } else {
                        standard.add(up.asResource());
                    }
                }
            }
        }
        return standard;
    }
}
