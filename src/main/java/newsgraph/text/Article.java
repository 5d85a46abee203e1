package newsgraph.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An article as newsgraph stores it: an id (see {@link ArticleId}), its text, exactly as every offset counts it
 * (decoded, byte-order mark removed, line ends normalised to {@code \n}), and what its source says about it
 * (date, outlet, URL, bylines; {@link ArticleMetadata#NONE} for a plain-text file).
 */
public record Article(String id, String text, ArticleMetadata metadata) {

    /** Usable in IRIs and file names as it is. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    public Article {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
            throw new IllegalArgumentException("bad article id: " + id);
        }
    }

    /** An article with no metadata (a plain-text file). */
    public Article(String id, String text) {
        this(id, text, ArticleMetadata.NONE);
    }

    public String text(Span span) {
        return span.of(text);
    }
}
