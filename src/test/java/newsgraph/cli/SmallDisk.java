package newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A small tmpfs mounted for a test: a real file system that fills up. Mounting needs root. */
final class SmallDisk implements AutoCloseable {

    private final Path path;

    private SmallDisk(Path path) {
        this.path = path;
    }

    /** A tmpfs of {@code size} (e.g. "16m") at {@code dir}, or null when this machine will not mount one. */
    static SmallDisk mount(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()) ? new SmallDisk(dir) : null;
    }

    Path path() {
        return path;
    }

    /** Makes room (or takes it away): whether it worked. */
    boolean resize(String size) throws InterruptedException {
        return run("mount", "-o", "remount,size=" + size, path.toString());
    }

    @Override
    public void close() throws InterruptedException {
        if (!run("umount", path.toString())) {
            run("umount", "-l", path.toString()); // still mapped by a store this JVM could not close
        }
    }

    /** Runs a system command; whether it succeeded (false when it does not exist). */
    static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
