package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import newsgraph.rdf.ArticleGraph;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Thousands of small articles made from the seed by random edits — deletions, duplications, quotation marks,
 * characters from every plane (right-to-left, combining, zero-width, emoji), other line ends, case changes,
 * reporting phrases, splices — go through the real path: {@link ArticleReader#decode} (which may refuse one,
 * with a one-line reason), {@link Extractor#extract}, {@link ArticleGraph#of}. No exception may escape, every
 * span of every graph must be the text at its offsets, and a sample of the graphs must conform to the shapes.
 *
 * <p>The random generator is seeded, so a failure repeats; {@code -Dnewsgraph.fuzz.seed=N} and
 * {@code -Dnewsgraph.fuzz.articles=N} explore further. Bugs it found are named regression tests in
 * {@link DifficultTextTest} and {@code newsgraph.nlp.LongTokensAndSentencesTest}.
 */
class ExtractionFuzzTest {

    private static final long SEED = Long.getLong("newsgraph.fuzz.seed", 20_261_127L);
    private static final int ARTICLES = Integer.getInteger("newsgraph.fuzz.articles", 2_000);
    /** Validating against the shapes costs more than extracting; one graph in this many is validated. */
    private static final int SHAPES_SAMPLE = 20;

    private static final String QUOTATION_MARKS = "“”‘’\"'«»„‹›「」";
    private static final int[] AWKWARD = {0x1F600, 0x1F1EC, 0x1F1E7, 0x1F44D, 0x1F3FD, 0x200D, 0x200B, 0x200F, 0x202E,
        0x0627, 0x0644, 0x05E9, 0x05DC, 0x0301, 0x00A0, 0x2028, 0x3000, 0x4E2D, 0x1D4B3, 0x10348, 0x1D11E, 0xFEFF,
        0x2014, 0x2013, 0x2026, 0xFFFD, 0x0130, 0x00DF, 0xFB01, 0x0009, 0x000C, 0x0085, 0xE000};
    private static final String[] PHRASES = {" said ", " told reporters ", ", according to ", ": ", " — ", "\n\n",
        " he ", " she ", " they ", "Mr ", " the ", ".", ",", "“", "”", " Anna Berg ", " Labour ", " added: “"};

    @Test
    void randomArticlesNeverBreakTheExtractorOrTheGraph() throws Exception {
        String seed = new ArticleReader().read(Path.of("seeds", "000_97174071596f6616.txt")).text();
        Extractor extractor = Extractor.create();
        ArticleReader reader = new ArticleReader();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        int validated = 0;
        int statements = 0;
        int spans = 0;
        for (int i = 0; i < ARTICLES && failures.size() < 5; i++) {
            String text = mutated(seed, random);
            String name = "fuzz-" + i;
            Article article;
            try {
                article = reader.decode(name, text.getBytes(StandardCharsets.UTF_8), name);
            } catch (BadArticleException e) {
                assertTrue(e.getMessage().startsWith(name + ": ") && e.getMessage().lines().count() == 1,
                        e.getMessage());
                refused++;
                continue;
            }
            try {
                Analysis analysis = extractor.extract(article);
                Model graph = ArticleGraph.of(analysis);
                statements += analysis.statements().size();
                spans += GraphInvariants.assertSpansAreText(article, graph);
                if (i % SHAPES_SAMPLE == 0) {
                    GraphInvariants.assertConforms(article, graph);
                    validated++;
                }
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                failures.add("seed " + SEED + ", article " + i + ": " + e + "\n  text: " + escaped(article.text()));
            }
        }
        assertEquals(List.of(), failures, "articles that broke the extractor or its graph");
        assertTrue(refused < ARTICLES / 10, "the edits keep most articles readable: " + refused + " refused");
        assertTrue(statements > ARTICLES / 8 && validated >= ARTICLES / SHAPES_SAMPLE - 10,
                statements + " statements, " + validated + " validated");
        System.out.printf(Locale.ROOT, "ExtractionFuzzTest: %d articles (seed %d), %d refused by the reader,"
                + " %d statements, %d spans checked, %d graphs validated against the shapes%n",
                ARTICLES, SEED, refused, statements, spans, validated);
    }

    /**
     * The hostile shapes of a trial (issue 14), each small on disk but once costly: 200,000 lines of one quotation
     * mark (800 KB; 159 s, 6.1 GB and 2.4 million quads in one transaction), 400,000 marks in a row, a 9.5 MB page of
     * 600 nested {@code <article>}s (100 s of processor time before it was refused as too long), 200,000 empty
     * elements. Each is now refused at once with one line that says which limit, or read in time linear in its size.
     */
    @Test
    void hostileShapesAreRefusedWithOneLineOrReadInBoundedWork() throws Exception {
        ArticleReader reader = new ArticleReader();
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("“\n".repeat(200_000), "too many lines (200000 lines of text; the limit is 10000 per article:");
        refusals.put("Marks\n\n" + "“".repeat(400_000), "too many words and punctuation marks (400001; the limit is"
                + " 150000 per article:");
        refusals.put(nestedArticles(600, 270), "an HTML page nested 604 elements deep; the limit is 256");
        refusals.put("<html><body>" + "<i>".repeat(200_001), "an HTML page with 200003 tags; the limit is 200000");
        int n = 0;
        for (Map.Entry<String, String> shape : refusals.entrySet()) {
            String name = "hostile-" + n++;
            byte[] bytes = shape.getKey().getBytes(StandardCharsets.UTF_8);
            BadArticleException refused = assertTimeoutPreemptively(Duration.ofMinutes(2),
                    () -> assertThrows(BadArticleException.class, () -> reader.decode(name, bytes, name)), name);
            assertTrue(refused.getMessage().startsWith(name + ": " + shape.getValue())
                    && refused.getMessage().lines().count() == 1, refused.getMessage());
        }
        // nested as deep as allowed, 9.5 MB: its story is found in one walk (each article asked for its text took
        // minutes), then refused for its length like any long text
        BadArticleException tooLong = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> assertThrows(
                BadArticleException.class, () -> reader.decode("deep", nestedArticles(250, 650).getBytes(
                        StandardCharsets.UTF_8), "deep")));
        assertTrue(tooLong.getMessage().startsWith("deep: too long ("), tooLong.getMessage());
        // and a small one is read: the outermost article holds all the text
        Article small = reader.decode("small", nestedArticles(250, 1).getBytes(StandardCharsets.UTF_8), "small");
        assertEquals(250, small.text().split("\n\n").length);
        Extractor extractor = Extractor.create();
        Analysis analysis = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> extractor.extract(small));
        GraphInvariants.assertHold(small, ArticleGraph.of(analysis));
    }

    /** A page of {@code depth} nested {@code <article>}s, each with a paragraph of {@code sentences} sentences. */
    private static String nestedArticles(int depth, int sentences) {
        String paragraph = "<p>" + "The council met on Tuesday and said the bridge would open. ".repeat(sentences)
                + "</p>\n";
        return "<!DOCTYPE html><html><body>" + ("<article>" + paragraph).repeat(depth) + "</article>".repeat(depth)
                + "</body></html>";
    }

    /** A few lines of the seed, edited one to fourteen times. */
    private static String mutated(String seed, Random random) {
        String[] lines = seed.split("\n");
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            text.append(lines[0]).append("\n\n");
        }
        int from = random.nextInt(lines.length);
        for (int k = from; k < Math.min(lines.length, from + 1 + random.nextInt(8)); k++) {
            text.append(lines[k]).append('\n');
        }
        for (int edits = 1 + random.nextInt(14); edits > 0; edits--) {
            if (text.length() == 0) {
                text.append('x');
            }
            int at = random.nextInt(text.length() + 1);
            int to = Math.min(text.length(), at + random.nextInt(300));
            switch (random.nextInt(9)) {
                case 0 -> text.delete(at, to);
                case 1 -> text.insert(at, text.substring(at, to));
                case 2 -> insertEach(text, random, 1 + random.nextInt(8),
                        () -> String.valueOf(QUOTATION_MARKS.charAt(random.nextInt(QUOTATION_MARKS.length()))));
                case 3 -> insertEach(text, random, 1 + random.nextInt(10),
                        () -> Character.toString(AWKWARD[random.nextInt(AWKWARD.length)]));
                case 4 -> insertEach(text, random, 1 + random.nextInt(10), () -> Character.toString(anyCodePoint(random)));
                case 5 -> replaceLineEnds(text, random.nextBoolean() ? "\r\n" : "\r");
                case 6 -> text.replace(at, to, random.nextBoolean() ? text.substring(at, to).toUpperCase(Locale.ROOT)
                        : text.substring(at, to).toLowerCase(Locale.ROOT));
                case 7 -> text.insert(at, PHRASES[random.nextInt(PHRASES.length)]);
                default -> {
                    int start = random.nextInt(seed.length() - 60);
                    text.insert(at, seed, start, start + 10 + random.nextInt(50));
                }
            }
        }
        return wellFormed(text);
    }

    private static void insertEach(StringBuilder text, Random random, int times, java.util.function.Supplier<String> what) {
        for (int k = 0; k < times; k++) {
            text.insert(random.nextInt(text.length() + 1), what.get());
        }
    }

    /** Any assigned code point of the first three planes, surrogates and private use aside. */
    private static int anyCodePoint(Random random) {
        while (true) {
            int c = 1 + random.nextInt(0x2FFFF);
            int type = Character.getType(c);
            if (Character.isDefined(c) && type != Character.SURROGATE && type != Character.PRIVATE_USE) {
                return c;
            }
        }
    }

    private static void replaceLineEnds(StringBuilder text, String lineEnd) {
        String replaced = text.toString().replace("\n", lineEnd);
        text.setLength(0);
        text.append(replaced);
    }

    /** Edits may cut a surrogate pair in two; a file cannot hold half a character, so the halves go. */
    private static String wellFormed(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F) {
                out.append((char) c);
            } else {
                out.append(String.format(Locale.ROOT, c > 0xFFFF ? "\\U%08X" : "\\u%04X", c));
            }
        });
        return out.toString();
    }
}
