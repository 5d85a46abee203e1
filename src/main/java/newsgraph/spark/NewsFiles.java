package newsgraph.spark;

import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import newsgraph.source.ArticleInput;
import newsgraph.source.Inputs;
import newsgraph.source.NewsReader;
import newsgraph.text.Article;
import newsgraph.text.ArticleMetadata;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;

/**
 * Files of news as {@code extract} and {@code load} read them ({@link NewsReader}): plain text and HTML pages, one
 * article each, and WARC and JSON Lines files of many, told apart by their content; each article with its date,
 * outlet and URL. A record that gives no article is a refusal with {@code extract}'s one-line reason; a file that
 * breaks part-way ends with one.
 */
final class NewsFiles implements ArticleSource {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;
    private final int maxChars;

    NewsFiles() {
        this(ArticleReader.DEFAULT_MAX_BYTES, ArticleReader.DEFAULT_MAX_CHARS);
    }

    /** With other limits per article (tests use small ones). */
    NewsFiles(long maxBytes, int maxChars) {
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    @Override
    public Iterator<SourceRecord> records(String path, InputStream in) {
        Inputs inputs = new NewsReader(new ArticleReader(maxBytes, maxChars)).read(path, in);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = inputs.hasNext();
                if (!more) {
                    inputs.close();
                }
                return more;
            }

            @Override
            public SourceRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ArticleInput input = inputs.next();
                try {
                    Article article = input.read().article();
                    ArticleMetadata m = article.metadata();
                    return new SourceRecord.Found(input.source(), article,
                            m.published() == null ? null : m.published().lexical(),
                            m.publisher() == null ? null : m.publisher().name(), m.url());
                } catch (BadArticleException e) {
                    return new SourceRecord.Refused(input.source(), e.getMessage());
                }
            }
        };
    }
}
