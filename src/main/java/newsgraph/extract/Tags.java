package newsgraph.extract;

import java.util.List;
import newsgraph.nlp.Token;

/** A quotation's speech tag: the reporting cue right after its closing mark, or right before its opening one. */
final class Tags {

    private Tags() {
    }

    /** "“…,” he told reporters." / "“…,” said X." right after the closing mark. */
    static Cue after(Quote q, List<Cue> blockCues, Document doc) {
        for (Cue c : blockCues) {
            int at = c.sentence().token(c.verb()).begin();
            if (at < q.outer().end()) {
                continue;
            }
            int from = q.outer().end();
            int to = c.hasSubject() && !c.postposed() ? Math.min(at, c.subjectSpan().begin()) : at;
            String between = doc.text.substring(from, Math.max(from, to));
            if (between.matches("[\\s,.;:!?—–-]*") || between.strip().length() <= 2) {
                return c.hasComplement() && c.complementSpan().begin() > at ? null : c;
            }
            return null;
        }
        return null;
    }

    /** "he added: “…" / "Pellew wrote, "…" / ", telling Lakeside Radio: “…": a cue right before the opening mark. */
    static Cue before(Quote q, List<Cue> blockCues, Document doc) {
        Cue best = null;
        for (Cue c : blockCues) {
            Token verb = c.sentence().token(c.verb());
            if (verb.end() > q.outer().begin()) {
                break;
            }
            best = c;
        }
        if (best == null || best.hasComplement() && best.complementSpan().end() > best.sentence().token(best.verb()).end()
                && best.complementSpan().end() <= q.outer().begin()) {
            return null;
        }
        int from = best.sentence().token(best.verb()).end();
        String between = doc.text.substring(from, q.outer().begin());
        String trimmed = between.strip();
        boolean introduces = trimmed.isEmpty() || trimmed.endsWith(":") || trimmed.endsWith(",");
        int words = QuoteFinder.wordCount(between, 0, between.length());
        return introduces && words <= 8 && !between.contains("\"") && !between.contains("“") ? best : null;
    }
}
