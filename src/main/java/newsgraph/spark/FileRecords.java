package newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The extracted records of one input file, made as they are asked for: the file is opened at the first, read
 * as far as each record needs, and closed after the last. A file that cannot be opened, or whose reading fails
 * part-way (a truncated archive, a lost connection), ends with one failure record; the records before it stand.
 */
final class FileRecords implements Iterator<ExtractedRecord> {

    /** Opens the file's bytes (Spark's PortableDataStream, a file in tests). */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String path;
    private final Opener opener;
    private final ArticleSource source;
    private final RecordExtraction extraction;
    private InputStream in;
    private Iterator<SourceRecord> records;
    private ExtractedRecord next;
    private boolean done;

    FileRecords(String path, Opener opener, ArticleSource source, RecordExtraction extraction) {
        this.path = path;
        this.opener = opener;
        this.source = source;
        this.extraction = extraction;
    }

    /** The records of several files, one file after the other, each opened only when the one before is done. */
    static Iterator<ExtractedRecord> ofFiles(List<String> paths, Function<String, FileRecords> open) {
        Iterator<String> files = paths.iterator();
        return new Iterator<>() {
            private Iterator<ExtractedRecord> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = open.apply(files.next());
                }
                return current.hasNext();
            }

            @Override
            public ExtractedRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            advance();
        }
        return next != null;
    }

    @Override
    public ExtractedRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ExtractedRecord record = next;
        next = null;
        return record;
    }

    private void advance() {
        try {
            if (records == null) {
                in = opener.open();
                records = source.records(path, in);
            }
            if (records.hasNext()) {
                next = extraction.of(records.next());
                return;
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            String what = records == null ? "cannot be read" : "reading stopped part-way";
            next = ExtractedRecord.failed(ArticleRows.failure(path, ArticleRows.READ,
                    path + ": " + what + " (" + describe(e) + ")"));
        }
        close();
    }

    /** Closes the file early (the task ended); reading it again is not possible. */
    void close() {
        done = true;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // everything needed was read
            }
            in = null;
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("").strip();
        return cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
