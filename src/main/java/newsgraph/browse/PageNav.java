package newsgraph.browse;

import java.util.function.LongFunction;
import newsgraph.store.PageNote;
import org.jsoup.nodes.Element;

/** "Rows 21–40 of 104 · ‹ previous · next ›": what a page of results is and the links to its neighbours. */
final class PageNav {

    private PageNav() {
    }

    /**
     * Appends the note; {@code href} gives the address of the page at an offset. Says nothing when the answer is
     * whole and starts at the first row, unless {@code always}.
     */
    static void append(Element parent, PageNote note, String things, String thing, LongFunction<String> href,
            boolean always) {
        if (!note.isPartial() && !always) {
            return;
        }
        Element nav = parent.appendElement("nav").addClass("paging").attr("aria-label", "pages");
        nav.appendElement("span").addClass("summary").text(capitalised(note.summary(things, thing))
                + (note.isPartial() ? "" : " (all)"));
        if (note.offset() > 0) {
            nav.appendElement("a").attr("rel", "prev").attr("href", href.apply(note.previousOffset()))
                    .text("‹ previous");
        }
        if (note.more()) {
            nav.appendElement("a").attr("rel", "next").attr("href", href.apply(note.nextOffset())).text("next ›");
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
