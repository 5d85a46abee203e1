package newsgraph.text;

import java.util.List;
import java.util.Objects;

/**
 * What a source says about an article besides its text: where and when it was published, by whom, and which
 * record it was read from. Every part may be missing (null, or empty for lists); a plain-text file has none.
 *
 * @param headline     the headline the page or record gives (JSON-LD {@code headline}, {@code og:title}, a
 *                     JSON Lines {@code title}); the graph's headline is still the text's first line, which this one
 *                     becomes when a page has no {@code <h1>}
 * @param published    when it was published
 * @param modified     when it was last changed
 * @param url          its canonical address (an absolute http or https URL)
 * @param language     the language it declares (a BCP 47 tag, e.g. {@code en-GB})
 * @param authors      its bylines, in order
 * @param publisher    the outlet that published it, or null
 * @param source       the record it was read from (a WARC record, a line of a JSON Lines file), or null
 */
public record ArticleMetadata(String headline, NewsDate published, NewsDate modified, String url, String language,
                              List<Author> authors, Publisher publisher, SourceRecordRef source) {

    /** Nothing known: a plain-text article. */
    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null, List.of(), null, null);

    public ArticleMetadata {
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    }

    /** A byline: a person, or an organisation (an agency credited as the author). */
    public record Author(String name, boolean organization) {

        public Author {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The outlet.
     *
     * @param name its name ({@code og:site_name}, JSON-LD {@code publisher.name}), or its host when nothing names it
     * @param host the host of its site without {@code www.} ({@code bbc.co.uk}): the key that makes it one node for all
     *             its articles; null when only a name is known
     * @param homePage its home page ({@code publisher.url}, else {@code https://HOST/}), or null
     */
    public record Publisher(String name, String host, String homePage) {

        /**
         * Where the linking stage puts the outlet's links (Wikidata) in {@code Analysis.sameAs()}: no entity's key
         * looks like it.
         */
        public static final String LINK_KEY = "publisher:";

        public Publisher {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The record an article was read from: a WARC record ({@code recordId}, the WARC-Record-ID) or a line of a JSON
     * Lines file ({@code line} &gt; 0), in the file called {@code fileName} (a name, never a directory).
     */
    public record SourceRecordRef(String fileName, String recordId, long line) {

        public SourceRecordRef {
            Objects.requireNonNull(fileName, "fileName");
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public ArticleMetadata withHeadline(String headline) {
        return new ArticleMetadata(headline, published, modified, url, language, authors, publisher, source);
    }
}
