package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Collectors;
import newsgraph.rdf.Nif;
import newsgraph.rdf.NewsOntology;
import newsgraph.text.Article;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;

/** What the graph of any article must satisfy, whatever its text: the shapes, and spans that are whole text. */
final class GraphInvariants {

    private GraphInvariants() {
    }

    /** The shapes hold and every span is text of the article. */
    static void assertHold(Article article, Model graph) {
        assertConforms(article, graph);
        assertSpansAreText(article, graph);
    }

    static void assertConforms(Article article, Model graph) {
        ValidationReport report = ShaclValidator.get().validate(NewsOntology.shapes(), graph.getGraph());
        if (!report.conforms()) {
            fail(article.id() + " does not conform:\n" + report.getEntries().stream().limit(10)
                    .map(e -> e.focusNode() + " " + e.resultPath() + " " + e.message())
                    .collect(Collectors.joining("\n")) + "\ntext: " + abbreviated(article.text()));
        }
    }

    /**
     * Every span's {@code nif:anchorOf} is {@code text.substring(begin, end)} of the article text (offsets in
     * UTF-16 code units) and never splits a surrogate pair: half an emoji is not text and cannot be written.
     */
    static int assertSpansAreText(Article article, Model graph) {
        String text = article.text();
        int spans = 0;
        for (Resource span : graph.listSubjectsWithProperty(Nif.anchorOf).toList()) {
            int begin = span.getProperty(Nif.beginIndex).getInt();
            int end = span.getProperty(Nif.endIndex).getInt();
            String where = article.id() + " span " + span.getURI() + " [" + begin + "," + end + ")";
            assertTrue(0 <= begin && begin <= end && end <= text.length(), where + " is outside the text");
            assertEquals(text.substring(begin, end), span.getProperty(Nif.anchorOf).getString(), where);
            assertTrue(!splitsPair(text, begin) && !splitsPair(text, end), where + " splits a surrogate pair in: "
                    + abbreviated(text));
            spans++;
        }
        return spans;
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
