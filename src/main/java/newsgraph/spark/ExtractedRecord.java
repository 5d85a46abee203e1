package newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What the job made of one record: an article's N-Quads and its table rows, or a failure row. Everything the
 * outputs need, so that the costly extraction runs once for all of them.
 *
 * @param nquads     the article's named graph as N-Quads, without the last line end; null for a failure
 * @param article    the article's row of the {@code articles} table; null for a failure
 * @param statements rows of the {@code statements} table
 * @param entities   rows of the {@code entities} table
 * @param mentions   rows of the {@code mentions} table
 * @param failure    the row of the {@code failures} table, or null
 */
record ExtractedRecord(String nquads, Row article, List<Row> statements, List<Row> entities, List<Row> mentions,
                       Row failure) implements Serializable {

    ExtractedRecord {
        statements = List.copyOf(statements);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }

    static ExtractedRecord failed(Row failure) {
        return new ExtractedRecord(null, null, List.of(), List.of(), List.of(), failure);
    }

    boolean isFailure() {
        return failure != null;
    }
}
