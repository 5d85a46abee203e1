package newsgraph.rdf;

import java.text.Normalizer;
import java.util.Locale;
import newsgraph.names.EntityType;
import newsgraph.text.Span;

/**
 * Deterministic IRIs. An article's IRI comes from its id and is also the name of its graph; an entity's
 * comes from its type and canonical name, so one person across many articles is one node; spans use
 * RFC 5147 fragments ({@code #char=begin,end}) on the article's IRI.
 */
public final class Iris {

    public static final String BASE = "https://w3id.org/newsgraph/id/";
    public static final String SOFTWARE = "https://w3id.org/newsgraph/software/newsgraph";

    private Iris() {
    }

    public static String article(String articleId) {
        return BASE + "article/" + articleId;
    }

    public static String span(String articleId, Span span) {
        return span(articleId, span.begin(), span.end());
    }

    public static String span(String articleId, int begin, int end) {
        return article(articleId) + "#char=" + begin + "," + end;
    }

    public static String statement(String articleId, Span content) {
        return article(articleId) + "/statement/" + content.begin() + "-" + content.end();
    }

    public static String extraction(String articleId) {
        return article(articleId) + "/extraction";
    }

    /** A named entity, shared by all articles that name it the same way. */
    public static String entity(EntityType type, String canonicalName) {
        return BASE + segment(type) + "/" + slug(canonicalName);
    }

    /** An entity that exists only within one article (an unnamed spokesperson, "researchers"). */
    public static String localEntity(String articleId, EntityType type, String name) {
        return article(articleId) + "/" + segment(type) + "/" + slug(name);
    }

    public static String role(String title, String inEntityIri) {
        String suffix = inEntityIri == null ? "" : "--" + inEntityIri.substring(inEntityIri.lastIndexOf('/') + 1);
        return BASE + "role/" + slug(title) + suffix;
    }

    private static String segment(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "organization";
            case PLACE -> "place";
            case AGENT -> "agent";
        };
    }

    /** Lower case ASCII words joined by '-': "Sinn Féin" → "sinn-fein". Never empty. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            // names in other scripts: keep them, percent-encoded by code point, so distinct names stay distinct
            StringBuilder sb = new StringBuilder("u");
            name.strip().codePoints().filter(Character::isLetterOrDigit)
                    .forEach(cp -> sb.append('-').append(Integer.toHexString(cp)));
            slug = sb.toString();
        }
        return slug.length() > 120 ? slug.substring(0, 120) : slug;
    }
}
