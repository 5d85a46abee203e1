package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import newsgraph.extract.Analysis;
import newsgraph.extract.Entity;
import newsgraph.extract.Mention;
import newsgraph.extract.MentionKind;
import newsgraph.extract.Statement;
import newsgraph.text.Article;
import newsgraph.text.Span;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lean default against {@code --detail full} (issue 16): lean is full without the layout blocks and the
 * mentions nothing needs, describes every node it keeps the same way, and drops nothing that the evaluation
 * scripts ({@code ../shared/eval/score.py}, {@code crossdoc.py}) read. The named queries are checked at both
 * levels in {@code newsgraph.store.DetailLevelQueriesTest}.
 */
class DetailLevelsTest {

    private static final Path EVAL = Path.of("..", "shared", "eval").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> leanIsFullWithoutBlocksAndUnneededMentions() {
        return eachArticle(article -> {
            Model lean = TestArticles.graph(article, Detail.LEAN);
            Model full = TestArticles.graph(article, Detail.FULL);
            Model leanButTheLevel = lean.difference(lean.listStatements(null, NG.detailLevel, NG.LeanDetail).toModel());
            assertTrue(full.containsAll(leanButTheLevel), "every triple of lean is in full");
            // what full has more: nodes lean does not have at all, the blocks (a sentence that is a paragraph is
            // a block too) and the article's links to them
            Set<String> changed = new TreeSet<>();
            full.difference(lean).listStatements().forEach(t -> {
                boolean newNode = !lean.contains(t.getSubject(), null);
                boolean levelOrBlock = t.getPredicate().equals(NG.detailLevel) || t.getPredicate().equals(NG.block)
                        || t.getPredicate().equals(NG.blockKind);
                if (!newNode && !levelOrBlock) {
                    changed.add(t.toString());
                }
            });
            assertEquals(Set.of(), changed, "a node lean keeps is described the same way");
            assertTrue(full.size() > lean.size());
        });
    }

    /**
     * Every statement with its content, cue, speaker mention, sentence, rule and confidence, and every mention
     * that names an entity or a statement's speaker: what identity across articles and the queries need.
     */
    @TestFactory
    Stream<DynamicTest> leanKeepsEveryStatementAndTheMentionsThatNameOrSpeak() {
        return eachArticle(article -> {
            Analysis analysis = TestArticles.analysis(article);
            Model lean = TestArticles.graph(article, Detail.LEAN);
            List<String> missing = new ArrayList<>();
            for (Statement s : analysis.statements()) {
                Resource node = lean.createResource(Iris.statement(article.id(), s.content()));
                for (Property p : List.of(Schema.text, Schema.creator, Schema.isPartOf, NG.kind, NG.content, NG.decidedBy,
                        NG.confidence)) {
                    if (!node.hasProperty(p)) {
                        missing.add(node + " " + p);
                    }
                }
                expectSpan(lean, article, node, NG.content, s.content(), missing);
                expectSpan(lean, article, node, NG.cue, s.cue(), missing);
                expectSpan(lean, article, node, NG.speakerMention, s.speakerMention(), missing);
                expectSpan(lean, article, node, NG.sentence, s.sentence(), missing);
            }
            int names = 0;
            for (Entity e : analysis.entities()) {
                for (Mention m : e.mentions()) {
                    if (m.kind() == MentionKind.NAME || m.kind() == MentionKind.GROUP) {
                        names++;
                        Resource span = lean.createResource(Iris.span(article.id(), m.span()));
                        if (!span.hasProperty(Nif.taIdentRef) || !span.hasProperty(Nif.beginIndex)) {
                            missing.add("name mention " + span);
                        }
                    }
                }
            }
            assertEquals(List.of(), missing);
            assertTrue(names > 0, "the article names someone");
        });
    }

