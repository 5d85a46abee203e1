package newsgraph.extract;

/**
 * A role an entity holds, as the article states it: a title ("Health Secretary") and, where the
 * article names it, the organisation or place the role belongs to (by entity key), else {@code null}.
 */
public record Role(String title, String inEntityKey) {
}
