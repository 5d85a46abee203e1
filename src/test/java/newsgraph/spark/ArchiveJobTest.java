package newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsgraph.cli.Main;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive job in Spark local mode ({@code local[2]}) on the seed articles, articles written here (one in a
 * sub-directory, an HTML page, one whose name has a dot in its stem), {@code ../shared/eval/dev} when it exists,
 * and three bad files: its N-Quads are {@code extract --format nq}'s, graph by graph; its tables hold the rows
 * of each article; the bad files are rows of {@code failures}; the extractor is loaded once in this JVM.
 */
@Tag("spark")
class ArchiveJobTest {

    private static final String STORY = """
            Harbour plan wins council vote

            The city council approved the harbour plan on Tuesday.

            "This is the best day for the harbour in fifty years," said Maria Okafor, the council's leader.

            Opponents said the plan would raise rents. Okafor said the council would publish its costs next month.
            """;
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Rail strike ends</title></head>
            <body><nav>Home | News</nav><article><h1>Rail strike ends</h1>
            <p>&ldquo;We have an agreement,&rdquo; said Tomas Lindqvist, the union&rsquo;s secretary.</p>
            <p>The railway company said trains would run normally from Monday.</p></article>
            <footer>Copyright</footer></body></html>
            """;

    @TempDir
    static Path dir;
    static Path input;
    static Path output;
    static SparkSession spark;
    static ArchiveJob.Summary summary;
    static List<Path> goodFiles = new ArrayList<>();
    /** extract --format nq, graph name to graph. */
    static Map<String, Graph> expected = new HashMap<>();
    static Map<String, Article> articles = new HashMap<>();

    @BeforeAll
    static void runJobAndExtract() throws Exception {
        input = dir.resolve("input");
        Files.createDirectories(input.resolve("written/nested"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                goodFiles.add(Files.copy(seed, input.resolve(seed.getFileName())));
            }
        }
        goodFiles.add(Files.writeString(input.resolve("written/harbour.v2.txt"), STORY));
        goodFiles.add(Files.writeString(input.resolve("written/nested/rail.html"), PAGE));
        Path dev = Path.of("../shared/eval/dev/gum");
        if (Files.isDirectory(dev)) {
            Files.createDirectories(input.resolve("dev"));
            try (Stream<Path> files = Files.list(dev)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    goodFiles.add(Files.copy(f, input.resolve("dev").resolve(f.getFileName())));
                }
            }
        }
        Files.write(input.resolve("written/empty.txt"), new byte[0]);
        Files.write(input.resolve("written/binary.txt"), new byte[] {'a', 'b', 0, 1, 2, 'c'});
        Files.write(input.resolve("written/latin1.txt"), "Caf\u00e9 owners said prices would rise.\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        spark = SparkSession.builder().master("local[2]").appName("newsgraph archive test")
                .config("spark.ui.enabled", "false").config("spark.rdd.compress", "true")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        output = dir.resolve("output");
        summary = ArchiveJob.run(spark, new ArchiveJob.Options(input.toUri().toString(), output.toUri().toString(),
                0, false), ArticleSource.standard());

        Path quads = dir.resolve("expected");
        List<String> args = new ArrayList<>(List.of("extract", "--format", "nq", "--output-dir", quads.toString()));
        goodFiles.forEach(f -> args.add(f.toString()));
        assertEquals(0, quietly(() -> Main.run(args.toArray(String[]::new))), "extract of the good files");
        try (Stream<Path> files = Files.list(quads)) {
            for (Path nq : files.toList()) {
                DatasetGraph ds = RDFDataMgr.loadDatasetGraph(nq.toString());
                ds.listGraphNodes().forEachRemaining(g -> expected.put(g.getURI(), ds.getGraph(g)));
            }
        }
        ArticleReader reader = new ArticleReader();
        for (Path f : goodFiles) {
            Article a = reader.read(f);
            articles.put(a.id(), a);
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyGraphIsIsomorphicToExtractsGraph() {
        DatasetGraph job = DatasetGraphFactory.createTxnMem();
        List<Path> parts = list(output.resolve(ArchiveJob.NQUADS), ".nq.gz");
        // with the dev articles (../shared/eval, not in a clean clone) there is enough text for several parts
        assertTrue(parts.size() > 1 || !Files.isDirectory(Path.of("../shared/eval/dev/gum")),
                "the files are split over several partitions, each writing a part: " + parts);
        parts.forEach(p -> RDFDataMgr.read(job, p.toString()));
        Set<String> names = new TreeSet<>();
        job.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
        assertEquals(new TreeSet<>(expected.keySet()), names, "the same named graphs as extract");
        assertEquals(goodFiles.size(), names.size(), "one graph per good file");
        assertTrue(job.getDefaultGraph().isEmpty(), "nothing outside the named graphs");
        assertTrue(!Files.exists(output.resolve(ArchiveJob.WORK)), "the work table is deleted at the end");
        for (String name : names) {
            Graph graph = job.getGraph(NodeFactory.createURI(name));
            assertTrue(graph.isIsomorphicWith(expected.get(name)), "graph " + name + " as extract writes it");
        }
    }

    @Test
    void theIdsAreExtractsAlsoForADotInTheStemAndAnHtmlPage() {
        assertTrue(expected.containsKey(newsgraph.rdf.Iris.article(id("harbour.v2"))), expected.keySet().toString());
        assertTrue(expected.containsKey(newsgraph.rdf.Iris.article(id("rail"))), expected.keySet().toString());
    }

    @Test
    void theArticlesTableHasARowPerGraph() {
        List<Row> rows = spark.read().parquet(output.resolve(ArchiveJob.ARTICLES).toString()).collectAsList();
        assertEquals(expected.keySet(), rows.stream().map(r -> r.<String>getAs("article_iri")).collect(Collectors.toSet()));
        Row harbour = rows.stream().filter(r -> r.getAs("article_id").equals(id("harbour.v2"))).findFirst().orElseThrow();
        assertEquals("Harbour plan wins council vote", harbour.getAs("headline"));
        assertTrue(harbour.<String>getAs("source").endsWith("written/harbour.v2.txt"), harbour.toString());
        assertNull(harbour.<String>getAs("date"), "no date until the readers give one");
        assertEquals(articles.get(id("harbour.v2")).text().length(), (int) harbour.getAs("characters"));
    }

    @Test
    void statementRowsSayWhoSaidWhatAndPointIntoTheText() {
        List<Row> rows = spark.sql("SELECT * FROM parquet.`" + output.resolve(ArchiveJob.STATEMENTS) + "`")
                .collectAsList();
        assertTrue(rows.size() > 10, "statements of all the articles: " + rows.size());
        Map<String, Long> perArticle = rows.stream().collect(Collectors.groupingBy(r -> r.getAs("article_id"),
                Collectors.counting()));
        assertEquals(summary.statements(), rows.size());
        for (Row r : rows) {
            String id = r.getAs("article_id");
            Article article = articles.get(id);
            assertNotNull(article, id);
            Graph graph = expected.get(r.<String>getAs("article_iri"));
            assertEquals(article.text().substring(r.getAs("content_begin"), r.getAs("content_end")),
                    r.getAs("content"), "content at its offsets");
            assertTrue(inGraph(graph, r.getAs("statement_iri")), "the statement is in the graph: " + r);
            if (r.getAs("speaker_iri") != null) {
                assertTrue(inGraph(graph, r.getAs("speaker_iri")), "the speaker is in the graph: " + r);
            }
            if (r.getAs("cue") != null) {
                assertEquals(article.text().substring(r.getAs("cue_begin"), r.getAs("cue_end")), r.getAs("cue"));
            }
            for (String about : r.<String>getList(r.fieldIndex("about_iris"))) {
                assertTrue(inGraph(graph, about), "what it is about is in the graph: " + about);
            }
        }
        assertTrue(perArticle.get(id("harbour.v2")) >= 2, perArticle.toString());
        Row quote = rows.stream().filter(r -> r.getAs("article_id").equals(id("harbour.v2"))
                && "direct".equals(r.getAs("kind"))).findFirst().orElseThrow();
        assertEquals("This is the best day for the harbour in fifty years,", quote.getAs("content"));
        assertEquals("Maria Okafor", quote.getAs("speaker_name"));
        assertEquals("person", quote.getAs("speaker_type"));
        assertEquals("said", quote.getAs("cue"));
        assertEquals(newsgraph.rdf.Iris.localEntity(id("harbour.v2"), newsgraph.names.EntityType.PERSON, "Maria Okafor"),
                quote.getAs("speaker_iri"));
        Row html = rows.stream().filter(r -> r.getAs("article_id").equals(id("rail"))).findFirst().orElseThrow();
        assertEquals("Tomas Lindqvist", html.getAs("speaker_name"));
    }

    @Test
    void entityAndMentionRowsNameThePeopleAndWhereTheyAreMentioned() {
        List<Row> entities = spark.read().parquet(output.resolve(ArchiveJob.ENTITIES).toString())
                .where("article_id = '" + id("harbour.v2") + "' AND type = 'person'").collectAsList();
        Row okafor = entities.stream().filter(r -> r.getAs("name").equals("Maria Okafor")).findFirst().orElseThrow();
        assertEquals(newsgraph.rdf.Iris.localEntity(id("harbour.v2"), newsgraph.names.EntityType.PERSON, "Maria Okafor"),
                okafor.getAs("entity_iri"));
        assertTrue((int) okafor.getAs("mentions") >= 2, okafor.toString());
        List<Row> mentions = spark.read().parquet(output.resolve(ArchiveJob.MENTIONS).toString())
                .where("entity_iri = '" + okafor.getAs("entity_iri") + "'").collectAsList();
        assertEquals((int) okafor.getAs("mentions"), mentions.size());
        String text = articles.get(id("harbour.v2")).text();
        for (Row m : mentions) {
            assertEquals(text.substring(m.getAs("begin"), m.getAs("end")), m.getAs("text"));
        }
        assertTrue(mentions.stream().anyMatch(m -> m.getAs("text").equals("Okafor")), mentions.toString());
        long all = spark.read().parquet(output.resolve(ArchiveJob.MENTIONS).toString()).count();
        assertEquals(summary.mentions(), all);
    }

    @Test
    void badFilesAreFailureRowsAndCostNothingElse() {
        List<Row> failures = spark.read().parquet(output.resolve(ArchiveJob.FAILURES).toString())
                .orderBy("source").collectAsList();
        assertEquals(3, failures.size(), failures.toString());
        assertEquals(3, summary.failures());
        Map<String, String> reasons = failures.stream().collect(Collectors.toMap(
                r -> r.<String>getAs("source").replaceAll(".*/", ""), r -> r.getAs("reason")));
        assertTrue(reasons.get("binary.txt").contains("binary file (NUL byte at offset 2)"), reasons.toString());
        assertTrue(reasons.get("empty.txt").contains("empty (no text)"), reasons.toString());
        assertTrue(reasons.get("latin1.txt").contains("not valid UTF-8 (at byte 3)"), reasons.toString());
        failures.forEach(r -> assertEquals("read", r.getAs("stage")));
        assertEquals(goodFiles.size(), summary.articles(), "every good file is an article");
    }

    @Test
    void theExtractorIsLoadedOncePerExecutorJvm() throws Exception {
        assertEquals(1, summary.extractorLoads(), "one executor JVM in local mode, one load");
        assertEquals(1, ExecutorExtractor.loadsInThisJvm());
        // a second job in the same JVM uses the extractor already loaded
        ArchiveJob.Summary again = ArchiveJob.run(spark, new ArchiveJob.Options(
                input.resolve("written/harbour.v2.txt").toString(), dir.resolve("again").toString(), 0, false),
                ArticleSource.standard());
        assertEquals(0, again.extractorLoads());
        assertEquals(1, again.articles());
        assertEquals(1, ExecutorExtractor.loadsInThisJvm());
    }

    @Test
    void anExistingOutputIsRefusedUnlessOverwritten() throws Exception {
        Path taken = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(taken.resolve("keep.txt"), "kept");
        ArchiveJob.UnusablePathException e = assertThrows(ArchiveJob.UnusablePathException.class,
                () -> ArchiveJob.run(spark, new ArchiveJob.Options(input.toString(), taken.toString(), 0, false),
                        ArticleSource.standard()));
        assertTrue(e.getMessage().endsWith("already exists; give another OUTPUT, or --overwrite to replace it"),
                e.getMessage());
        assertTrue(Files.exists(taken.resolve("keep.txt")), "nothing deleted");
        ArchiveJob.UnusablePathException missing = assertThrows(ArchiveJob.UnusablePathException.class,
                () -> ArchiveJob.run(spark, new ArchiveJob.Options(dir.resolve("nowhere").toString(),
                        dir.resolve("out2").toString(), 0, false), ArticleSource.standard()));
        assertTrue(missing.getMessage().endsWith("nowhere: no such file or directory"), missing.getMessage());
    }

    private static boolean inGraph(Graph graph, String iri) {
        Node node = NodeFactory.createURI(iri);
        return graph.contains(node, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, node);
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int quietly(java.util.function.IntSupplier command) {
        PrintStream err = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return command.getAsInt();
        } finally {
            System.setErr(err);
        }
    }

    /** The id extract gives the written file with this stem (ids carry a hash of the text). */
    private static String id(String stem) {
        return articles.keySet().stream().filter(k -> k.startsWith(stem + "-")).findFirst()
                .orElseThrow(() -> new AssertionError("no article from " + stem + " in " + articles.keySet()));
    }
}
