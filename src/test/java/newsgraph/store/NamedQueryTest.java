package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

public class NamedQueryTest {

    /** A tiny graph with awkward names: quotes, braces and a SPARQL keyword inside a literal. */
    private static final String DATA = """
            @prefix schema: <http://schema.org/> .
            @prefix ng: <https://w3id.org/newsgraph/ns#> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            <http://example.org/s1> a schema:Quotation ; schema:text "one" ; schema:isPartOf <http://example.org/a> ;
                schema:creator <http://example.org/p1> ; schema:about <http://example.org/p2> ; ng:content [ nif:beginIndex 0 ] .
            <http://example.org/s2> a schema:Quotation ; schema:text "two" ; schema:isPartOf <http://example.org/a> ;
                schema:creator <http://example.org/p2> ; schema:about <http://example.org/p1> ; ng:content [ nif:beginIndex 5 ] .
            <http://example.org/p1> a schema:Person ; schema:name "Seán O\\"Brien {the elder}" .
            <http://example.org/p2> a schema:Person ; schema:name "Mary Smith" ; schema:alternateName "Ms Smith" .
            """;

    public static Stream<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQueryIsDocumentedAndParses(String name) {
        NamedQuery query = NamedQuery.find(name);
        Query parsed = query.bind(Map.of());
        assertFalse(query.title().isBlank(), "a header comment says what it answers");
        assertTrue(query.text().contains("# Example:\n#   newsgraph query " + name), "the header shows an example");
        Set<String> variables = Set.copyOf(org.apache.jena.sparql.algebra.OpVars.mentionedVars(Algebra.compile(parsed))
                .stream().map(v -> v.getVarName()).toList());
        for (String param : query.documentedParameters().keySet()) {
            assertTrue(variables.contains(param), name + " documents ?" + param + " but does not use it");
        }
    }

    @Test
    void thePackagedQueriesAreTheQueriesDirectory() throws IOException {
        assertEquals(queryNames().toList(), List.copyOf(NamedQuery.packaged()));
    }

    @Test
    void aValueWithQuotesAndBracesIsDataNotSyntax() {
        Dataset data = dataset();
        String awkward = "Seán O\"Brien {the elder}";
        List<QuerySolution> rows = run(NamedQuery.find("who-said-what").bind(Map.of("speaker_name", awkward)), data);
        assertEquals(1, rows.size());
        assertEquals("one", rows.get(0).getLiteral("text").getString());

        // an injection attempt is just a name that matches nobody, and the query keeps its shape
        String attack = "x\")) } } ; DROP ALL ; SELECT * { ?s ?p ?o #";
        Query bound = NamedQuery.find("who-said-what").bind(Map.of("speaker_name", attack));
        Query plain = NamedQuery.find("who-said-what").bind(Map.of("speaker_name", "x"));
        org.apache.jena.graph.Node attackLiteral = org.apache.jena.graph.NodeFactory.createLiteralString(attack);
        org.apache.jena.graph.Node x = org.apache.jena.graph.NodeFactory.createLiteralString("x");
        assertEquals(plain, org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.transform(bound,
                node -> node.equals(attackLiteral) ? x : node), "the same query but for the value");
        assertEquals(0, run(bound, data).size());
    }

    @Test
    void anUnboundParameterMatchesAnything() {
        assertEquals(2, run(NamedQuery.find("who-said-what").bind(Map.of()), dataset()).size());
    }

    @Test
    void namesMatchCaseInsensitivelyOnAlternateNames() {
        List<QuerySolution> rows = run(NamedQuery.find("said-about").bind(Map.of("about_name", "MS SMITH")), dataset());
        assertEquals(1, rows.size());
        assertEquals("Mary Smith", rows.get(0).getLiteral("about").getString());
    }

