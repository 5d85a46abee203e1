package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import newsgraph.text.Block;
import newsgraph.text.Span;

/**
 * Finds quotations in blocks: curly “…” and straight "…" double quotes, a quotation over several
 * paragraphs (each reopens with a mark, only the last closes), and single ‘…’ quotes that hold a whole
 * clause. Apostrophes (Unity’s, farmers’) are never taken for quotation marks; single quotes
 * inside double quotes are quotes within the quote and are left to it.
 */
final class QuoteFinder {

    private QuoteFinder() {
    }

    static List<Quote> find(String text, List<Block> blocks) {
        List<Quote> out = new ArrayList<>();
        boolean carry = false;
        for (Block block : blocks) {
            if (!block.kind().carriesStatements() && block.kind() != newsgraph.text.BlockKind.HEADLINE) {
                findInBlock(text, block, false, out);
                continue;
            }
            int before = out.size();
            // a quotation left open goes on in this paragraph, unless the paragraph reopens it with a mark
            boolean inside = carry && !startsWithOpeningMark(text, block) && closesWithoutOpening(text, block);
            findInBlock(text, block, inside, out);
            carry = out.size() > before && out.get(out.size() - 1).openEnd();
        }
        return out;
    }

    /**
     * Whether the paragraph has a closing mark with no opening one: its first curly mark closes, or it
     * holds an odd number of straight marks. A paragraph that only tells ("Brennan's statement added,
     * "...") does not continue the quotation left open before it.
     */
    private static boolean closesWithoutOpening(String text, Block block) {
        int straight = 0;
        for (int i = block.span().begin(); i < block.span().end(); i++) {
            char c = text.charAt(i);
            if (c == '”') {
                return true;
            }
            if (c == '“') {
                return false;
            }
            if (c == '"') {
                straight++;
            }
        }
        return straight % 2 == 1;
    }

    private static boolean startsWithOpeningMark(String text, Block block) {
        char c = text.charAt(block.span().begin());
        return c == '“' || c == '"' || c == '„' || c == '‘';
    }

    private static void findInBlock(String text, Block block, boolean startsInside, List<Quote> out) {
        int b = block.span().begin();
        int e = block.span().end();
        int open = -1;
        // inside a quotation carried over from the previous paragraph (no opening mark here)
        boolean carried = startsInside;
        boolean straight = startsInside;
        int firstMark = -1;
        for (int i = b; i < e; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '„') {
                if (carried) {
                    add(text, block, b - 1, i, false, false, out);
                    carried = false;
                }
                if (open >= 0 && straight) {
                    // "… decision.“: a straight quotation closed by the wrong curly mark
                    add(text, block, open, i + 1, true, true, out);
                    open = -1;
                    firstMark = firstMark < 0 ? i : firstMark;
                    continue;
                }
                if (open >= 0) {
                    // a new opening mark before a close: the earlier quote ran to here (an unbalanced mark)
                    add(text, block, open, i, true, false, out);
                }
                open = i;
                straight = false;
                firstMark = firstMark < 0 ? i : firstMark;
            } else if (c == '”') {
                if (open >= 0) {
                    add(text, block, open, i + 1, true, true, out);
                    open = -1;
                } else if (carried) {
                    add(text, block, b - 1, i + 1, false, true, out);
                    carried = false;
                } else if (firstMark < 0) {
                    // closes a quotation opened in an earlier paragraph without reopening here
                    add(text, block, b - 1, i + 1, false, true, out);
                }
                firstMark = firstMark < 0 ? i : firstMark;
            } else if (c == '"') {
                if (carried) {
                    add(text, block, b - 1, i + 1, false, true, out);
                    carried = false;
                } else if (open < 0) {
                    open = i;
                    straight = true;
                } else {
                    add(text, block, open, i + 1, true, true, out);
                    open = -1;
                }
                firstMark = firstMark < 0 ? i : firstMark;
            } else if (c == '‘' && open < 0 && !carried && isWordStart(text, i, e)) {
                int close = singleClose(text, i + 1, e);
                if (close > 0 && wordCount(text, i + 1, close) >= 4) {
                    add(text, block, i, close + 1, true, true, out);
                    i = close;
                }
            }
        }
        if (open >= 0) {
            add(text, block, open, e, true, false, out);
        } else if (carried) {
            add(text, block, b - 1, e, false, false, out);
        }
    }

    /** The ’ that closes a single quote opened before {@code from}: followed by a non-letter. */
    private static int singleClose(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                return -1;
            }
            if (c == '’' && (i + 1 >= end || !Character.isLetter(text.charAt(i + 1)))
                    && i > from && text.charAt(i - 1) != 's') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWordStart(String text, int i, int end) {
        boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        return before && i + 1 < end && Character.isLetter(text.charAt(i + 1));
    }

    /**
     * @param from index of the opening mark, or block begin − 1 when the quote opened in an earlier block
     * @param to   index after the closing mark, or block end when it goes on
     */
    private static void add(String text, Block block, int from, int to, boolean hasOpen, boolean hasClose,
                            List<Quote> out) {
        int innerBegin = hasOpen ? from + 1 : block.span().begin();
        int innerEnd = hasClose ? to - 1 : to;
        while (innerBegin < innerEnd && Character.isWhitespace(text.charAt(innerBegin))) {
            innerBegin++;
        }
        while (innerEnd > innerBegin && Character.isWhitespace(text.charAt(innerEnd - 1))) {
            innerEnd--;
        }
        if (innerEnd <= innerBegin) {
            return;
        }
        int outerBegin = hasOpen ? from : block.span().begin();
        Span inner = new Span(innerBegin, innerEnd);
        out.add(new Quote(inner, new Span(outerBegin, to), block.index(), !hasOpen, !hasClose,
                wordCount(text, innerBegin, innerEnd)));
    }

    static int wordCount(String text, int from, int to) {
        int count = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                count++;
            }
            in = letter;
        }
        return count;
    }
}
