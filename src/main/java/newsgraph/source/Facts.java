package newsgraph.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsgraph.text.ArticleMetadata;
import newsgraph.text.ArticleMetadata.Author;
import newsgraph.text.ArticleMetadata.Publisher;
import newsgraph.text.ArticleMetadata.SourceRecordRef;
import newsgraph.text.NewsDate;

/**
 * What the parts of a source say about one article, gathered in their order of trust: each fact is taken from the
 * first part that gives it (a JSON Lines record's own fields, then a page's JSON-LD, its Open Graph and
 * {@code article:*} tags, its other meta tags and byline markup, its {@code <time>}, its canonical link, and last
 * the WARC record's address and date). Dates that say nothing certain and addresses that are not absolute http(s)
 * URLs are not taken.
 */
final class Facts {

    private String headline;
    private NewsDate published;
    private NewsDate modified;
    private String url;
    private String language;
    private final List<Author> authors = new ArrayList<>();
    private String publisherName;
    private String publisherUrl;
    private SourceRecordRef source;
    /** The date of the record (a WARC-Date: when it was fetched), used when nothing else dates the article. */
    private NewsDate fallbackPublished;
    /** The address the record was fetched from, the base of relative links. */
    private String base;
    /** Which part gave the authors: later parts do not add to a list an earlier one gave. */
    private boolean authorsGiven;

    Facts base(String recordUrl) {
        this.base = absolute(recordUrl, null);
        return this;
    }

    String base() {
        return base;
    }

    Facts headline(String value) {
        if (headline == null && value != null && !value.isBlank()) {
            headline = value.strip().replaceAll("\\s+", " ");
        }
        return this;
    }

    Facts published(String value) {
        if (published == null) {
            published = Dates.parse(value);
        }
        return this;
    }

    Facts published(NewsDate value) {
        if (published == null) {
            published = value;
        }
        return this;
    }

    Facts modified(String value) {
        if (modified == null) {
            modified = Dates.parse(value);
        }
        return this;
    }

    boolean hasPublished() {
        return published != null;
    }

    /** A candidate for the canonical URL (relative ones against the record's address). */
    Facts url(String value) {
        if (url == null) {
            String absolute = absolute(value, base);
            // a page that names its site's home page as its own address would make every article of the site one
            if (absolute != null && !(isRoot(absolute) && base != null && !isRoot(base))) {
                url = absolute;
            }
        }
        return this;
    }

    Facts language(String value) {
        if (language == null && value != null) {
            String tag = value.strip().replace('_', '-');
            Locale locale = Locale.forLanguageTag(tag);
            if (!locale.getLanguage().isEmpty() && locale.getLanguage().length() <= 3 && tag.length() <= 35) {
                language = locale.toLanguageTag();
            }
        }
        return this;
    }

    /** Authors of one part; ignored when an earlier part gave some. */
    Facts authors(List<Author> names) {
        if (!authorsGiven && !names.isEmpty()) {
            Map<String, Author> distinct = new LinkedHashMap<>();
            names.forEach(a -> distinct.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a));
            authors.addAll(distinct.values());
            authorsGiven = true;
        }
        return this;
    }

    Facts publisher(String name, String homePage) {
        if (publisherName == null && name != null && !name.isBlank() && name.length() <= 200) {
            publisherName = name.strip().replaceAll("\\s+", " ");
        }
        if (publisherUrl == null) {
            publisherUrl = absolute(homePage, base);
        }
        return this;
    }

    /** The date to take when no part of the article gives one (a WARC record's WARC-Date). */
    Facts fallbackPublished(NewsDate date) {
        this.fallbackPublished = date;
        return this;
    }

    Facts source(SourceRecordRef ref) {
        this.source = ref;
        return this;
    }

    String headline() {
        return headline;
    }

    String url() {
        return url != null ? url : base;
    }

    ArticleMetadata metadata() {
        String address = url();
        String host = host(address != null ? address : publisherUrl);
        Publisher publisher = null;
        if (publisherName != null || host != null) {
            String home = publisherUrl != null ? publisherUrl : host == null ? null : "https://" + host + "/";
            publisher = new Publisher(publisherName != null ? publisherName : host, host, home);
        }
        return new ArticleMetadata(headline, published != null ? published : fallbackPublished, modified, address,
                language, authors, publisher, source);
    }

    /** The host of an http(s) URL in lower case without {@code www.}: an outlet's key. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = new URI(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * {@code value} as an absolute http(s) URL (resolved against {@code base} when relative), without its fragment,
     * or null: an address that is not one cannot name an article (nor be written as an IRI).
     */
    static String absolute(String value, String base) {
        if (value == null || value.isBlank() || value.length() > 2000) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            if (!uri.isAbsolute() && base != null) {
                uri = new URI(base).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.isOpaque()) {
                return null;
            }
            return new URI(scheme, uri.getRawAuthority() == null ? null : uri.getAuthority(), uri.getPath(),
                    uri.getQuery(), null).toASCIIString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isRoot(String url) {
        try {
            String path = new URI(url).getPath();
            return path == null || path.isEmpty() || path.equals("/");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