    /** One test for the seed and one for each dev article. */
    private static Stream<DynamicTest> eachArticle(Consumer<Article> check) {
        List<Path> files = new ArrayList<>(List.of(TestArticles.SEED));
        files.addAll(TestArticles.devArticles());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> check.accept(TestArticles.read(file))));
    }

    private static void expectSpan(Model graph, Article article, Resource statement, Property p, Span span,
            List<String> missing) {
        if (span == null) {
            return;
        }
        Resource node = graph.createResource(Iris.span(article.id(), span));
        if (!graph.contains(statement, p, node) || !node.hasProperty(Nif.beginIndex) || !node.hasProperty(Nif.endIndex)) {
            missing.add(statement + " " + p.getLocalName() + " " + node);
        }
    }

    /**
     * The evaluation scripts themselves, on graphs written at each level: score.py scores the dev set (statements,
     * speakers, about, entities, links: its whole JSON) and crossdoc.py the cross-document set (B-cubed, splits,
     * merges, entity view) exactly the same. Only crossdoc's counts of predicted mentions and checked anchors may
     * differ: lean leaves out pronouns and descriptions, which align with no gold name.
     */
    @Test
    void theEvaluationScriptsScoreBothLevelsTheSame(@TempDir Path temp) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(EVAL.resolve("score.py")) && Files.isDirectory(EVAL.resolve("crossdoc")),
                "skipped: the evaluation scripts are not at " + EVAL);
        Assumptions.assumeTrue(run(temp, List.of("python3", "--version")) == 0, "skipped: no python3");
        List<Path> dev = articlesUnder(EVAL.resolve("dev"));
        List<Path> crossdoc = articlesUnder(EVAL.resolve("crossdoc"));
        assertTrue(dev.size() >= 20 && crossdoc.size() >= 50, dev.size() + " dev, " + crossdoc.size() + " crossdoc");

        List<JsonObject> scores = new ArrayList<>();
        List<JsonObject> identities = new ArrayList<>();
        for (Detail detail : Detail.values()) {
            Path devOut = write(dev, temp.resolve("dev-" + detail.option()), detail);
            Path json = temp.resolve("score-" + detail.option() + ".json");
            assertEquals(0, run(temp, List.of("python3", EVAL.resolve("score.py").toString(), EVAL.resolve("dev").toString(),
                    "--quiet", "--json", json.toString(),
                    "--cmd", "sh -c 'cat " + devOut + "/$(basename \"$0\" .txt).nt' {file}")));
            scores.add(JSON.read(json.toString()));

            Path crossOut = write(crossdoc, temp.resolve("crossdoc-" + detail.option()), detail);
            Path crossJson = temp.resolve("crossdoc-" + detail.option() + ".json");
            assertEquals(0, run(temp, List.of("python3", EVAL.resolve("crossdoc.py").toString(),
                    EVAL.resolve("crossdoc").toString(), crossOut.toString(), "--json", crossJson.toString())));
            identities.add(JSON.read(crossJson.toString()));
        }
        JsonObject leanScore = scores.get(0);
        assertTrue(leanScore.get("statement_detection").getAsObject().get("f").getAsNumber().value().doubleValue() > 0.5,
                "the dev set is scored: " + leanScore.get("statement_detection"));
        assertEquals(scores.get(1), leanScore);

        JsonObject leanIdentity = identities.get(0);
        JsonObject fullIdentity = identities.get(1);
        // files without a store: each article's entities are its own, joined only by the linker's schema:sameAs
        // (identity across articles is the store's identity graph, scored by CrossDocumentIdentityTest)
        assertTrue(leanIdentity.get("bcubed_mentions").getAsObject().get("p").getAsNumber().value().doubleValue() > 0.5,
                "the crossdoc set is scored: " + leanIdentity.get("bcubed_mentions"));
        for (String key : fullIdentity.keys()) {
            switch (key) {
                case "offsets", "unaligned_predicted" -> { }
                case "mentions" -> {
                    JsonObject l = leanIdentity.get(key).getAsObject();
                    JsonObject f = fullIdentity.get(key).getAsObject();
                    for (String count : f.keys()) {
                        if (!count.equals("predicted mentions")) {
                            assertEquals(f.get(count), l.get(count), key + "." + count);
                        }
                    }
                }
                case "fp_examples" -> {
                    JsonObject l = leanIdentity.get(key).getAsObject();
                    JsonObject f = fullIdentity.get(key).getAsObject();
                    for (String region : f.keys()) {
                        assertEquals(sorted(f.get(region).getAsArray()), sorted(l.get(region).getAsArray()), key);
                    }
                }
                default -> assertEquals(fullIdentity.get(key), leanIdentity.get(key), key);
            }
        }
    }

    private static Set<String> sorted(JsonArray array) {
        Set<String> items = new TreeSet<>();
        for (JsonValue v : array) {
            items.add(v.toString());
        }
        return items;
    }

    /** The annotated articles under {@code dir}: those with a gold file beside them. */
    private static List<Path> articlesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt"))
                    .filter(f -> Files.exists(Path.of(f.toString().replaceAll("\\.txt$", ".gold.json"))))
                    .sorted().toList();
        }
    }

    /** Each article's graph as {@code DIR/ID.nt}. */
    private static Path write(List<Path> files, Path dir, Detail detail) throws IOException {
        Files.createDirectories(dir);
        for (Path file : files) {
            Article article = TestArticles.read(file);
            // named after the input file, as score.py's command finds it (the article id carries a hash of the text)
            String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
            try (OutputStream out = Files.newOutputStream(dir.resolve(stem + ".nt"))) {
                RdfOutput.NT.write(TestArticles.graph(article, detail), ArticleGraph.graphName(article), out);
            }
        }
        return dir.toAbsolutePath();
    }

    private static int run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("python.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        if (p.exitValue() != 0) {
            System.err.println(Files.readString(dir.resolve("python.log"), StandardCharsets.UTF_8));
        }
        return p.exitValue();
    }

    @Test
    void theGraphSaysWhichLevelMadeIt() {
        for (Detail detail : Detail.values()) {
            Model graph = TestArticles.graph(TestArticles.seed(), detail);
            List<Resource> extractions = graph.listSubjectsWithProperty(RDF.type, NG.Extraction).toList();
            assertEquals(1, extractions.size());
            assertEquals(detail.term(), extractions.get(0).getPropertyResourceValue(NG.detailLevel));
        }
        assertFalse(Detail.LEAN.term().equals(Detail.FULL.term()));
    }
}
