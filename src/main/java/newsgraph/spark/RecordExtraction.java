package newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import newsgraph.extract.Analysis;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.RdfOutput;
import newsgraph.load.ArticleExtraction;
import newsgraph.text.Article;

/**
 * One record of the input to what the job writes: the article's graph as {@code extract --format nq} writes it,
 * gzipped (the job keeps it until it is written, and N-Quads shrink about tenfold), and its table rows. The extractor failing on an article (a bug) costs only that article: it becomes a failure
 * row with the one-line message of {@code extract} and {@code load}.
 */
final class RecordExtraction {

    private final Extractor extractor;

    RecordExtraction(Extractor extractor) {
        this.extractor = extractor;
    }

    ExtractedRecord of(SourceRecord record) {
        if (record instanceof SourceRecord.Found found) {
            return extracted(found);
        }
        SourceRecord.Refused refused = (SourceRecord.Refused) record;
        return ExtractedRecord.failed(ArticleRows.failure(refused.source(), ArticleRows.READ, refused.reason()));
    }

    private ExtractedRecord extracted(SourceRecord.Found found) {
        Article article = found.article();
        try {
            Analysis analysis = extractor.extract(article);
            ByteArrayOutputStream quads = new ByteArrayOutputStream(1 << 15);
            try (GZIPOutputStream gzip = new GZIPOutputStream(quads, 1 << 16)) {
                RdfOutput.NQ.write(ArticleGraph.of(analysis), ArticleGraph.graphName(article), gzip);
            }
            byte[] nquads = quads.toByteArray();
            return new ExtractedRecord(nquads, ArticleRows.article(found, analysis),
                    ArticleRows.statements(found, analysis), ArticleRows.entities(analysis),
                    ArticleRows.mentions(analysis), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress in memory", e);
        } catch (RuntimeException | StackOverflowError e) {
            return ExtractedRecord.failed(ArticleRows.failure(found.source(), ArticleRows.EXTRACT,
                    ArticleExtraction.extractionFailed(found.source(), e)));
        }
    }
}
