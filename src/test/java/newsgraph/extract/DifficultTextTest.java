package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import newsgraph.rdf.ArticleGraph;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts that are hard on the extractor: no quotes, nothing but quotes, quotes that do not pair up, thousands of
 * quote marks, one enormous paragraph, right-to-left scripts, emoji and other characters outside the BMP, Windows
 * line ends, a BOM, an HTML page. Each extracts without an exception, in bounded time, to a graph that conforms
 * to the shapes and whose every span is the text at its offsets (UTF-16 code units).
 */
class DifficultTextTest {

    /** Generous: a guard against hangs and quadratic blow-ups, not a speed test. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");

    private static Extractor extractor;
    private static String seed;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadModels() throws Exception {
        extractor = Extractor.create();
        seed = new ArticleReader().read(SEED).text();
    }

    @Test
    void textWithoutQuotes() {
        Analysis analysis = extracted("no-quotes", "Council approves bridge\n\nThe city council approved a new bridge"
                + " on Monday. Maria Lopez, the mayor, said the bridge would open in May.\n");
        assertTrue(analysis.statements().stream().noneMatch(s -> s.kind() == StatementKind.DIRECT),
                "no direct quotation without quotation marks");
    }

    @Test
    void textOfOnlyQuotationMarks() {
        Analysis analysis = extracted("only-quotes", "“”‘’\"\"''«»„“‹›\n\n\"\"\"\n\n“““”””\n\n” “ ” “\n");
        assertEquals(List.of(), analysis.statements());
    }

    @Test
    void quotationMarksThatDoNotPairUpOrNest() {
        Analysis analysis = extracted("unbalanced", "Title\n\n“He said it,” said John Smith. “And then he left, said"
                + " Mary Jones.\n\n\"Open \"nested “inner ‘deep’ quote” end\" said Bob Brown.\n\n”Backwards“ said Ann"
                + " Lee. “Never closed\n\n«Guillemets “inside” them» and ‘single “double” single’.\n");
        String text = analysis.article().text();
        assertTrue(analysis.statements().stream().anyMatch(s -> s.content().of(text).equals("He said it,")),
                "the well-formed quotation is still found");
    }

    @Test
    void tenThousandQuotationMarks() {
        StringBuilder text = new StringBuilder("Quotes\n\n");
        String marks = "“\"”‘’«»'";
        for (int i = 0; i < 10_000; i++) {
            text.append(marks.charAt(i % marks.length()));
            if (i % 97 == 0) {
                text.append(i % 2 == 0 ? " said Anna Berg. " : " words ");
            }
        }
        extracted("ten-thousand-quotes", text.toString());
    }

    @Test
    void archiveQuotationMarksThatNeverClose() {
        StringBuilder text = new StringBuilder("Archive\n\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i % 3 == 0 ? " 'a" : i % 3 == 1 ? " ''b" : " <<``c");
        }
        Analysis analysis = extracted("archive-marks", text.toString());
        assertEquals(text.length(), analysis.article().text().length());
    }

    @Test
    void oneEnormousParagraph() {
        String paragraph = seed.replace('\n', ' ');
        StringBuilder text = new StringBuilder("One paragraph\n\n");
        while (text.length() < 60_000) {
            text.append(paragraph).append(' ');
        }
        Analysis analysis = extracted("enormous-paragraph", text.toString());
        assertEquals(2, analysis.blocks().size(), "the headline and one paragraph");
        assertTrue(analysis.statements().size() > 50, "the seed's statements, many times over");
    }

    @Test
    void rightToLeftText() {
        Analysis analysis = extracted("rtl", "Minister visits\n\n“سنعمل على حل المشكلة,” said Mohammed Ali, the"
                + " minister. «שלום לכולם» אמר דוד כהן.\n\nوقال الوزير: «هذا يوم عظيم».\n\n\u202Bمقلوب\u202C \u200Fنص\u200F\n");
        String text = analysis.article().text();
        Statement arabic = analysis.statements().stream()
                .filter(s -> s.content().of(text).equals("سنعمل على حل المشكلة,")).findFirst().orElseThrow();
        assertEquals(StatementKind.DIRECT, arabic.kind());
        assertEquals("person:mohammed ali", arabic.speakerKey());
    }

    @Test
    void emojiAndOtherAstralCharacters() {
        Analysis analysis = extracted("emoji", "Pizza day 🍕\n\n“We love 🍕 and 𝒳𝒴 👍🏽,” said Anna Berg, the mayor of"
                + " 🇬🇧 Lynton.\n\n😀 “Fine,” she added. 👨‍👩‍👧 Labour sources told HuffPost UK𝒳 that 𝄞 was"
                + " “music”.\n");
        String text = analysis.article().text();
        Statement pizza = analysis.statements().get(0);
        assertEquals("We love 🍕 and 𝒳𝒴 👍🏽,", pizza.content().of(text));
        assertEquals(text.indexOf("We love"), pizza.content().begin(), "offsets count UTF-16 code units");
    }

    /** Regression: OpenNLP cut "UK𝒳" between the two halves of 𝒳, and the name mention ended inside the pair. */
    @Test
    void anAstralCharacterGluedToANameStaysWhole() {
        extracted("glued", "Headline\n\nLabour sources told HuffPost UK𝒳 that the Prim𐔞e Minister𨜤’s plan failed.\n");
    }

