package newsgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.mapreduce.RecordWriter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;

/**
 * Writes the articles' gzipped N-Quads one after the other into {@code part-r-NNNNN.nq.gz}: each article is a
 * gzip member of its own, and a file of several members is one gzip stream (RFC 1952), which {@code gzip},
 * Java and so Jena's loaders read whole. Bulk loaders ({@code tdb2.xloader}, {@code riot}) tell the syntax
 * and the compression from the name. A partition without articles writes no file (an empty file would not be
 * valid gzip).
 */
public final class NQuadsOutputFormat extends FileOutputFormat<NullWritable, BytesWritable> {

    @Override
    public RecordWriter<NullWritable, BytesWritable> getRecordWriter(TaskAttemptContext context) {
        return new RecordWriter<>() {
            private OutputStream out;

            @Override
            public void write(NullWritable key, BytesWritable gzipMember) throws IOException {
                if (out == null) {
                    Path file = getDefaultWorkFile(context, ".nq.gz");
                    out = file.getFileSystem(context.getConfiguration()).create(file, false);
                }
                out.write(gzipMember.getBytes(), 0, gzipMember.getLength());
            }

            @Override
            public void close(TaskAttemptContext ignored) throws IOException {
                if (out != null) {
                    out.close();
                }
            }
        };
    }
}
