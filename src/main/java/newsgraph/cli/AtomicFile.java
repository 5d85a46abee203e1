package newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import newsgraph.text.PrintablePath;

/**
 * A file written whole or not at all: into a temporary file beside it, forced to disk, then renamed over it. A full
 * disk, a read-only directory or a crash leaves the old file or none, never a truncated one.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Writes {@code target} with what {@code content} writes to the stream it is given.
     *
     * @throws CheckedOutput.Failure when it cannot be written; the message is one line that names the file
     */
    static void write(Path target, Consumer<OutputStream> content) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 CheckedOutput out = CheckedOutput.of(new BufferedOutputStream(Channels.newOutputStream(channel),
                         1 << 16), PrintablePath.of(target))) {
                content.accept(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw refused(target, e);
        } catch (CheckedOutput.Failure e) {
            throw refused(target, e.getCause() instanceof IOException io ? io : null);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the directory refuses changes: nothing was written into it either
                }
            }
        }
    }

    private static CheckedOutput.Failure refused(Path target, IOException e) {
        return new CheckedOutput.Failure("cannot write " + PrintablePath.of(target) + " ("
                + (e == null ? "a write failed" : CheckedOutput.reason(e)) + "); nothing of it is left behind", e);
    }
}
