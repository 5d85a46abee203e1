package newsgraph.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.text.ArticleMetadata.Author;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata about itself, read from its parsed markup into {@link Facts} in the order of trust: schema.org
 * JSON-LD ({@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle} and the other article types, also
 * inside {@code @graph}, arrays and a page's {@code mainEntity}, with {@code @id} references followed), then Open
 * Graph and {@code article:*} tags, then {@code <meta name="author">} and byline markup, then {@code <time datetime>},
 * then {@code <link rel="canonical">}. JSON-LD is parsed by a JSON parser (Jena's); a block that is not JSON, is
 * larger than {@link #MAX_JSON_LD_CHARS} or nested deeper than {@link #MAX_JSON_DEPTH} is left out with a note, and
 * the rest of the page is read.
 */
final class PageMetadata {

    /** A JSON-LD block larger than this is not parsed (a news page's is a few KB; a 10 MB inline script is not metadata). */
    static final int MAX_JSON_LD_CHARS = 1 << 20;
    /** Deeper JSON is not parsed: parsers recurse, and metadata is a few levels deep. */
    static final int MAX_JSON_DEPTH = 64;
    private static final int MAX_BLOCKS = 20;
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "AskPublicNewsArticle", "Article", "SatiricalArticle", "Report", "BlogPosting", "LiveBlogPosting",
            "TechArticle", "SocialMediaPosting");

    private final Facts facts;
    private final List<String> notes;
    private final String name;

    private PageMetadata(Facts facts, List<String> notes, String name) {
        this.facts = facts;
        this.notes = notes;
        this.name = name;
    }

    /** Adds what the page says about itself to {@code facts}; a block that cannot be read adds a note naming it. */
    static void read(Document page, Facts facts, List<String> notes, String name) {
        PageMetadata reader = new PageMetadata(facts, notes, name);
        reader.jsonLd(page);
        reader.openGraph(page);
        reader.otherMeta(page);
        reader.markup(page);
    }

    // ------------------------------------------------------------------ JSON-LD

    private void jsonLd(Document page) {
        int block = 0;
        for (Element script : page.select("script[type]")) {
            if (!script.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                continue;
            }
            if (++block > MAX_BLOCKS) {
                break;
            }
            String json = script.data();
            JsonValue value = parse(json, block);
            if (value == null) {
                continue;
            }
            Map<String, JsonObject> byId = new HashMap<>();
            index(value, byId, 0);
            JsonObject article = article(value, 0);
            if (article != null) {
                take(article, byId);
            }
        }
    }

    private JsonValue parse(String json, int block) {
        if (json.length() > MAX_JSON_LD_CHARS) {
            notes.add(name + ": JSON-LD block " + block + " has " + json.length() + " characters; the limit is "
                    + MAX_JSON_LD_CHARS + ": its metadata is not read");
            return null;
        }
        int depth = depth(json);
        if (depth > MAX_JSON_DEPTH) {
            notes.add(name + ": JSON-LD block " + block + " is nested " + depth + " deep; the limit is "
                    + MAX_JSON_DEPTH + ": its metadata is not read");
            return null;
        }
        try {
            return JSON.parseAny(json);
        } catch (JsonException | org.apache.jena.atlas.AtlasException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
            notes.add(name + ": JSON-LD block " + block + " is not valid JSON (" + why + "): its metadata is not read");
            return null;
        }
    }

    /** How deep arrays and objects nest, counted outside strings (before parsing, which recurses). */
    static int depth(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    private static void index(JsonValue value, Map<String, JsonObject> byId, int depth) {
        if (depth > MAX_JSON_DEPTH) {
            return;
        }
        if (value.isArray()) {
            value.getAsArray().forEach(v -> index(v, byId, depth + 1));
        } else if (value.isObject()) {
            JsonObject o = value.getAsObject();
            String id = string(o.get("@id"));
            if (id != null && o.keys().size() > 1) {
                byId.putIfAbsent(id, o);
            }
            o.keys().forEach(k -> index(o.get(k), byId, depth + 1));
        }
    }

    /** The first object of a news type, else of another article type, in the document's order. */
    private static JsonObject article(JsonValue value, int depth) {
        List<JsonObject> found = new ArrayList<>();
        collect(value, found, depth);
        for (JsonObject o : found) {
            if (types(o).stream().anyMatch(t -> t.endsWith("NewsArticle"))) {
                return o;
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static void collect(JsonValue value, List<JsonObject> found, int depth) {
        if (depth > MAX_JSON_DEPTH || value == null) {
            return;
        }
        if (value.isArray()) {
            value.getAsArray().forEach(v -> collect(v, found, depth + 1));
        } else if (value.isObject()) {
            JsonObject o = value.getAsObject();
            if (types(o).stream().anyMatch(ARTICLE_TYPES::contains)) {
                found.add(o);
            }
            for (String key : List.of("@graph", "mainEntity", "hasPart", "itemListElement")) {
                collect(o.get(key), found, depth + 1);
            }
        }
    }

    /** The object's {@code @type}s without their namespace ("schema:NewsArticle", "http://schema.org/Article"). */
    private static List<String> types(JsonObject o) {
        List<String> out = new ArrayList<>();
        JsonValue type = o.get("@type");
        List<JsonValue> values = type == null ? List.of() : type.isArray() ? type.getAsArray() : List.of(type);
        for (JsonValue v : values) {
            String s = string(v);
            if (s != null) {
                out.add(s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1));
            }
        }
        return out;
    }

    private void take(JsonObject article, Map<String, JsonObject> byId) {
        facts.headline(text(article.get("headline")));
        facts.headline(text(article.get("name")));
        facts.published(text(article.get("datePublished")));
        facts.modified(text(article.get("dateModified")));
        facts.url(text(article.get("url")));
        JsonValue page = article.get("mainEntityOfPage");
        if (page != null && page.isObject()) {
            facts.url(string(page.getAsObject().get("@id")));
            facts.url(text(page.getAsObject().get("url")));
        } else {
            facts.url(text(page));
        }
        JsonValue language = article.get("inLanguage");
        if (language != null && language.isObject()) {
            facts.language(text(language.getAsObject().get("alternateName")));
            facts.language(text(language.getAsObject().get("name")));
        } else {
            facts.language(text(language));
        }
        List<Author> authors = new ArrayList<>();
        for (JsonValue a : list(article.get("author"))) {
            JsonObject o = resolve(a, byId);
            if (o != null) {
                String authorName = text(o.get("name"));
                if (authorName != null && Bylines.isName(authorName.strip())) {
                    authors.add(new Author(authorName.strip(), types(o).contains("Organization")
                            || types(o).contains("NewsMediaOrganization")));
                }
            } else {
                authors.addAll(Bylines.people(text(a)));
            }
        }
        facts.authors(authors);
        for (JsonValue p : list(article.get("publisher"))) {
            JsonObject o = resolve(p, byId);
            if (o != null) {
                facts.publisher(text(o.get("name")), text(o.get("url")));
            } else {
                facts.publisher(text(p), null);
            }
        }
    }

    /** An object, or the object an {@code {"@id": …}} reference names; null for a string. */
    private static JsonObject resolve(JsonValue value, Map<String, JsonObject> byId) {
        if (value == null || !value.isObject()) {
            return null;
        }
        JsonObject o = value.getAsObject();
        String id = string(o.get("@id"));
        if (o.keys().size() == 1 && id != null) {
            return byId.getOrDefault(id, o);
        }
        return o;
    }

    private static List<JsonValue> list(JsonValue value) {
        if (value == null) {
            return List.of();
        }
        return value.isArray() ? value.getAsArray() : List.of(value);
    }

    /** A string, or the first string of an array. */
    private static String text(JsonValue value) {
        if (value != null && value.isArray()) {
            JsonArray array = value.getAsArray();
            return array.isEmpty() ? null : text(array.get(0));
        }
        return string(value);
    }

    private static String string(JsonValue value) {
        return value != null && value.isString() ? value.getAsString().value() : null;
    }

    // ------------------------------------------------------------------ meta tags and markup

    private void openGraph(Document page) {
        facts.headline(meta(page, "og:title"));
        facts.published(meta(page, "article:published_time"));
        facts.modified(meta(page, "article:modified_time"));
        facts.modified(meta(page, "og:updated_time"));
        facts.url(meta(page, "og:url"));
        facts.publisher(meta(page, "og:site_name"), null);
        facts.language(meta(page, "og:locale"));
        List<Author> authors = new ArrayList<>();
        for (Element e : page.select("meta[property=article:author], meta[name=article:author]")) {
            authors.addAll(Bylines.people(e.attr("content")));
        }
        facts.authors(authors);
    }

    private void otherMeta(Document page) {
        for (String key : List.of("pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "parsely-pub-date",
                "sailthru.date", "datePublished")) {
            facts.published(meta(page, key));
        }
        for (Element e : page.select("[itemprop=datePublished]")) {
            facts.published(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
        }
        List<Author> authors = new ArrayList<>();
        for (String key : List.of("author", "byl", "dc.creator", "parsely-author", "sailthru.author")) {
            String value = meta(page, key);
            if (value != null) {
                authors.addAll(Bylines.people(value));
                break;
            }
        }
        facts.authors(authors);
    }

    private void markup(Document page) {
        List<Author> authors = new ArrayList<>();
        for (Element e : page.select("[rel=author], [itemprop=author] [itemprop=name], .byline, .author-name")) {
            if (authors.size() >= 5) {
                break;
            }
            authors.addAll(Bylines.people(e.text()));
        }
        facts.authors(authors);
        Element time = page.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        if (time != null) {
            facts.published(time.attr("datetime"));
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            facts.url(canonical.attr("href"));
        }
        Element html = page.selectFirst("html[lang]");
        if (html != null) {
            facts.language(html.attr("lang"));
        }
        facts.headline(page.title());
    }

    /** The content of {@code <meta property=KEY>} or {@code <meta name=KEY>}, or null. */
    private static String meta(Document page, String key) {
        for (Element e : page.head().getElementsByTag("meta")) {
            if ((key.equalsIgnoreCase(e.attr("property")) || key.equalsIgnoreCase(e.attr("name"))
                    || key.equalsIgnoreCase(e.attr("itemprop"))) && e.hasAttr("content")) {
                String value = e.attr("content").strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return null;
    }
}
