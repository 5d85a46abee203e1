package newsgraph.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsgraph.extract.Analysis;
import newsgraph.extract.Entity;
import newsgraph.extract.Mention;
import newsgraph.extract.Role;
import newsgraph.extract.Statement;
import newsgraph.rdf.Iris;
import newsgraph.text.Article;
import newsgraph.text.Span;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of the job's tables, made from an article's {@link Analysis} (not from its RDF), so that the tables
 * keep their columns whatever the graph's vocabulary. IRIs are the graph's: the same {@link Iris} make both.
 * Offsets count UTF-16 code units of the article text, as in the graph. Pure: records in, rows out.
 */
final class ArticleRows {

    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    /** One row per article. */
    static final StructType ARTICLES = schema(
            field("article_id", DataTypes.StringType, false),
            field("article_iri", DataTypes.StringType, false),
            field("source", DataTypes.StringType, false),
            field("date", DataTypes.StringType, true),
            field("outlet", DataTypes.StringType, true),
            field("url", DataTypes.StringType, true),
            field("headline", DataTypes.StringType, false),
            field("characters", DataTypes.IntegerType, false),
            field("statements", DataTypes.IntegerType, false),
            field("entities", DataTypes.IntegerType, false));

    /** One row per statement: who said what about whom, where. */
    static final StructType STATEMENTS = schema(
            field("article_id", DataTypes.StringType, false),
            field("article_iri", DataTypes.StringType, false),
            field("date", DataTypes.StringType, true),
            field("outlet", DataTypes.StringType, true),
            field("statement_iri", DataTypes.StringType, false),
            field("kind", DataTypes.StringType, false),
            field("content", DataTypes.StringType, false),
            field("content_begin", DataTypes.IntegerType, false),
            field("content_end", DataTypes.IntegerType, false),
            field("speaker_iri", DataTypes.StringType, true),
            field("speaker_name", DataTypes.StringType, true),
            field("speaker_type", DataTypes.StringType, true),
            field("speaker_mention", DataTypes.StringType, true),
            field("speaker_mention_begin", DataTypes.IntegerType, true),
            field("speaker_mention_end", DataTypes.IntegerType, true),
            field("cue", DataTypes.StringType, true),
            field("cue_begin", DataTypes.IntegerType, true),
            field("cue_end", DataTypes.IntegerType, true),
            field("sentence_begin", DataTypes.IntegerType, true),
            field("sentence_end", DataTypes.IntegerType, true),
            field("rule", DataTypes.StringType, false),
            field("confidence", DataTypes.DoubleType, false),
            field("about_iris", STRINGS, false),
            field("about_names", STRINGS, false));

    /** One row per entity of an article (an entity named in many articles has a row in each). */
    static final StructType ENTITIES = schema(
            field("article_id", DataTypes.StringType, false),
            field("article_iri", DataTypes.StringType, false),
            field("entity_iri", DataTypes.StringType, false),
            field("type", DataTypes.StringType, false),
            field("name", DataTypes.StringType, false),
            field("names", STRINGS, false),
            field("roles", STRINGS, false),
            field("member_of_iris", STRINGS, false),
            field("article_local", DataTypes.BooleanType, false),
            field("mentions", DataTypes.IntegerType, false));

    /** One row per mention of an entity. */
    static final StructType MENTIONS = schema(
            field("article_id", DataTypes.StringType, false),
            field("article_iri", DataTypes.StringType, false),
            field("entity_iri", DataTypes.StringType, false),
            field("text", DataTypes.StringType, false),
            field("kind", DataTypes.StringType, false),
            field("begin", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false));

    /** One row per record that gave no graph. */
    static final StructType FAILURES = schema(
            field("source", DataTypes.StringType, false),
            field("stage", DataTypes.StringType, false),
            field("reason", DataTypes.StringType, false));

    /** Failures while reading a file or a record of it. */
    static final String READ = "read";
    /** Failures of the extractor on an article that was read. */
    static final String EXTRACT = "extract";
    /** The article is not in English: skipped, as {@code load} skips it. */
    static final String LANGUAGE = "language";

    private ArticleRows() {
    }

    static Row article(SourceRecord.Found found, Analysis analysis) {
        Article a = analysis.article();
        return RowFactory.create(a.id(), Iris.article(a.id()), found.source(), found.date(), found.outlet(),
                found.url(), analysis.headline().strip(), a.text().length(), analysis.statements().size(),
                analysis.entities().size());
    }

    static List<Row> statements(SourceRecord.Found found, Analysis analysis) {
        Article a = analysis.article();
        Map<String, Entity> byKey = analysis.entitiesByKey();
        List<Row> rows = new ArrayList<>();
        for (Statement s : analysis.statements()) {
            Entity speaker = byKey.get(s.speakerKey());
            List<String> aboutIris = new ArrayList<>();
            List<String> aboutNames = new ArrayList<>();
            for (String key : s.about()) {
                Entity about = byKey.get(key);
                if (about != null) {
                    aboutIris.add(Iris.entity(a.id(), about));
                    aboutNames.add(about.name());
                }
            }
            rows.add(RowFactory.create(a.id(), Iris.article(a.id()), found.date(), found.outlet(),
                    Iris.statement(a.id(), s.content()), name(s.kind()), a.text(s.content()),
                    s.content().begin(), s.content().end(),
                    speaker == null ? null : Iris.entity(a.id(), speaker),
                    speaker == null ? null : speaker.name(),
                    speaker == null ? null : name(speaker.type()),
                    text(a, s.speakerMention()), begin(s.speakerMention()), end(s.speakerMention()),
                    text(a, s.cue()), begin(s.cue()), end(s.cue()),
                    begin(s.sentence()), end(s.sentence()),
                    s.rule().localName(),
                    // as the graph writes it
                    BigDecimal.valueOf(s.confidence()).setScale(2, RoundingMode.HALF_UP).doubleValue(),
                    seq(aboutIris), seq(aboutNames)));
        }
        return rows;
    }

    static List<Row> entities(Analysis analysis) {
        Article a = analysis.article();
        Map<String, Entity> byKey = analysis.entitiesByKey();
        List<Row> rows = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            List<String> memberOf = new ArrayList<>();
            for (String key : e.memberOf()) {
                Entity org = byKey.get(key);
                if (org != null) {
                    memberOf.add(Iris.entity(a.id(), org));
                }
            }
            rows.add(RowFactory.create(a.id(), Iris.article(a.id()), Iris.entity(a.id(), e), name(e.type()),
                    e.name(), seq(e.names()), seq(e.roles().stream().map(Role::title).toList()), seq(memberOf),
                    e.local(), e.mentions().size()));
        }
        return rows;
    }

    static List<Row> mentions(Analysis analysis) {
        Article a = analysis.article();
        List<Row> rows = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            String iri = Iris.entity(a.id(), e);
            for (Mention m : e.mentions()) {
                rows.add(RowFactory.create(a.id(), Iris.article(a.id()), iri, a.text(m.span()), name(m.kind()),
                        m.span().begin(), m.span().end()));
            }
        }
        return rows;
    }

    static Row failure(String source, String stage, String reason) {
        return RowFactory.create(source, stage, reason);
    }

    /** Spark's rows take a Scala sequence for an array column. */
    private static scala.collection.Seq<String> seq(List<String> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<>(list));
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String text(Article a, Span span) {
        return span == null ? null : a.text(span);
    }

    private static Integer begin(Span span) {
        return span == null ? null : span.begin();
    }

    private static Integer end(Span span) {
        return span == null ? null : span.end();
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    private static StructType schema(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
