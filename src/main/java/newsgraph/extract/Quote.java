package newsgraph.extract;

import newsgraph.text.Span;

/**
 * A stretch of text between quotation marks in one block.
 *
 * @param inner     the quoted words, without the marks
 * @param outer     with the marks (where the marks are in this block)
 * @param block     index of the block
 * @param openStart the quotation began in an earlier paragraph (this block has no opening mark)
 * @param openEnd   the quotation goes on in the next paragraph (this block has no closing mark)
 * @param words     number of words inside
 */
record Quote(Span inner, Span outer, int block, boolean openStart, boolean openEnd, int words) {

    /** Short quoted terms ("smear", "attack dossier") are words held at a distance, not statements. */
    boolean isTerm() {
        return words <= 3 && !openStart && !openEnd;
    }
}
