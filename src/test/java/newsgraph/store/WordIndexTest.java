package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.text.Article;
import newsgraph.text.ArticleMetadata;
import newsgraph.text.NewsDate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code statement-in-context} reads the statements whose words contain a text from the word index ({@link WordIndex})
 * a page at a time, and each page is the one the query gives without it (as another SPARQL engine runs it: every
 * statement read); an index that a write did not reach is never read, and the next open fills it again.
 */
class WordIndexTest {

    private static final int COPIES = 7;

    @TempDir
    static Path temp;
    private static NewsStore store;

    @BeforeAll
    static void loadCopiesOfTheSeed() throws Exception {
        store = NewsStore.open(temp.resolve("db"));
        store.replaceAll(copies(COPIES, "copy"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Map<Article, Model> copies(int count, String prefix) throws Exception {
        String text = Files.readString(SeedArticles.SEED);
        Extractor extractor = Extractor.create();
        Map<Article, Model> graphs = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            Article copy = new Article(String.format("%s-%02d", prefix, i), text, new ArticleMetadata(null,
                    new NewsDate("2017-05-20T09:30:00Z"), null, null, "en-GB", List.of(), null, null));
            graphs.put(copy, ArticleGraph.of(extractor.extract(copy)));
        }
        return graphs;
    }

    @Test
    void everyPageFromTheIndexIsThePageReadWithoutIt() {
        assertTrue(indexIsCurrent(store), "the index is the database's after the load");
        int checked = 0;
        // "" every statement; a word in every statement; mixed case; one and two letters (no piece of three: every
        // statement gone through); across words; spaces; none
        for (String words : List.of("", "the", "FEEBLER", "e", "ed", "corbyn ", " a ", "the conservatives", "zzq")) {
            List<List<String>> whole = rows(store, words, Page.of(1000, 0), false);
            assertEquals(whole, rows(store, words, Page.of(1000, 0), true), "the whole answer for '" + words + "'");
            for (int[] page : new int[][] {{1, 0}, {2, 1}, {3, 7}, {7, 45}, {100, 0}, {100, 100}, {13, 50}}) {
                List<List<String>> fromIndex = rows(store, words, Page.of(page[0], page[1]), true);
                List<List<String>> expected = whole.subList(Math.min(page[1], whole.size()),
                        Math.min(page[1] + page[0], whole.size()));
                assertEquals(expected, fromIndex, "'" + words + "', " + page[0] + " from " + page[1]);
                assertEquals(expected, rows(store, words, Page.of(page[0], page[1]), false));
                checked += fromIndex.size();
            }
        }
        assertTrue(checked > 500, "pages with rows: " + checked);
        assertEquals(COPIES, rows(store, "feebler", Page.of(1000, 0), true).size(),
                "one statement of the seed has 'feebler', in each copy");
    }

    @Test
    void thePagesComeInArticleOrderThenReadingOrder() {
        List<List<String>> all = rows(store, "", Page.of(1000, 0), true);
        List<String> keys = new ArrayList<>();
        for (List<String> row : all) {
            keys.add(row.get(row.size() - 1) + String.format(" %08d", Integer.parseInt(row.get(2))));
        }
        assertEquals(keys.stream().sorted().toList(), keys);
        assertEquals(COPIES * statementsOfTheSeed(), all.size());
    }

    /** With a speaker, the index gives the statements of their entities (by name or IRI) a page at a time too. */
    @Test
    void aSpeakersPagesFromTheIndexAreThePagesReadWithoutIt() {
        String fallon = Txn.calculateRead(store.dataset(), () -> {
            var found = store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY,
                    NodeFactory.createURI("http://schema.org/name"), NodeFactory.createLiteralString("Michael Fallon"));
            return found.next().getSubject().getURI();
        });
        int checked = 0;
        for (Map<String, String> params : List.of(Map.of("speaker_name", "fallon"),
                Map.of("speaker_name", "FALLON", "text_contains", "russia"), Map.of("speaker_iri", fallon),
                Map.of("speaker_iri", fallon, "text_contains", "e"), Map.of("speaker_name", "corbyn"),
                Map.of("speaker_name", "nobody of that name"), Map.of("speaker_name", "fallon", "text_contains", "zzq"))) {
            List<List<String>> whole = rows(store, params, Page.of(1000, 0), false);
            assertEquals(whole, rows(store, params, Page.of(1000, 0), true), params.toString());
            for (int[] page : new int[][] {{1, 0}, {3, 2}, {10, 9}, {100, 0}}) {
                List<List<String>> expected = whole.subList(Math.min(page[1], whole.size()),
                        Math.min(page[1] + page[0], whole.size()));
                assertEquals(expected, rows(store, params, Page.of(page[0], page[1]), true), params + " " + page[0]
                        + " from " + page[1]);
                checked += expected.size();
            }
        }
        assertTrue(checked > 50, "pages with rows: " + checked);
        List<List<String>> said = rows(store, Map.of("speaker_name", "fallon", "text_contains", "corbyn"),
                Page.of(100, 0), true);
        assertFalse(said.isEmpty());
        assertTrue(said.stream().allMatch(r -> r.get(0).contains("Fallon") && r.get(1).toLowerCase().contains("corbyn")));
    }

    /**
     * A crash after the database's commit and before the index's leaves the index behind: the database's stamp is not
     * the index's, so the query reads the database (the new statement is found); the next open fills the index again.
     */
    @Test
    void anIndexThatAWriteDidNotReachIsNeverReadAndTheNextOpenFillsIt() throws Exception {
        Path db = temp.resolve("behind");
        NewsStore behind = NewsStore.open(db);
        behind.replaceAll(copies(2, "behind"));
        assertTrue(indexIsCurrent(behind));
        Node graph = NodeFactory.createURI("urn:test:written-around-the-index");
        // what a crash between the two commits leaves: the database written and its stamp raised, the index not
        Txn.executeWrite(behind.dataset(), () -> {
            DatasetGraph dsg = behind.dataset().asDatasetGraph();
            quotation(dsg, graph, "The xylophone question will not go away");
            StatementWords.raiseStamp(dsg);
        });
        List<List<String>> found = rows(behind, "XYLOPHONE", Page.of(100, 0), true);
        assertEquals(1, found.size(), "read from the database: " + found);
        assertFalse(indexIsCurrent(behind));
        assertEquals(rows(behind, "", Page.of(1000, 0), false), rows(behind, "", Page.of(1000, 0), true));
        Map<String, String> fallon = Map.of("speaker_name", "fallon", "text_contains", "russia");
        assertEquals(rows(behind, fallon, Page.of(1000, 0), false), rows(behind, fallon, Page.of(1000, 0), true));
        assertFalse(rows(behind, fallon, Page.of(1000, 0), true).isEmpty());
        behind.close();

        NewsStore reopened = NewsStore.open(db);
        try {
            assertTrue(indexIsCurrent(reopened), "filled again when opened");
            assertEquals(found, rows(reopened, "xylophone", Page.of(100, 0), true));
            assertEquals(rows(reopened, "", Page.of(1000, 0), false), rows(reopened, "", Page.of(1000, 0), true));
        } finally {
            reopened.close();
        }
    }

    /**
     * A write around newsgraph (another tool on the TDB2 files) raises no stamp, so the index cannot tell: {@code stats
     * --rebuild} fills it again.
     */
    @Test
    void statsRebuildFillsTheIndexAgainAfterAWriteAroundNewsgraph() throws Exception {
        Path db = temp.resolve("around");
        try (NewsStore around = NewsStore.open(db)) {
            around.replaceAll(copies(2, "around"));
            Txn.executeWrite(around.dataset(), () -> quotation(around.dataset().asDatasetGraph(),
                    NodeFactory.createURI("urn:test:written-by-another-tool"), "The xylophone question again"));
            assertEquals(List.of(), rows(around, "xylophone", Page.of(100, 0), true), "the index cannot tell");
        }
        assertEquals(0, newsgraph.cli.Main.run("stats", "--rebuild", "--db", db.toString()));
        try (NewsStore around = NewsStore.openExisting(db)) {
            assertTrue(indexIsCurrent(around));
            assertEquals(1, rows(around, "xylophone", Page.of(100, 0), true).size());
            assertEquals(rows(around, "", Page.of(1000, 0), false), rows(around, "", Page.of(1000, 0), true));
        }
    }

    @Test
    void aReplacedArticleReplacesItsEntries() throws Exception {
        Path db = temp.resolve("replaced");
        NewsStore replaced = NewsStore.open(db);
        try {
            replaced.replaceAll(copies(3, "replaced"));
            assertEquals(3, rows(replaced, "feebler", Page.of(100, 0), true).size());
            Article other = new Article("replaced-02", """
                    Harbour plans delayed again

                    The harbour master, Ottoline Quarrender, said the new quay would not open before the spring. "The \
                    tide will not wait for anyone," Quarrender said on Tuesday.
                    """, new ArticleMetadata(null, new NewsDate("2017-05-21T09:30:00Z"), null, null, "en-GB",
                    List.of(), null, null));
            replaced.replace(other, ArticleGraph.of(Extractor.create().extract(other)));
            assertTrue(indexIsCurrent(replaced));
            assertEquals(2, rows(replaced, "feebler", Page.of(100, 0), true).size(), "the replaced copy's entries go");
            assertEquals(1, rows(replaced, "tide will not", Page.of(100, 0), true).size(), "its new ones come");
            assertEquals(rows(replaced, "", Page.of(1000, 0), false), rows(replaced, "", Page.of(1000, 0), true));
        } finally {
            replaced.close();
        }
    }

    private static void quotation(DatasetGraph dsg, Node graph, String text) {
        Node statement = NodeFactory.createURI(graph.getURI() + "#s1");
        Node content = NodeFactory.createURI(graph.getURI() + "#c1");
        dsg.add(graph, statement, node("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                node("http://schema.org/Quotation"));
        dsg.add(graph, statement, node("http://schema.org/text"), NodeFactory.createLiteralString(text));
        dsg.add(graph, statement, node("http://schema.org/isPartOf"), graph);
        dsg.add(graph, statement, node("https://w3id.org/newsgraph/ns#content"), content);
        dsg.add(graph, content, node("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex"),
                NodeFactory.createLiteralDT("5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
        dsg.add(graph, content, node("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex"),
                NodeFactory.createLiteralDT("44", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static int statementsOfTheSeed() {
        return 16;
    }

    private static boolean indexIsCurrent(NewsStore store) {
        return store.wordIndexIsCurrent();
    }

    private static List<List<String>> rows(NewsStore store, String words, Page page, boolean withIndex) {
        return rows(store, words.isEmpty() ? Map.of() : Map.of("text_contains", words), page, withIndex);
    }

    /**
     * The query's rows, every column as text; without the index, it runs as on another SPARQL engine: without the two
     * property functions, so that it reads every statement itself.
     */
    static List<List<String>> rows(NewsStore store, Map<String, String> params, Page page, boolean withIndex) {
        Query query = NamedQuery.find("statement-in-context").bind(params, page).query();
        PropertyFunctionRegistry functions = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        if (!withIndex) {
            functions.remove(WordSearch.CONTAINING);
            functions.remove(WordSearch.SEARCHABLE);
        }
        Dataset dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.create().query(query).dataset(dataset)
                    .set(ARQConstants.registryPropertyFunctions, functions).build()) {
                ResultSet results = execution.execSelect();
                List<List<String>> rows = new ArrayList<>();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    List<String> values = new ArrayList<>();
                    for (String var : results.getResultVars()) {
                        RDFNode value = row.get(var);
                        values.add(value == null ? "" : value.isLiteral() ? value.asLiteral().getLexicalForm()
                                : value.toString());
                    }
                    rows.add(values);
                }
                // a page without its own limit carries one row more, which tells whether more follow
                return page.limit() > 0 && rows.size() > page.limit() ? rows.subList(0, (int) page.limit()) : rows;
            }
        });
    }
}
