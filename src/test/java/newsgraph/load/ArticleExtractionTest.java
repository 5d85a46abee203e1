package newsgraph.load;

import newsgraph.store.NewsStore;
import newsgraph.store.SeedArticles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import newsgraph.extract.Analysis;
import newsgraph.extract.Extractor;
import newsgraph.text.Article;
import newsgraph.text.ArticleId;
import newsgraph.text.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file to its graph, whatever happens. The extractor has no known failing input (ExtractionFuzzTest makes
 * sure), so these tests wrap the real one in a step that fails on one named article, the way a future bug would.
 */
class ArticleExtractionTest {

    @TempDir
    Path temp;

    @Test
    void aReadableArticleHasItsGraph() throws Exception {
        Path file = Files.copy(SeedArticles.SEED, temp.resolve("good.txt"));
        ArticleExtraction.Outcome outcome = new ArticleExtraction(new ArticleReader(), Extractor.create()).of(file);
        assertFalse(outcome.failed());
        assertEquals(ArticleId.ofFile("good.txt", SeedArticles.seed().article().text()), outcome.article().id());
        assertTrue(outcome.graph().size() > 100);
        assertNull(outcome.problem());
    }

    @Test
    void aFileTheReaderRefusesIsAProblemNamingIt() throws Exception {
        Path file = Files.writeString(temp.resolve("blank.txt"), " \n");
        ArticleExtraction.Outcome outcome = new ArticleExtraction(new ArticleReader(), Extractor.create()).of(file);
        assertTrue(outcome.failed());
        assertEquals(file + ": empty (no text)", outcome.problem());
    }

    @Test
    void anExtractorBugIsAProblemNamingTheFileNotAnException() throws Exception {
        Path file = Files.copy(SeedArticles.SEED, temp.resolve("trigger.txt"));
        ArticleExtraction.Outcome outcome = failingOn("trigger", new IllegalStateException("no sentence at 42\nmore"))
                .of(file);
        assertTrue(outcome.failed());
        assertEquals(file + ": extraction failed (IllegalStateException: no sentence at 42); this is a bug:"
                + " please report it with the file", outcome.problem());
        assertEquals(new ArticleReader().read(file).id(), outcome.article().id(), "the article was read");
    }

    @Test
    void aStackOverflowOnOneArticleIsAProblemToo() throws Exception {
        Path file = Files.copy(SeedArticles.SEED, temp.resolve("deep.txt"));
        ArticleExtraction.Outcome outcome = failingOn("deep", new StackOverflowError()).of(file);
        assertEquals(file + ": extraction failed (StackOverflowError); this is a bug: please report it with the file",
                outcome.problem());
    }

    @Test
    void anExtractorBugFailsOnlyThatArticleOfTheBatch() throws Exception {
        Path before = Files.copy(SeedArticles.SEED, temp.resolve("before.txt"));
        Path trigger = Files.copy(SeedArticles.SEED, temp.resolve("trigger.txt"));
        Path after = Files.copy(SeedArticles.SEED, temp.resolve("after.txt"));
        List<String> problems = new ArrayList<>();
        try (NewsStore store = NewsStore.open(temp.resolve("db"))) {
            LoadReport report = ArticleLoader.into(store).onProblem(problems::add)
                    .extraction(failingOn("trigger", new IllegalStateException("boom")))
                    .load(List.of(before, trigger, after));
            assertEquals(2, report.articles());
            assertEquals(List.of(trigger.toString()), report.failed());
            assertTrue(report.summary().contains("1 failed (" + trigger + ")"), report.summary());
            assertEquals(List.of(trigger + ": extraction failed (IllegalStateException: boom); this is a bug: please"
                    + " report it with the file"), problems);
            assertEquals(2, store.articleGraphNames().size(), "the articles before and after it are stored");
            assertEquals(store.tripleCount(graphOf(before)), store.tripleCount(graphOf(after)));
        }
    }

    /** Issue 14: nothing bounded what one article could add to a write transaction (2.4 million quads once). */
    @Test
    void anArticleWithMoreStatementsThanTheLimitIsRefusedWithOneLine() throws Exception {
        Path file = Files.copy(SeedArticles.SEED, temp.resolve("many.txt"));
        int statements = SeedArticles.seed().statements().size();
        Extractor extractor = Extractor.create();
        ArticleExtraction.Outcome outcome = new ArticleExtraction(new ArticleReader(), extractor::extract,
                statements - 1, ArticleExtraction.MAX_MENTIONS).of(file);
        assertEquals(file + ": too many statements (" + statements + "; the limit is " + (statements - 1)
                + " per article: split it into articles)", outcome.problem());
        assertNull(outcome.graph());
        assertFalse(new ArticleExtraction(new ArticleReader(), extractor::extract, statements,
                ArticleExtraction.MAX_MENTIONS).of(file).failed(), "at the limit is within it");
    }

    @Test
    void anArticleWithMoreMentionsThanTheLimitIsRefusedWithOneLine() throws Exception {
        Path file = Files.copy(SeedArticles.SEED, temp.resolve("many.txt"));
        ArticleExtraction.Outcome outcome = new ArticleExtraction(new ArticleReader(), Extractor.create()::extract,
                ArticleExtraction.MAX_STATEMENTS, 10).of(file);
        assertTrue(outcome.failed());
        assertTrue(outcome.problem().matches(java.util.regex.Pattern.quote(file.toString())
                + ": too many mentions of people, organisations and places \\(\\d+; the limit is 10 per article:"
                + " split it into articles\\)"), outcome.problem());
    }

    private static String graphOf(Path file) throws Exception {
        return newsgraph.rdf.ArticleGraph.graphName(new ArticleReader().read(file));
    }

    /** The real extractor, except on the article of the file with this stem, where it throws. */
    static ArticleExtraction failingOn(String stem, Throwable failure) {
        Extractor real = Extractor.create();
        Function<Article, Analysis> step = article -> {
            if (article.id().startsWith(stem + "-")) {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
            return real.extract(article);
        };
        return new ArticleExtraction(new ArticleReader(), step);
    }
}
