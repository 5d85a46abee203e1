package newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.RDFS;

/**
 * The ontology ({@code ontology/news.ttl}) and the output shapes ({@code ontology/shapes.ttl}) as they
 * travel in the jar, under {@code newsgraph/ontology/}. Loaded once, on first use; read-only.
 */
public final class NewsOntology {

    public static final String ONTOLOGY_RESOURCE = "newsgraph/ontology/news.ttl";
    public static final String SHAPES_RESOURCE = "newsgraph/ontology/shapes.ttl";

    private static volatile Model ontology;
    private static volatile Shapes shapes;

    private NewsOntology() {
    }

    /** The ontology as a read-only model. */
    public static Model model() {
        if (ontology == null) {
            synchronized (NewsOntology.class) {
                if (ontology == null) {
                    ontology = ModelFactory.createModelForGraph(new GraphReadOnly(load(ONTOLOGY_RESOURCE).getGraph()));
                }
            }
        }
        return ontology;
    }

    /** The SHACL shapes every article graph conforms to. */
    public static Shapes shapes() {
        if (shapes == null) {
            synchronized (NewsOntology.class) {
                if (shapes == null) {
                    shapes = Shapes.parse(load(SHAPES_RESOURCE));
                }
            }
        }
        return shapes;
    }

    /** The ontology's label of one of its terms (e.g. "direct"@en for {@code ng:Direct}). */
    public static Literal label(Resource term) {
        Statement label = model().getProperty(model().createResource(term.getURI()), RDFS.label);
        if (label == null) {
            throw new IllegalStateException("the ontology has no rdfs:label for " + term.getURI());
        }
        return label.getLiteral();
    }

    private static Model load(String resource) {
        ClassLoader loader = NewsOntology.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath (a broken build?)");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
