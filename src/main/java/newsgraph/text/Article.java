package newsgraph.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An article as newsgraph stores it: an id (see {@link ArticleId}) and its text, exactly as every offset
 * counts it (decoded UTF-8, byte-order mark removed, line ends normalised to {@code \n}).
 */
public record Article(String id, String text) {

    /** Usable in IRIs and file names as it is. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    public Article {
        Objects.requireNonNull(text, "text");
        if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
            throw new IllegalArgumentException("bad article id: " + id);
        }
    }

    public String text(Span span) {
        return span.of(text);
    }
}
