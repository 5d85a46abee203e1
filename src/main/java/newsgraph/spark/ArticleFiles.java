package newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;

/**
 * Files of one article each, plain text or a saved HTML page, read by the {@link ArticleReader} of
 * {@code extract} and {@code load} with its rules and messages. A file over the reader's byte limit is refused
 * after reading one byte past the limit, so memory stays bounded whatever the file.
 */
final class ArticleFiles implements ArticleSource {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;
    private final int maxChars;

    ArticleFiles() {
        this(ArticleReader.DEFAULT_MAX_BYTES, ArticleReader.DEFAULT_MAX_CHARS);
    }

    ArticleFiles(long maxBytes, int maxChars) {
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    @Override
    public Iterator<SourceRecord> records(String path, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        try {
            // the id as ArticleReader.read(Path) gives it, so the job's graphs are extract's graphs
            Article article = new ArticleReader(maxBytes, maxChars).decode(fileName, bytes, path);
            return List.<SourceRecord>of(new SourceRecord.Found(path, article, null, null, null)).iterator();
        } catch (BadArticleException e) {
            return List.<SourceRecord>of(new SourceRecord.Refused(path, e.getMessage())).iterator();
        }
    }
}
