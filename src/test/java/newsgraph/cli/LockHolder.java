package newsgraph.cli;

import java.io.RandomAccessFile;
import java.nio.channels.FileLock;

/**
 * Holds a lock on a file, as TDB2 does on its {@code tdb.lock} (the same kind of lock, without the process id
 * written yet), until killed: a process caught in the moment it starts creating a database. Run by a test in a JVM
 * of its own.
 */
public final class LockHolder {

    private LockHolder() {
    }

    /** {@code FILE}. */
    public static void main(String[] args) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(args[0], "rw"); FileLock lock = file.getChannel().lock()) {
            System.out.println("locked " + args[0]);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
