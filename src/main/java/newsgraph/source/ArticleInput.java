package newsgraph.source;

import java.util.List;
import newsgraph.text.Article;
import newsgraph.text.BadArticleException;

/**
 * One article's input as a file gives it — a text or HTML file, a WARC record's page, a JSON Lines line — read from
 * the file but not yet decoded: {@link #read()} does the work (decoding, parsing the page, reading its metadata), so
 * that many inputs of one file can be read on many threads while the file is read on one.
 */
public interface ArticleInput {

    /** Where it comes from, as messages print it: {@code a.txt}, {@code crawl.warc.gz record 7 (URL)}, {@code x.jsonl:12}. */
    String source();

    /** About how many bytes it holds (to bound what is read ahead). */
    long size();

    /**
     * The article, with notes about parts of it that could not be read (a JSON-LD block that is not JSON, a wrong
     * charset): each one line that names the input.
     *
     * @throws BadArticleException when it gives no article, with a one-line reason that names the input
     */
    Read read() throws BadArticleException;

    /** An article and the notes its reading left. */
    record Read(Article article, List<String> notes) {

        public Read {
            notes = List.copyOf(notes);
        }
    }

    /** An input that is refused before it is read (a file that cannot be opened, a broken archive). */
    static ArticleInput refused(String source, String reason) {
        return new ArticleInput() {
            @Override
            public String source() {
                return source;
            }

            @Override
            public long size() {
                return 0;
            }

            @Override
            public Read read() throws BadArticleException {
                throw new BadArticleException(reason);
            }
        };
    }
}
