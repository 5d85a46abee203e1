package newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsgraph.extract.Extractor;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's reading of files, without Spark: the seam, streams that fail part-way, the listing of the input. */
class FileRecordsTest {

    private static final String ARTICLE = "Bridge reopens\n\n\"The bridge is safe again,\" said Ana Ruiz, the city's"
            + " engineer.\n";

    static RecordExtraction extraction;

    @BeforeAll
    static void extractor() {
        extraction = new RecordExtraction(Extractor.create());
    }

    @Test
    void anArticleFileGivesTheIdAndTextThatTheReaderGivesTheSameFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bridge.v3.txt"), "\uFEFF" + ARTICLE.replace("\n", "\r\n"));
        Article read = new ArticleReader().read(file);
        SourceRecord record = ArticleSource.standard().records("file:" + file, Files.newInputStream(file)).next();
        SourceRecord.Found found = (SourceRecord.Found) record;
        assertEquals(read, found.article());
        assertEquals("file:" + file, found.source());
        assertNull(found.date());
    }

    @Test
    void aFileOverTheLimitIsRefusedAfterReadingABoundedAmountPastIt() throws Exception {
        AtomicInteger read = new AtomicInteger();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'a';
            }
        };
        SourceRecord record = new NewsFiles(1000, 1000).records("s3a://bucket/huge.txt", endless).next();
        SourceRecord.Refused refused = (SourceRecord.Refused) record;
        assertEquals("s3a://bucket/huge.txt: too large (more than 1000 bytes; the limit is 1000 bytes per article"
                + " file)", refused.reason());
        // the reader's buffer (64 KB, which also tells the file's format) and one byte past the limit
        assertTrue(read.get() <= (1 << 16) + 1001, read.get() + " bytes read");
    }

    @Test
    void aStreamThatFailsPartWayKeepsTheRecordsBeforeItAndEndsWithOneFailure() {
        ArticleSource twoThenBroken = (path, in) -> new Iterator<>() {
            int given;

            @Override
            public boolean hasNext() {
                if (given == 2) {
                    throw new UncheckedIOException(new IOException("Unexpected end of ZLIB input stream"));
                }
                return true;
            }

            @Override
            public SourceRecord next() {
                given++;
                return new SourceRecord.Found(path + "#" + given, new Article("rec" + given, ARTICLE), "2024-05-01",
                        "The Daily", null);
            }
        };
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new FilterInputStream(new ByteArrayInputStream(new byte[0])) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        List<ExtractedRecord> records = new ArrayList<>();
        new FileRecords("hdfs:/news/a.warc.gz", () -> in, twoThenBroken, extraction).forEachRemaining(records::add);
        assertEquals(3, records.size());
        assertNotNull(records.get(0).nquads());
        assertEquals("2024-05-01", field(records.get(1).statements().get(0), ArticleRows.STATEMENTS, "date"));
        assertEquals("The Daily", field(records.get(1).article(), ArticleRows.ARTICLES, "outlet"));
        ExtractedRecord failure = records.get(2);
        assertTrue(failure.isFailure());
        assertEquals("hdfs:/news/a.warc.gz: reading stopped part-way (IOException: Unexpected end of ZLIB input stream)",
                field(failure.failure(), ArticleRows.FAILURES, "reason"));
        assertTrue(closed.get(), "the stream is closed");
    }

    @Test
    void aFileThatCannotBeOpenedIsOneFailure() {
        FileRecords records = new FileRecords("s3a://bucket/gone.txt", () -> {
            throw new java.io.FileNotFoundException("No such file or directory: s3a://bucket/gone.txt");
        }, ArticleSource.standard(), extraction);
        ExtractedRecord only = records.next();
        assertEquals("read", field(only.failure(), ArticleRows.FAILURES, "stage"));
        assertTrue(field(only.failure(), ArticleRows.FAILURES, "reason").startsWith("s3a://bucket/gone.txt: cannot be read"
                + " (FileNotFoundException"), only.failure().toString());
        assertTrue(!records.hasNext());
    }

    @Test
    void filesAreOpenedOneAfterTheOther() {
        List<String> opened = new ArrayList<>();
        Iterator<ExtractedRecord> all = FileRecords.ofFiles(List.of("a.txt", "b.txt", "c.txt"), path -> {
            opened.add(path);
            return new FileRecords(path, () -> new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)),
                    ArticleSource.standard(), extraction);
        });
        all.next();
        assertEquals(List.of("a.txt"), opened);
        all.next();
        all.next();
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), opened);
        assertTrue(!all.hasNext());
        org.junit.jupiter.api.Assertions.assertThrows(NoSuchElementException.class, all::next);
    }

    @Test
    void theInputIsListedRecursivelyWithoutHiddenFilesAndDealtByBytes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("2024/05"));
        Files.createDirectories(dir.resolve("_temporary"));
        Files.writeString(dir.resolve("2024/05/big.txt"), "x".repeat(9000));
        Files.writeString(dir.resolve("2024/a.txt"), "x".repeat(3000));
        Files.writeString(dir.resolve("b.txt"), "x".repeat(3000));
        Files.writeString(dir.resolve("c.txt"), "x".repeat(2000));
        Files.writeString(dir.resolve(".b.txt.crc"), "x");
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve("_temporary/part"), "x");
        List<InputFiles.File> files = InputFiles.list(dir.toUri().toString(), new Configuration());
        assertEquals(List.of("a.txt", "b.txt", "big.txt", "c.txt"), files.stream()
                .map(f -> f.path().replaceAll(".*/", "")).sorted().toList());
        List<List<String>> two = InputFiles.partitions(files, 2);
        assertEquals(List.of("big.txt"), two.get(0).stream().map(p -> p.replaceAll(".*/", "")).toList());
        assertEquals(3, two.get(1).size(), "the small ones together: " + two);
        assertEquals(4, InputFiles.defaultPartitions(files, 2), "four per core, at most one per file");
        assertEquals(1, InputFiles.partitions(files, 1).size());
    }

    private static String field(org.apache.spark.sql.Row row, org.apache.spark.sql.types.StructType schema, String name) {
        return row.getString(schema.fieldIndex(name));
    }
}
