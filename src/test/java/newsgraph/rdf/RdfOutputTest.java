package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsgraph.text.Article;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format of {@code extract} gives back the graph it was written from, to Jena and to RDF4J. */
class RdfOutputTest {

    private static final Article SEED = TestArticles.seed();
    private static final String GRAPH_NAME = ArticleGraph.graphName(SEED);

    private final Model graph = TestArticles.graph(SEED);

    @ParameterizedTest
    @EnumSource(value = RdfOutput.class, names = {"TTL", "NT", "JSONLD", "RDFXML"})
    void triplesFormatsGiveTheSameGraph(RdfOutput format) {
        Model back = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(write(format))).lang(format.lang()).parse(back);
        assertEquals(graph.size(), back.size());
        assertTrue(graph.isIsomorphicWith(back), format + " changed the graph");
    }

    @ParameterizedTest
    @EnumSource(value = RdfOutput.class, names = {"NQ", "TRIG"})
    void quadsFormatsPutTheGraphInTheArticlesNamedGraph(RdfOutput format) {
        Dataset back = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(write(format))).lang(format.lang()).parse(back);
        List<String> names = new ArrayList<>();
        back.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        assertEquals(List.of(GRAPH_NAME), names);
        assertTrue(back.getDefaultModel().isEmpty(), "nothing in the default graph");
        assertTrue(graph.isIsomorphicWith(back.getNamedModel(GRAPH_NAME)), format + " changed the graph");
    }

    /** RDF4J Rio, a second and independent parser, reads every format to the same statements. */
    @ParameterizedTest
    @EnumSource(RdfOutput.class)
    void rdf4jReadsEveryFormat(RdfOutput format) throws IOException {
        RDFFormat rioFormat = switch (format) {
            case TTL -> RDFFormat.TURTLE;
            case NT -> RDFFormat.NTRIPLES;
            case NQ -> RDFFormat.NQUADS;
            case TRIG -> RDFFormat.TRIG;
            case JSONLD -> RDFFormat.JSONLD;
            case RDFXML -> RDFFormat.RDFXML;
        };
        org.eclipse.rdf4j.model.Model back = Rio.parse(new ByteArrayInputStream(write(format)), "", rioFormat);
        assertEquals(graph.size(), back.size(), format + ": statement count");

        ValueFactory vf = SimpleValueFactory.getInstance();
        IRI article = vf.createIRI(GRAPH_NAME);
        String headline = graph.createResource(GRAPH_NAME).getProperty(Schema.headline).getString();
        assertTrue(back.contains(article, vf.createIRI(Schema.headline.getURI()), vf.createLiteral(headline)),
                format + ": the headline");
        if (format.isQuads()) {
            assertEquals(1, back.contexts().size());
            assertEquals(article, back.contexts().iterator().next(), format + ": the named graph");
        }
    }

    /** XML 1.0 has no way to write most control characters, even escaped; the other formats keep them. */
    @Test
    void controlCharacterIsRefusedByRdfXmlBeforeAnythingIsWrittenAndKeptByTheOthers() {
        Model withBell = ArticleGraph.of(HandBuiltAnalysis.of("bell", "Ding\u0007 "));
        String name = Iris.article("bell");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfOutput.UnwritableCharacterException e = assertThrows(RdfOutput.UnwritableCharacterException.class,
                () -> RdfOutput.RDFXML.write(withBell, name, out));
        assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
        assertEquals(0, out.size(), "nothing written");

        for (RdfOutput format : List.of(RdfOutput.TTL, RdfOutput.NT, RdfOutput.JSONLD)) {
            ByteArrayOutputStream ok = new ByteArrayOutputStream();
            format.write(withBell, name, ok);
            Model back = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(ok.toByteArray())).lang(format.lang()).parse(back);
            assertTrue(withBell.isIsomorphicWith(back), format + " changed the graph");
        }
    }

    @Test
    void formatNamesAndExtensions() {
        assertEquals(RdfOutput.TTL, RdfOutput.parse("turtle"));
        assertEquals(RdfOutput.RDFXML, RdfOutput.parse("RDFXML"));
        assertEquals(RdfOutput.JSONLD, RdfOutput.parse("json-ld"));
        assertEquals("nq", RdfOutput.NQ.extension());
        assertThrows(IllegalArgumentException.class, () -> RdfOutput.parse("csv"));
    }

    private byte[] write(RdfOutput format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(graph, GRAPH_NAME, out);
        return out.toByteArray();
    }
}
