package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import newsgraph.extract.Analysis;
import newsgraph.names.EntityType;
import newsgraph.text.Article;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code ontology/shapes.ttl}: real output conforms, and each kind of broken output is caught. */
class ShapesTest {

    private static final Shapes SHAPES = NewsOntology.shapes();

    @Test
    void seedConformsAtBothDetailLevels() {
        for (Detail detail : Detail.values()) {
            assertConforms(TestArticles.graph(TestArticles.seed(), detail));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDevArticleConformsAtBothDetailLevels() {
        return TestArticles.devArticles().stream().flatMap(file -> Stream.of(Detail.values()).map(detail ->
                DynamicTest.dynamicTest(file.getFileName() + " " + detail.option(),
                        () -> assertConforms(TestArticles.graph(TestArticles.read(file), detail)))));
    }

    /**
     * A crawled publisher's page (dates, URL, language, bylines, outlet linked to Wikidata, the WARC record it came
     * from) conforms at both levels, and under another base.
     */
    @Test
    void aCrawledPageConformsAtBothDetailLevelsAndUnderAnotherBase() throws Exception {
        Analysis analysis = crawledPage();
        assertTrue(analysis.article().metadata().source() != null && analysis.article().metadata().published() != null);
        for (Detail detail : Detail.values()) {
            Model graph = ArticleGraph.of(analysis, detail);
            assertTrue(graph.contains(null, Schema.publisher, (RDFNode) null));
            assertTrue(graph.contains(null, Schema.sameAs, graph.createResource("http://www.wikidata.org/entity/Q824451")),
                    "the outlet linked");
            assertConforms(graph);
            assertConforms(ArticleGraph.of(analysis, detail, "https://news.example.org/"));
        }
    }

    /** A byline names an entity of the article, as a mention does; hub IRIs are the identity graph's alone. */
    @Test
    void theAuthorIsAnEntityOfItsArticleNotAHub() throws Exception {
        Analysis analysis = crawledPage();
        Model graph = ArticleGraph.of(analysis);
        Resource author = graph.listObjectsOfProperty(Schema.author).next().asResource();
        assertEquals(newsgraph.rdf.Iris.localEntity(analysis.article().id(), newsgraph.names.EntityType.PERSON,
                "Ann Teller"), author.getURI());
        assertTrue(author.getURI().startsWith(newsgraph.rdf.Iris.article(analysis.article().id()) + "/person/"));
    }

    @Test
    void aDateWithAnOffsetIsReported() throws Exception {
        Model graph = ArticleGraph.of(crawledPage());
        Resource article = graph.listSubjectsWithProperty(Schema.datePublished).next();
        replace(graph, article, Schema.datePublished, graph.createTypedLiteral("2024-05-02T16:30:00-04:00",
                XSDDatatype.XSDdateTime));
        assertViolation(graph, article, "NewsDateShape");
    }

    private static Analysis crawledPage() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("shapes");
        try {
            String url = "https://www.bostonglobe.com/2024/05/02/ferry-deal";
            java.nio.file.Path warc = new newsgraph.source.TestCrawl().page(url,
                    java.time.Instant.parse("2024-05-02T22:00:00Z"), newsgraph.source.TestCrawl.newsPage(url,
                            "The Boston Globe", "2024-05-02T16:30:00-04:00", "Ann Teller", "Ferry strike called off",
                            "The ferry strike planned for Friday was called off, the union said on Thursday.",
                            "\u201cWe have a deal,\u201d said Carla Mendes, the union's leader."))
                    .write(dir.resolve("crawl.warc.gz"));
            try (newsgraph.source.Inputs inputs = new newsgraph.source.NewsReader().open(warc)) {
                Article article = inputs.next().read().article();
                return new newsgraph.link.Linker(newsgraph.link.KnowledgePack.standard()).apply(
                        TestArticles.analysis(article));
            }
        } finally {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void anchorThatIsNotTheTextAtItsOffsetsIsReported() {
        Model graph = handBuilt();
        Resource cue = statement(graph).getPropertyResourceValue(NG.cue);
        replace(graph, cue, Nif.anchorOf, graph.createLiteral("says"));
        assertViolation(graph, cue, "anchorOf is not the text");
    }

    @Test
    void offsetsCountUtf16CodeUnitsOutsideTheBmp() {
        // U+1F600 and U+1D11E are two UTF-16 code units each but one character for SPARQL's SUBSTR
        Analysis analysis = HandBuiltAnalysis.of("astral", "\uD83D\uDE00 \uD834\uDD1E ");
        String text = analysis.article().text();
        assertEquals(2, text.length() - text.codePointCount(0, text.length()), "two supplementary characters");
        Model graph = ArticleGraph.of(analysis);
        assertConforms(graph);

        // the same span counted in code points (as Python or SPARQL would) is caught
        Resource cue = statement(graph).getPropertyResourceValue(NG.cue);
        shift(cue, -2);
        assertViolation(graph, cue, "anchorOf is not the text");
    }

    @Test
    void contextLengthIsCheckedInUtf16CodeUnits() {
        Model graph = ArticleGraph.of(HandBuiltAnalysis.of("astral", "\uD83D\uDE00 "));
        Resource context = graph.createResource(Iris.article("astral")).getPropertyResourceValue(NG.textContext);
        setIndex(context, Nif.endIndex, context.getProperty(Nif.endIndex).getInt() - 1);
        assertViolation(graph, context, "length of its nif:isString");
    }

    @Test
    void beginAfterEndIsReported() {
        Model graph = handBuilt();
        Resource cue = statement(graph).getPropertyResourceValue(NG.cue);
        setIndex(cue, Nif.endIndex, cue.getProperty(Nif.beginIndex).getInt() - 1);
        assertViolation(graph, cue, "LessThanOrEquals");
    }

    @Test
    void statementWithoutSpeakerIsReported() {
        assertReportedWithout(ShapesTest::statement, Schema.creator, "minCount");
    }

    @Test
    void aliasOfAStandardTermIsReported() {
        // what an older newsgraph wrote next to schema:creator: the fact twice
        Model graph = handBuilt();
        Resource statement = statement(graph);
        graph.add(statement, NG.speaker, statement.getPropertyResourceValue(Schema.creator));
        assertViolation(graph, statement, "alias");
    }

    @Test
    void statementWhoseTextIsNotItsContentIsReported() {
        Model graph = handBuilt();
        Resource statement = statement(graph);
        replace(graph, statement, Schema.text, graph.createLiteral("the plan was good"));
        assertViolation(graph, statement, "not the text of the statement's ng:content");
    }

    @Test
    void confidenceAboveOneIsReported() {
        Model graph = handBuilt();
        Resource statement = statement(graph);
        replace(graph, statement, NG.confidence, graph.createTypedLiteral("1.5", XSDDatatype.XSDdecimal));
        assertViolation(graph, statement, "MaxInclusive");
    }

    @Test
    void postWithoutLabelIsReported() {
        assertReportedWithout(g -> g.createResource(Iris.role("Defence Secretary", null)), RDFS.label, "MinCount");
    }

    @Test
    void extractionWithoutDetailLevelIsReported() {
        assertReportedWithout(g -> g.createResource(Iris.extraction(HandBuiltAnalysis.ID)), NG.detailLevel, "MinCount");
    }

    @Test
    void entityWithoutNameIsReported() {
        assertReportedWithout(g -> g.createResource(Iris.localEntity(HandBuiltAnalysis.ID, EntityType.PERSON, "Michael Fallon")), Schema.name,
                "minCount");
    }

    @Test
    void contentOutsideItsSentenceIsReported() {
        Model graph = handBuilt();
        Resource statement = statement(graph);
        // a real span, but not the one around the statement: the headline
        replace(graph, statement, NG.sentence,
                graph.createResource(Iris.span(HandBuiltAnalysis.ID, 0, HandBuiltAnalysis.HEADLINE.length())));
        ValidationReport report = ShaclValidator.get().validate(SHAPES, graph.getGraph());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.message().contains("not inside its ng:sentence")),
                () -> report.getEntries().toString());
    }

    static void assertConforms(Model model) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, model.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), () -> report.getEntries().size() + " violations (printed above)");
    }

    private static void assertViolation(Model model, Resource focus, String about) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, model.getGraph());
        List<ReportEntry> entries = report.getEntries().stream()
                .filter(e -> e.focusNode().equals(focus.asNode()))
                .filter(e -> (e.message() + " " + e.sourceConstraintComponent()).contains(about))
                .toList();
        assertTrue(!entries.isEmpty(), () -> "expected a violation on " + focus + " about '" + about + "', got: "
                + report.getEntries());
    }

    /** The hand-built graph without any {@code p} of the node {@code focus} picks must be reported on that node. */
    private static void assertReportedWithout(Function<Model, Resource> focus, Property p, String about) {
        Model graph = handBuilt();
        Resource node = focus.apply(graph);
        assertTrue(graph.contains(node, p), () -> node + " has no " + p + " to remove");
        graph.removeAll(node, p, null);
        assertViolation(graph, node, about);
    }

    /** At the full detail level, which has the blocks: the headline's span is there to point to. */
    private static Model handBuilt() {
        Model copy = ModelFactory.createDefaultModel();
        copy.add(ArticleGraph.of(HandBuiltAnalysis.of(), Detail.FULL));
        return copy;
    }

    /** The mixed statement of the hand-built article. */
    private static Resource statement(Model graph) {
        return graph.listSubjectsWithProperty(NG.kind, NG.Mixed).next();
    }

    private static void replace(Model graph, Resource s, Property p, RDFNode o) {
        graph.removeAll(s, p, null);
        graph.add(s, p, o);
    }

    private static void shift(Resource span, int by) {
        for (Property p : List.of(Nif.beginIndex, Nif.endIndex)) {
            setIndex(span, p, span.getProperty(p).getInt() + by);
        }
    }

    private static void setIndex(Resource span, Property p, int value) {
        Model graph = span.getModel();
        replace(graph, span, p, graph.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger));
    }
}
