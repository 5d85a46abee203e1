package newsgraph.text;

/** One non-empty line of an article, with its 1-based line number and its layout label. */
public record Block(int index, int line, Span span, BlockKind kind) {

    public Block withKind(BlockKind newKind) {
        return new Block(index, line, span, newKind);
    }
}
