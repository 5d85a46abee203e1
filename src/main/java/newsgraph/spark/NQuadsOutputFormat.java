package newsgraph.spark;

import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * Hadoop's text output, with files named {@code part-r-NNNNN.nq.gz}: bulk loaders ({@code tdb2.xloader},
 * {@code riot}) tell the syntax and the compression from the name.
 */
public final class NQuadsOutputFormat extends TextOutputFormat<NullWritable, Text> {

    @Override
    public Path getDefaultWorkFile(TaskAttemptContext context, String extension) throws IOException {
        return super.getDefaultWorkFile(context, ".nq" + extension);
    }
}
