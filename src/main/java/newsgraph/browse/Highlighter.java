package newsgraph.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * Article text with spans marked: the quoted words, the cue ("said"), the mention of the speaker ("he"). Spans may
 * nest or overlap (a speaker mention inside another statement's quote, a quote over two paragraphs), so the text is
 * cut at every span boundary and each piece is wrapped in the spans that cover it, outermost kind first: the markup
 * is always well nested, and every character of the text appears once, in order. Offsets are UTF-16 code units,
 * as in the graph, so they index a Java string directly.
 */
final class Highlighter {

    /** What a span is, and its element: the kinds nest in this order. */
    enum Kind {
        QUOTE("mark", "quote"),
        CUE("span", "cue"),
        MENTION("span", "speaker-mention");

        final String tag;
        final String cssClass;

        Kind(String tag, String cssClass) {
            this.tag = tag;
            this.cssClass = cssClass;
        }
    }

    /**
     * A span to mark. {@code id} goes on the element of its first character (so {@code #char=10,20} scrolls to
     * it); {@code title} on all its elements (shown on hover). Either may be null.
     */
    record Mark(int begin, int end, Kind kind, String id, String title) {
    }

    private Highlighter() {
    }

    /**
     * Appends {@code text[from, to)} to {@code parent} with the marks that fall in it (clipped to it). Marks with
     * offsets outside the text, or with begin after end, are left out.
     */
    static void render(Element parent, String text, int from, int to, List<Mark> marks) {
        int start = Math.max(0, Math.min(from, text.length()));
        int stop = Math.max(start, Math.min(to, text.length()));
        List<Mark> usable = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, stop));
        for (Mark m : marks) {
            if (m.begin() < 0 || m.end() > text.length() || m.begin() >= m.end() || m.end() <= start || m.begin() >= stop) {
                continue;
            }
            usable.add(m);
            cuts.add(Math.max(start, m.begin()));
            cuts.add(Math.min(stop, m.end()));
        }
        usable.sort(Comparator.comparing(Mark::kind).thenComparingInt(Mark::begin).thenComparingInt(m -> -m.end()));
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                piece(parent, text.substring(previous, cut), previous, cut, usable);
            }
            previous = cut;
        }
    }

    private static void piece(Element parent, String words, int begin, int end, List<Mark> marks) {
        Element into = parent;
        for (Mark m : marks) {
            if (m.begin() <= begin && end <= m.end()) {
                Element wrapper = into.appendElement(m.kind().tag).addClass(m.kind().cssClass);
                if (m.title() != null) {
                    wrapper.attr("title", m.title());
                }
                if (m.id() != null && m.begin() == begin) {
                    wrapper.attr("id", m.id());
                }
                into = wrapper;
            }
        }
        into.appendText(words);
    }
}