    /** Regression: an untagged continuation's cue was the first UTF-16 unit of its paragraph, half an emoji. */
    @Test
    void aContinuationThatStartsWithAnEmojiHasAWholeCharacterAsItsCue() {
        extracted("continuation", "Headline\n\n“We will fight on,” said Anna Berg, the mayor. “And we will win.\n\n"
                + "𗸬or Mr Corbyn, the answer is no,” she said.\n\n😀 This is not over.”\n");
    }

    @Test
    void windowsLineEndsGiveTheSameGraphAsUnixOnes() throws Exception {
        Model unix = graphOfFile("unix", seed.getBytes(StandardCharsets.UTF_8));
        Model windows = graphOfFile("windows", seed.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(unix.isIsomorphicWith(windows), "offsets count the stored text, where \\r\\n is one \\n");
    }

    @Test
    void aByteOrderMarkGivesTheSameGraphAsNone() throws Exception {
        Model plain = graphOfFile("plain", seed.getBytes(StandardCharsets.UTF_8));
        Model bom = graphOfFile("bom", ("\uFEFF" + seed).getBytes(StandardCharsets.UTF_8));
        assertTrue(plain.isIsomorphicWith(bom));
    }

    @Test
    void anHtmlPageGivesTheSameGraphAsItsText() throws Exception {
        String[] paragraphs = seed.split("\n+");
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>Site</title><script>track()</script>"
                + "</head><body><nav>Home</nav><article><h1>" + escape(paragraphs[0]) + "</h1>");
        for (int i = 1; i < paragraphs.length; i++) {
            page.append("\n<p>").append(escape(paragraphs[i])).append("</p>");
        }
        page.append("</article><footer>© Site</footer></body></html>");
        Model fromText = graphOfFile("story", String.join("\n\n", paragraphs).getBytes(StandardCharsets.UTF_8));
        Model fromHtml = graphOfFile("story", page.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(fromText.isIsomorphicWith(fromHtml), "the page's text is the article");
    }

    /** An article at the length limit of {@link ArticleReader} extracts in bounded time. */
    @Test
    void anArticleAtTheLengthLimit() throws Exception {
        StringBuilder text = new StringBuilder();
        while (text.length() + seed.length() + 2 <= ArticleReader.DEFAULT_MAX_CHARS) {
            text.append(seed).append("\n\n");
        }
        Article article = new ArticleReader().decode("at-the-limit", text.toString().getBytes(StandardCharsets.UTF_8),
                "at-the-limit");
        Analysis analysis = assertTimeoutPreemptively(PATIENCE, () -> extractor.extract(article));
        assertFalse(analysis.statements().isEmpty());
        GraphInvariants.assertSpansAreText(article, ArticleGraph.of(analysis));
    }

    private Analysis extracted(String id, String text) {
        Article article = new Article(id, text);
        Analysis analysis = assertTimeoutPreemptively(PATIENCE, () -> extractor.extract(article), id);
        GraphInvariants.assertHold(article, ArticleGraph.of(analysis));
        return analysis;
    }

    private Model graphOfFile(String name, byte[] bytes) throws IOException, newsgraph.text.BadArticleException {
        Path dir = Files.createDirectories(temp.resolve(name + "-" + bytes.length));
        Path file = Files.write(dir.resolve("article.txt"), bytes);
        Article article = new ArticleReader().read(file);
        Model graph = ArticleGraph.of(extractor.extract(article));
        GraphInvariants.assertHold(article, graph);
        return graph;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Regression: StringIndexOutOfBoundsException in the test of a person's name. "İ" lower-cases to two
     * characters, so the hyphen's index in the token's lower-case key was one past the hyphen in its text.
     */
    @Test
    void aNameWhoseLowerCaseIsLongerBeforeAHyphen() {
        Analysis a = extractor.extract(new Article("dotted-capital-i",
                "Harbour Plan Approved\n\nThe plan was backed by Qorvath A\u0130-b on Monday, Qorvath A\u0130-b said.\n"));
        assertEquals(1, a.statements().size(), a.statements()::toString);
        String speaker = a.entitiesByKey().get(a.statements().get(0).speakerKey()).name();
        assertTrue(speaker.contains("A\u0130-b"), speaker);
    }
}
