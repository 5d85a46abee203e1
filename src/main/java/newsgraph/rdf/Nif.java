package newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF 2.0 core terms newsgraph writes for text and offsets, and ITS 2.0's entity link. */
public final class Nif {

    public static final String NAMESPACE = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PREFIX = "nif";
    public static final String ITSRDF_NAMESPACE = "http://www.w3.org/2005/11/its/rdf#";

    public static final Resource Context = ResourceFactory.createResource(NAMESPACE + "Context");
    public static final Resource String = ResourceFactory.createResource(NAMESPACE + "String");
    public static final Resource Phrase = ResourceFactory.createResource(NAMESPACE + "Phrase");
    public static final Resource Paragraph = ResourceFactory.createResource(NAMESPACE + "Paragraph");
    public static final Resource RFC5147String = ResourceFactory.createResource(NAMESPACE + "RFC5147String");

    public static final Property isString = ResourceFactory.createProperty(NAMESPACE + "isString");
    public static final Property beginIndex = ResourceFactory.createProperty(NAMESPACE + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NAMESPACE + "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NAMESPACE + "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NAMESPACE + "referenceContext");

    /** itsrdf:taIdentRef: the entity a mention identifies. */
    public static final Property taIdentRef = ResourceFactory.createProperty(ITSRDF_NAMESPACE + "taIdentRef");

    private Nif() {
    }
}
