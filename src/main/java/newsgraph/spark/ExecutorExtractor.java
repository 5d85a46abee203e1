package newsgraph.spark;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import newsgraph.extract.Extractor;
import newsgraph.link.KnowledgePack;
import newsgraph.link.Linker;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor of this JVM: loaded by the first task that needs it, then shared by every task the executor
 * runs, at once or later, for the life of the JVM (models and name lists take seconds and hundreds of MB).
 * Each load is counted in the job's accumulator and logged, so that "once per executor" can be checked.
 */
final class ExecutorExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorExtractor.class);

    private static Extractor extractor;
    private static int loads;

    private ExecutorExtractor() {
    }

    /** The extractor, loaded now if this JVM has none yet; a load adds one to {@code loadCount}. */
    static synchronized Extractor get(LongAccumulator loadCount) {
        if (extractor == null) {
            long start = System.nanoTime();
            // as extract and load make it: extraction, then linking against the bundled pack
            extractor = Extractor.create().then(new Linker(KnowledgePack.standard()));
            loads++;
            loadCount.add(1);
            LOG.info(String.format(Locale.ROOT, "newsgraph: extractor loaded in %.1f s in JVM %s",
                    (System.nanoTime() - start) / 1e9, ManagementFactory.getRuntimeMXBean().getName()));
        }
        return extractor;
    }

    /** How many times this JVM has loaded the extractor: 0 or 1. */
    static synchronized int loadsInThisJvm() {
        return loads;
    }
}
