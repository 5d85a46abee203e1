package newsgraph.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import newsgraph.identity.IdentityGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisations' keys ({@code st:voicedIn}) counted all at once, as a rebuild, an upgrade and a large load's end
 * count them, are those counted one organisation at a time, and an organisation no longer heard loses its keys.
 */
class OrganisationVoicesTest {

    @TempDir
    Path temp;

    private static final String ARTICLES = """
            @prefix schema: <http://schema.org/> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            GRAPH <http://example.org/a1> {
              <http://example.org/a1> schema:datePublished "2024-07-01"^^xsd:date .
              <http://example.org/a1/acme> a schema:Organization ; schema:name "Acme" .
              <http://example.org/a1/ann> a schema:Person ; schema:name "Ann" ; schema:memberOf <http://example.org/a1/acme> .
              <http://example.org/a1/s1> a schema:Quotation ; schema:text "one" ; schema:creator <http://example.org/a1/ann> .
            }
            GRAPH <http://example.org/a2> {
              <http://example.org/a2/acme> a schema:Organization ; schema:name "Acme" .
              <http://example.org/a2/lead> org:postIn <http://example.org/a2/acme> .
              <http://example.org/a2/hal> a schema:Person ; schema:name "Hal" ; org:holds <http://example.org/a2/lead> .
              <http://example.org/a2/s1> a schema:Quotation ; schema:text "two" ; schema:creator <http://example.org/a2/hal> .
              <http://example.org/a2/s2> a schema:Quotation ; schema:text "three" ; schema:creator <http://example.org/a2/acme> .
            }
            GRAPH <http://example.org/a3> {
              <http://example.org/a3/beta> a schema:Organization ; schema:name "Beta" .
              <http://example.org/a3/s1> a schema:Quotation ; schema:text "four" ; schema:creator <http://example.org/a3/beta> .
              <http://example.org/a3/gamma> a schema:Organization .
              <http://example.org/a3/s2> a schema:Quotation ; schema:text "five" ; schema:creator <http://example.org/a3/gamma> .
            }
            GRAPH <https://w3id.org/newsgraph/graph/identity> {
              <http://example.org/a1/acme> <http://www.w3.org/2002/07/owl#sameAs> <http://example.org/hub/acme> .
              <http://example.org/a2/acme> <http://www.w3.org/2002/07/owl#sameAs> <http://example.org/hub/acme> .
            }
            """;

    @Test
    void countingAllAtOnceGivesWhatEachGivesAndDropsWhatIsNoLongerHeard() {
        Dataset dataset = TDB2Factory.connectDataset(temp.toString());
        Txn.executeWrite(dataset, () -> RDFParser.fromString(ARTICLES, Lang.TRIG).parse(dataset.asDatasetGraph()));
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node hub = NodeFactory.createURI("http://example.org/hub/acme");
        Node beta = NodeFactory.createURI("http://example.org/a3/beta");
        Node gone = NodeFactory.createURI("http://example.org/gone");
        Set<Quad> oneByOne = Txn.calculateWrite(dataset, () -> {
            assertEquals(2, StatisticsUpdate.members(dsg, hub).size());
            for (Node real : Set.of(hub, beta, NodeFactory.createURI("http://example.org/a3/gamma"),
                    NodeFactory.createURI("http://example.org/a1/acme"))) {
                OrganisationVoices.recount(dsg, real, new Articles(dsg));
            }
            return keys(dsg);
        });
        assertEquals(3, oneByOne.size(), "Acme in a1 (a member) and a2 (a post holder, itself), Beta; not the unnamed"
                + " organisation, nor an entity with a hub on its own: " + oneByOne);
        Set<Quad> allAtOnce = Txn.calculateWrite(dataset, () -> {
            // what a stopped count could leave: a key of an organisation no longer heard, and one too many
            dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.VOICED_IN, Node.ANY);
            dsg.add(Quad.defaultGraphIRI, gone, StatisticsTerms.VOICED_IN, NodeFactory.createLiteralString("x"));
            dsg.add(Quad.defaultGraphIRI, beta, StatisticsTerms.VOICED_IN, NodeFactory.createLiteralString("y"));
            OrganisationVoices.recountAll(dsg);
            return keys(dsg);
        });
        assertEquals(oneByOne, allAtOnce);
        assertTrue(Txn.calculateRead(dataset, () -> IdentityGraph.hubsOf(dsg, NodeFactory.createURI(
                "http://example.org/a2/acme")).contains(hub)));
    }

    private static Set<Quad> keys(DatasetGraph dsg) {
        Set<Quad> keys = new HashSet<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, StatisticsTerms.VOICED_IN, Node.ANY).forEachRemaining(keys::add);
        return keys;
    }
}
