package newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An HTML page read as an article: its text, in lines, without the page around it. */
class HtmlPageTest {

    @Test
    void scriptsStylesNavigationAndFormsAreDropped() throws Exception {
        String page = "<html><head><style>p { color: red }</style></head><body>"
                + "<header><a href=/>News Site</a></header><nav><ul><li>World</li><li>Politics</li></ul></nav>"
                + "<p>First paragraph.</p><script>if (a < b) { document.write('<p>x</p>') }</script>"
                + "<noscript>Turn on JavaScript</noscript><form><input name=q><button>Search</button></form>"
                + "<aside>Most read</aside><p>Second paragraph.</p><footer>© News Site</footer></body></html>";
        assertEquals("First paragraph.\n\nSecond paragraph.", HtmlPage.text(page));
    }

    @Test
    void theArticleElementIsTheTextAndKeepsItsOwnHeader() throws Exception {
        String page = "<body><div>Sign up for our newsletter</div><article><header><h1>Bridge opens</h1>"
                + "<p class=byline>By Jo Reporter</p></header><p>The council opened it.</p>"
                + "<footer>Filed under: cities</footer></article><div>Comments (3)</div></body>";
        assertEquals("Bridge opens\n\nBy Jo Reporter\n\nThe council opened it.\n\nFiled under: cities",
                HtmlPage.text(page));
    }

    @Test
    void theStoryIsTheArticleWithTheMostText() throws Exception {
        String page = "<body><aside><article><h3>Related</h3><p>Short teaser.</p></article></aside>"
                + "<article><h3>Also read</h3></article><article><h1>Bridge opens</h1><p>The council opened the"
                + " bridge on Monday, three years late and twice over budget.</p></article></body>";
        assertEquals("Bridge opens\n\nThe council opened the bridge on Monday, three years late and twice over budget.",
                HtmlPage.text(page));
    }

    @Test
    void blocksBecomeLinesAndInlineMarkupDoesNot() throws Exception {
        String page = "<body><h2>Heading</h2><div><p>One <b>bold</b> and <a href=x>linked</a>\n   word.</p>"
                + "<ul><li>first</li><li>second</li></ul><p>a<br>b</p><blockquote>“Quoted,” she said.</blockquote>"
                + "</div></body>";
        assertEquals("Heading\n\nOne bold and linked word.\n\nfirst\n\nsecond\n\na\nb\n\n“Quoted,” she said.",
                HtmlPage.text(page));
    }

    @Test
    void entitiesAreDecoded() throws Exception {
        String page = "<p>&ldquo;Caf&eacute; &amp; bar&rdquo; &mdash; &#8220;yes&#x201D; &lt;tag&gt; &pound;5&nbsp;m"
                + " &#128512;</p>";
        assertEquals("“Café & bar” — “yes” <tag> £5 m 😀", HtmlPage.text(page));
    }

    @Test
    void theTitleIsTheHeadlineWhenThereIsNoH1() throws Exception {
        assertEquals("Bridge opens\n\nThe council opened it.",
                HtmlPage.text("<html><head><title>Bridge opens</title></head><body><p>The council opened it.</p>"));
        assertEquals("Real headline\n\nText.",
                HtmlPage.text("<title>Site title</title><body><h1>Real headline</h1><p>Text.</p>"));
    }

    @Test
    void preformattedTextKeepsItsLines() throws Exception {
        assertEquals("Table:\n\nline one\nline two", HtmlPage.text("<p>Table:</p><pre>line one\nline two</pre>"));
    }

    @Test
    void brokenMarkupReadsAsABrowserShowsIt() throws Exception {
        String page = "<html><body><p>Unclosed paragraph <i>italic<p>Next <b>bold</i> text</b> &bogus; &#0; end";
        assertEquals("Unclosed paragraph italic\n\nNext bold text &bogus; \uFFFD end", HtmlPage.text(page));
    }

    @Test
    void htmlIsRecognisedByItsBeginning() throws Exception {
        assertTrue(HtmlPage.looksLikeHtml("<!DOCTYPE html>\n<html>"));
        assertTrue(HtmlPage.looksLikeHtml("\n  <html lang=en><body>"));
        assertTrue(HtmlPage.looksLikeHtml("<div class=x><p>Text</p></div>"));
        assertTrue(HtmlPage.looksLikeHtml("<!-- saved from url=(0014)about:internet -->\n<html>"));
        assertFalse(HtmlPage.looksLikeHtml("Headline\n\n<p> is a tag, she said."));
        assertFalse(HtmlPage.looksLikeHtml("<3 love it, she said."));
        assertFalse(HtmlPage.looksLikeHtml(""));
    }
}
