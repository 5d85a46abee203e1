package newsgraph.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Addresses of the named-query endpoint and of the SPARQL editor, with their parameters URL-encoded. */
final class Links {

    private Links() {
    }

    /** {@code /news/query/NAME?p=v&…} (and {@code limit}, {@code offset} when given: -1 leaves one out). */
    static String query(String name, Map<String, String> parameters, long limit, long offset) {
        return Browsing.NAMED_QUERIES + encode(name) + queryString(parameters, limit, offset, null);
    }

    /** The same, as a given format ({@code json}, {@code csv}, …). */
    static String query(String name, Map<String, String> parameters, long limit, long offset, String format) {
        return Browsing.NAMED_QUERIES + encode(name) + queryString(parameters, limit, offset, format);
    }

    /** The Fuseki UI's query page with the named query bound and paged ({@code /news/query/NAME/editor} redirects). */
    static String editor(String name, Map<String, String> parameters, long limit, long offset) {
        return Browsing.NAMED_QUERIES + encode(name) + "/editor" + queryString(parameters, limit, offset, null);
    }

    static String queryString(Map<String, String> parameters, long limit, long offset, String format) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
        if (limit >= 0) {
            query.add("limit=" + limit);
        }
        if (offset > 0) {
            query.add("offset=" + offset);
        }
        if (format != null) {
            query.add("format=" + encode(format));
        }
        return query.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
