package newsgraph.spark;

import newsgraph.text.Article;

/**
 * One record of an input file, as an {@link ArticleSource} reads it: an article with what the source says about
 * it, or the reason a record could not be read.
 */
public sealed interface SourceRecord {

    /** Where the record came from: the file, or the file and the record's place in it. */
    String source();

    /**
     * An article read from the input.
     *
     * @param date   when it was published, as the source gives it (ISO 8601), or null when the source does not say
     * @param outlet the publication, or null
     * @param url    the page's address, or null
     */
    record Found(String source, Article article, String date, String outlet, String url) implements SourceRecord {
    }

    /** A record that could not be read, with a one-line reason that names it. */
    record Refused(String source, String reason) implements SourceRecord {
    }
}
