package newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The disk a directory's files take. TDB2's files are sparse — each index file grows by 8 MB at a time and most
 * of that is never written — so their lengths say little about the disk: a database of one article has 193 MB of
 * files on 1 MB of disk. Java cannot see allocated blocks, {@code du} can; where it cannot run, the lengths.
 */
public final class DiskUse {

    private DiskUse() {
    }

    /** Bytes of disk allocated to the files under {@code dir} (0 when there is no such directory). */
    public static long of(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try {
            Process du = new ProcessBuilder(List.of("du", "-s", "-B1", "--", dir.toString()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out;
            try (InputStream in = du.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (du.waitFor(60, TimeUnit.SECONDS) && du.exitValue() == 0) {
                return Long.parseLong(out.strip().split("\\s+", 2)[0]);
            }
            du.destroyForcibly();
        } catch (IOException | NumberFormatException e) {
            // no du here (or an unexpected answer): the lengths will do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lengths(dir);
    }

    /** The files' lengths, summed: an upper bound of their disk. */
    static long lengths(Path dir) {
        try {
            return FileTrees.lengths(dir);
        } catch (IOException e) {
            return 0;
        }
    }
}
