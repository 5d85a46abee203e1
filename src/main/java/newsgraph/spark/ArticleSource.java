package newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Iterator;

/**
 * The job's one seam to the readers: the records of one input file, read from its stream as they are asked
 * for, so that a file of any size streams through. The standard source is {@link NewsFiles}: newsgraph's own
 * readers ({@code newsgraph.source.NewsReader}), as {@code extract} and {@code load} read — text and HTML files of
 * one article, WARC and JSON Lines files of many, with their dates, outlets and URLs.
 *
 * <p>A source is serialised to the executors, where it is used from several threads at once.
 */
@FunctionalInterface
public interface ArticleSource extends Serializable {

    /**
     * The records of the file at {@code path} (a Hadoop path, e.g. {@code s3a://bucket/news/a.txt}) whose bytes
     * {@code in} gives. The caller closes {@code in} once the iterator is done. An {@link java.io.UncheckedIOException}
     * from the iterator ends the file: its records so far stand, and the rest is one refused record.
     */
    Iterator<SourceRecord> records(String path, InputStream in) throws IOException;

    /** What the job reads unless told otherwise. */
    static ArticleSource standard() {
        return new NewsFiles();
    }
}
