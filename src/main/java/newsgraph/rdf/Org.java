package newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Organization Ontology terms newsgraph writes for roles and membership. */
public final class Org {

    public static final String NAMESPACE = "http://www.w3.org/ns/org#";
    public static final String PREFIX = "org";

    public static final Resource Organization = ResourceFactory.createResource(NAMESPACE + "Organization");
    public static final Resource Post = ResourceFactory.createResource(NAMESPACE + "Post");

    public static final Property holds = ResourceFactory.createProperty(NAMESPACE + "holds");
    public static final Property postIn = ResourceFactory.createProperty(NAMESPACE + "postIn");
    public static final Property memberOf = ResourceFactory.createProperty(NAMESPACE + "memberOf");

    private Org() {
    }
}
