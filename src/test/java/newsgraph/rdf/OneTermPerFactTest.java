package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each fact is written once (issue 16): no fact under a property and its equivalent or super-property, no class
 * next to its own super-class, no label that repeats a name or an anchor, and none of newsgraph's aliases of
 * standard terms in the data.
 */
class OneTermPerFactTest {

    private static final DuplicateFacts DUPLICATES = new DuplicateFacts();

    @ParameterizedTest
    @EnumSource(Detail.class)
    void noFactOfTheSeedIsWrittenTwice(Detail detail) {
        Model graph = TestArticles.graph(TestArticles.seed(), detail);
        assertTrue(graph.size() > 500, "the seed's graph: " + graph.size());
        assertEquals(Set.of(), DUPLICATES.in(graph));
    }

    @TestFactory
    Stream<DynamicTest> noFactOfADevArticleIsWrittenTwice() {
        return TestArticles.devArticles().stream().flatMap(file -> Stream.of(Detail.values()).map(detail ->
                DynamicTest.dynamicTest(file.getFileName() + " " + detail.option(), () -> assertEquals(Set.of(),
                        DUPLICATES.in(TestArticles.graph(TestArticles.read(file), detail))))));
    }

    @ParameterizedTest
    @EnumSource(Detail.class)
    void noAliasOfAStandardTermIsWritten(Detail detail) {
        Model graph = TestArticles.graph(TestArticles.seed(), detail);
        Set<String> used = new TreeSet<>();
        NewsOntology.model().listSubjectsWithProperty(OWL.deprecated).forEach(alias -> {
            if (graph.contains(null, graph.createProperty(alias.getURI()), (RDFNode) null)) {
                used.add(alias.getURI());
            }
        });
        assertEquals(Set.of(), used);
        assertTrue(NewsOntology.model().listSubjectsWithProperty(OWL.deprecated).toList().size() >= 9);
    }

    /** What the mapping wrote before issue 16 (docs/graph.md at c559f22): each kind of repetition is found. */
    @Test
    void everyKindOfRepetitionTheOldMappingWroteIsFound() {
        Model old = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix schema: <http://schema.org/> .
                @prefix ng: <https://w3id.org/newsgraph/ns#> .
                @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
                @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix org: <http://www.w3.org/ns/org#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix id: <https://w3id.org/newsgraph/id/> .
                id:q a schema:Quotation , ng:Statement , prov:Entity ;
                    schema:creator id:fallon ; ng:speaker id:fallon ; prov:wasAttributedTo id:fallon ;
                    schema:about id:corbyn ; ng:about id:corbyn .
                id:m a ng:Mention , nif:RFC5147String , nif:String , ng:TextSpan , nif:Phrase ;
                    rdfs:label "he" ; nif:anchorOf "he" ; itsrdf:taIdentRef id:fallon ; ng:refersTo id:fallon .
                id:fallon a prov:Agent , schema:Person , ng:Person ; rdfs:label "Michael Fallon" ;
                    schema:name "Michael Fallon" ; org:memberOf id:tories ; schema:memberOf id:tories ;
                    schema:jobTitle "Defence Secretary" ; ng:roleTitle "Defence Secretary" .
                """, Lang.TURTLE).parse(old);
        Set<String> found = DUPLICATES.in(old);
        for (String expected : new String[] {
            "id/q: a https://w3id.org/newsgraph/ns#Statement and a http://schema.org/Quotation",
            "id/q: https://w3id.org/newsgraph/ns#speaker and http://schema.org/creator",
            "id/q: http://schema.org/creator and http://www.w3.org/ns/prov#wasAttributedTo",
            "id/q: https://w3id.org/newsgraph/ns#about and http://schema.org/about",
            "id/m: a http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#RFC5147String and a"
                    + " http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#String",
            "id/m: a https://w3id.org/newsgraph/ns#Mention and a"
                    + " http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase",
            "id/m: rdfs:label repeats http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf",
            "id/m: https://w3id.org/newsgraph/ns#refersTo and http://www.w3.org/2005/11/its/rdf#taIdentRef",
            "id/fallon: a https://w3id.org/newsgraph/ns#Person and a http://schema.org/Person",
            "id/fallon: a http://schema.org/Person and a http://www.w3.org/ns/prov#Agent",
            "id/fallon: http://schema.org/name and http://www.w3.org/2000/01/rdf-schema#label",
            "id/fallon: http://schema.org/memberOf and http://www.w3.org/ns/org#memberOf",
            "id/fallon: https://w3id.org/newsgraph/ns#roleTitle and http://schema.org/jobTitle"}) {
            assertTrue(found.stream().anyMatch(f -> f.contains(expected)), () -> expected + " not in " + found);
        }
    }

    @Test
    void aClassIsAboveItsSubClassesAndEquivalents() {
        Set<Resource> aboveSpokesperson = DUPLICATES.above(NG.Spokesperson, RDFS.subClassOf, OWL.equivalentClass);
        assertTrue(aboveSpokesperson.containsAll(Set.of(NG.Person, Schema.Person, NG.Agent, Prov.Agent)),
                aboveSpokesperson.toString());
        assertFalse(aboveSpokesperson.contains(NG.Spokesperson));
        Set<Resource> aboveCreator = DUPLICATES.above(Schema.creator, RDFS.subPropertyOf, OWL.equivalentProperty);
        assertEquals(Set.of(NG.speaker, Prov.wasAttributedTo), Set.copyOf(aboveCreator.stream()
                .map(r -> (Resource) r).toList()));
        Property name = Schema.name;
        assertTrue(DUPLICATES.above(name, RDFS.subPropertyOf, OWL.equivalentProperty).contains(RDFS.label));
        assertFalse(DUPLICATES.above(RDF.type, RDFS.subPropertyOf, OWL.equivalentProperty).contains(RDFS.label));
    }
}
