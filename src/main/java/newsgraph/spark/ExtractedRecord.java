package newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What the job made of one record: an article's N-Quads and its table rows, or a failure row. Everything the
 * outputs need, so that the costly extraction runs once for all of them: the job writes it as one row of its
 * work table ({@link #SCHEMA}) and each output reads its columns.
 *
 * @param nquads     the article's named graph as N-Quads, one gzip member; null for a failure
 * @param article    the article's row of the {@code articles} table; null for a failure
 * @param statements rows of the {@code statements} table
 * @param entities   rows of the {@code entities} table
 * @param mentions   rows of the {@code mentions} table
 * @param failure    the row of the {@code failures} table, or null
 */
record ExtractedRecord(byte[] nquads, Row article, List<Row> statements, List<Row> entities, List<Row> mentions,
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

    /** The columns of the job's work table: one row per record, the tables' rows nested in it. */
    static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("nquads", DataTypes.BinaryType, true),
        DataTypes.createStructField("article", ArticleRows.ARTICLES, true),
        DataTypes.createStructField("statements", DataTypes.createArrayType(ArticleRows.STATEMENTS, false), false),
        DataTypes.createStructField("entities", DataTypes.createArrayType(ArticleRows.ENTITIES, false), false),
        DataTypes.createStructField("mentions", DataTypes.createArrayType(ArticleRows.MENTIONS, false), false),
        DataTypes.createStructField("failure", ArticleRows.FAILURES, true)});

    /** This record as a row of {@link #SCHEMA}. */
    Row row() {
        return RowFactory.create(nquads, article, seq(statements), seq(entities), seq(mentions), failure);
    }

    private static scala.collection.Seq<Row> seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
    }
}