    @Test
    void aParameterTheQueryDoesNotHaveIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NamedQuery.find("most-quoted").bind(Map.of("person_name", "Fallon")));
        assertEquals("query most-quoted has no parameter person_name", e.getMessage());

        e = assertThrows(IllegalArgumentException.class,
                () -> NamedQuery.find("said-about").bind(Map.of("nobody", "x")));
        assertEquals("query said-about has no parameter nobody; its parameters are: about_name, about_iri", e.getMessage());
    }

    /** An IRI parameter takes a well-formed absolute IRI only: nothing that could close the IRI and add syntax. */
    @Test
    void anIriParameterTakesOnlyAnAbsoluteIri() {
        NamedQuery said = NamedQuery.find("said-about");
        for (String bad : List.of("", "person/x", "http://example.org/a> } ; DROP ALL #", "http://example.org/a b",
                "http://example.org/\"x\"", "http://example.org/{x}", "x".repeat(100))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> said.bind(Map.of("about_iri", bad)), bad);
            assertTrue(e.getMessage().startsWith("parameter about_iri of query said-about must be an absolute IRI"),
                    e.getMessage());
        }
        List<QuerySolution> rows = run(said.bind(Map.of("about_iri", "http://example.org/p1")), dataset());
        assertEquals(1, rows.size());
        assertEquals("two", rows.get(0).getLiteral("text").getString());
    }

    /** The queries that page inside have the sub-query their mark promises; limit and offset land there. */
    @ParameterizedTest
    @MethodSource("queryNames")
    void aPageLandsInTheMarkedSubQueryOrAtTheTop(String name) {
        NamedQuery query = NamedQuery.find(name);
        PagedQuery paged = query.bind(Map.of(), Page.of(7, 21));
        String text = paged.query().toString();
        assertTrue(text.contains("OFFSET  21") || text.contains("OFFSET 21"), text);
        assertEquals(query.pagesInside(), paged.pagesInside());
        if (paged.pagesInside()) {
            assertTrue(text.contains("LIMIT   7") || text.contains("LIMIT 7"), text);
            assertFalse(paged.query().hasLimit() || paged.query().hasOffset(), "the outer query is not cut");
            assertTrue(paged.counting(10).toString().toLowerCase().contains("count(*)"), paged.counting(10).toString());
            assertFalse(org.apache.jena.sparql.algebra.Algebra.compile(paged.counting(10)).toString().contains("(order"),
                    "counting sorts nothing");
            assertTrue(paged.query().getQueryPattern().toString().contains("ORDER BY"), "the page keeps its order");
            List<QuerySolution> counted = run(paged.counting(10), dataset());
            assertEquals(1, counted.size(), name + " counts");
        } else {
            assertEquals(8, paged.query().getLimit(), "one row more than the page, to know whether more follow");
        }
    }

    /** Binding copies the query: a page set on one binding is not in the next. */
    @Test
    void eachBindingIsItsOwnCopy() {
        NamedQuery query = NamedQuery.find("said-about");
        String asWritten = query.bind(Map.of()).toString();
        query.bind(Map.of("about_name", "x"), Page.of(3, 9));
        query.bind(Map.of(), Page.of(5, 50));
        assertEquals(asWritten, query.bind(Map.of()).toString());
        assertTrue(asWritten.matches("(?s).*LIMIT\\s+100.*") && !asWritten.contains("OFFSET"), asWritten);
    }

    @Test
    void anUnknownNameListsTheKnownQueries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NamedQuery.find("who-said"));
        assertTrue(e.getMessage().startsWith("unknown query 'who-said'; the queries are: "), e.getMessage());
        assertTrue(e.getMessage().contains("who-said-what"), e.getMessage());
    }

    @Test
    void aQueryFileIsReadAndItsSyntaxErrorsReported(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("mine.rq"), "SELECT ?s { ?s ?p ?o } LIMIT 1");
        assertEquals("mine", NamedQuery.find(file.toString()).name());

        Path broken = Files.writeString(temp.resolve("broken.rq"), "SELECT ?s WHERE { ?s ?p }");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NamedQuery.find(broken.toString()).bind(Map.of()));
        assertTrue(e.getMessage().startsWith("query " + broken + " is not valid SPARQL: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        e = assertThrows(IllegalArgumentException.class, () -> NamedQuery.find(temp.resolve("none.rq").toString()));
        assertEquals("no such query file: " + temp.resolve("none.rq"), e.getMessage());
    }

    /** The data as the database holds it: an article's named graph, and the union of them as default graph. */
    private static Dataset dataset() {
        Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(model);
        Dataset dataset = org.apache.jena.tdb2.TDB2Factory.createDataset();
        dataset.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        org.apache.jena.system.Txn.executeWrite(dataset, () -> dataset.addNamedModel("http://example.org/a", model));
        return dataset;
    }

    private static List<QuerySolution> run(Query query, Dataset data) {
        return org.apache.jena.system.Txn.calculateRead(data, () -> {
            try (QueryExecution qe = QueryExecution.create(query, data)) {
                return org.apache.jena.atlas.iterator.Iter.toList(qe.execSelect());
            }
        });
    }
}
