package newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms newsgraph writes ({@code http://schema.org/}, as the schema.org JSON-LD context expands). */
public final class Schema {

    public static final String NAMESPACE = "http://schema.org/";
    public static final String PREFIX = "schema";

    public static final Resource NewsArticle = term("NewsArticle");
    public static final Resource Quotation = term("Quotation");
    public static final Resource Person = term("Person");
    public static final Resource Organization = term("Organization");
    public static final Resource Place = term("Place");
    public static final Resource SoftwareApplication = term("SoftwareApplication");
    public static final Resource Enumeration = term("Enumeration");

    public static final Property headline = property("headline");
    public static final Property identifier = property("identifier");
    public static final Property text = property("text");
    public static final Property creator = property("creator");
    public static final Property about = property("about");
    public static final Property isPartOf = property("isPartOf");
    public static final Property mentions = property("mentions");
    public static final Property name = property("name");
    public static final Property alternateName = property("alternateName");
    public static final Property jobTitle = property("jobTitle");
    public static final Property memberOf = property("memberOf");
    public static final Property softwareVersion = property("softwareVersion");
    // issue 10: what the source says about the article
    public static final Property datePublished = property("datePublished");
    public static final Property dateModified = property("dateModified");
    public static final Property url = property("url");
    public static final Property inLanguage = property("inLanguage");
    public static final Property author = property("author");
    public static final Property publisher = property("publisher");
    /** The work an article is a copy of: syndicated copies of one text share it. */
    public static final Property exampleOfWork = property("exampleOfWork");
    /** An IRI outside the graph that names the same thing (Wikidata, GeoNames), as the linker decided. */
    public static final Property sameAs = property("sameAs");

    private Schema() {
    }

    private static Resource term(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }
}
