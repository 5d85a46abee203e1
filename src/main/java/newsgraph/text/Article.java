package newsgraph.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An article as newsgraph stores it: an id (from the file name) and its text, exactly as every offset
 * counts it (decoded UTF-8, byte-order mark removed, line ends normalised to {@code \n}).
 */
public record Article(String id, String text) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    public Article {
        Objects.requireNonNull(text, "text");
        if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
            throw new IllegalArgumentException("bad article id: " + id);
        }
    }

    /** An id usable in IRIs from a file name: its stem, with anything but letters, digits, '.', '_' and '-' replaced. */
    public static String idFromFileName(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String id = stem.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (id.isEmpty()) {
            id = "article";
        }
        return id.length() > 200 ? id.substring(0, 200) : id;
    }

    public String text(Span span) {
        return span.of(text);
    }
}
