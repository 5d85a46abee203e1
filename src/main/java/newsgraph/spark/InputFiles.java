package newsgraph.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files of the input, listed on the driver through Hadoop's FileSystem (local, HDFS, S3 through the
 * cluster's connector) and dealt into partitions of about equal bytes. Each executor then opens its files
 * itself and streams them: only paths travel, never contents. (Spark's {@code binaryFiles} would put a
 * directory of small articles into one partition, and so on one core.)
 */
final class InputFiles {

    /** A partition's worth of input bytes above which a large file gets a partition of its own. */
    static final long BYTES_PER_PARTITION = 64L * 1024 * 1024;

    private InputFiles() {
    }

    /** One input file. */
    record File(String path, long bytes) implements Serializable {
    }

    /**
     * Every file the glob or path matches, directories taken recursively; files and directories whose names
     * start with '.' or '_' (checksums, {@code _SUCCESS}, work directories) are left out, as Hadoop does.
     */
    static List<File> list(String input, Configuration conf) throws IOException {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        List<File> files = new ArrayList<>();
        if (matches == null) {
            return files;
        }
        for (FileStatus match : matches) {
            if (match.isFile()) {
                files.add(new File(match.getPath().toString(), match.getLen()));
                continue;
            }
            String root = match.getPath().toString();
            for (RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true); it.hasNext(); ) {
                LocatedFileStatus f = it.next();
                String p = f.getPath().toString();
                String below = p.startsWith(root) ? p.substring(root.length()) : f.getPath().getName();
                if (!hidden(below)) {
                    files.add(new File(p, f.getLen()));
                }
            }
        }
        return files;
    }

    /**
     * The files dealt into {@code partitions} lists, largest first, each to the list with the fewest bytes so far,
     * so that the partitions take about the same time.
     */
    static List<List<String>> partitions(List<File> files, int partitions) {
        List<List<String>> lists = new ArrayList<>();
        long[] bytes = new long[Math.max(1, Math.min(partitions, files.size()))];
        for (int i = 0; i < bytes.length; i++) {
            lists.add(new ArrayList<>());
        }
        List<File> largestFirst = new ArrayList<>(files);
        largestFirst.sort(Comparator.comparingLong(File::bytes).reversed().thenComparing(File::path));
        for (File f : largestFirst) {
            int least = 0;
            for (int i = 1; i < bytes.length; i++) {
                if (bytes[i] < bytes[least]) {
                    least = i;
                }
            }
            lists.get(least).add(f.path());
            // a file costs at least something, however small, so that empty files spread too
            bytes[least] += Math.max(f.bytes(), 1);
        }
        return lists;
    }

    /**
     * How many partitions unless told: four per core of the cluster (so that cores that finish early take more),
     * and more when that would put more than {@link #BYTES_PER_PARTITION} in one; never more than files.
     */
    static int defaultPartitions(List<File> files, int parallelism) {
        long total = files.stream().mapToLong(File::bytes).sum();
        long bySize = (total + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
        return (int) Math.max(1, Math.min(files.size(), Math.max(4L * parallelism, bySize)));
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** Hadoop's configuration, shipped to the executors (it is Writable, not Serializable). */
    static final class ShippedConfiguration implements Serializable {
        private static final long serialVersionUID = 1L;
        private transient Configuration conf;

        ShippedConfiguration(Configuration conf) {
            this.conf = conf;
        }

        Configuration get() {
            return conf;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            conf.write(out);
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            conf = new Configuration(false);
            conf.readFields(in);
        }
    }
}
