package newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms newsgraph writes. */
public final class Prov {

    public static final String NAMESPACE = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    public static final Resource Entity = ResourceFactory.createResource(NAMESPACE + "Entity");
    public static final Resource Agent = ResourceFactory.createResource(NAMESPACE + "Agent");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NAMESPACE + "SoftwareAgent");
    public static final Resource Activity = ResourceFactory.createResource(NAMESPACE + "Activity");
    public static final Resource Plan = ResourceFactory.createResource(NAMESPACE + "Plan");

    public static final Property wasAttributedTo = ResourceFactory.createProperty(NAMESPACE + "wasAttributedTo");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NAMESPACE + "wasGeneratedBy");
    public static final Property used = ResourceFactory.createProperty(NAMESPACE + "used");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NAMESPACE + "wasDerivedFrom");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NAMESPACE + "wasAssociatedWith");

    private Prov() {
    }
}
