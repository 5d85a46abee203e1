package newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildJvmTest {

    /** The program is named as a string (no import, no cycle): the name must still be the real entry point. */
    @Test
    void theProgramItStartsIsNewsgraphsMain() throws Exception {
        Method main = Class.forName(ChildJvm.NEWSGRAPH).getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(main.getModifiers()));
        ChildJvm.Finished version = ChildJvm.run(List.of(), ChildJvm.NEWSGRAPH, List.of("--version"));
        assertEquals(0, version.exit());
        assertTrue(String.join("\n", version.out()).startsWith("newsgraph "), version.out().toString());
    }

    /**
     * The warm-up of the queries' timings waits for the server's JIT compiler: its threads' processor time is read from
     * /proc. A JVM that ran hot code has some; one that only interprets has no compiler thread at all.
     */
    @Test
    void theCompilerThreadsTimeIsReadOnlyWhereThereAreCompilerThreads() throws Exception {
        try (ChildJvm hot = ChildJvm.start(List.of(), HotLoop.class.getName(), List.of())) {
            assertTrue(hot.awaitLine(l -> l.startsWith("compiled"), 60) != null);
            assertTrue(hot.compilerSeconds() > 0, "compiled: " + hot.compilerSeconds());
        }
        try (ChildJvm interpreted = ChildJvm.start(List.of("-Xint"), HotLoop.class.getName(), List.of())) {
            assertTrue(interpreted.awaitLine(l -> l.startsWith("compiled"), 60) != null);
            assertEquals(-1, interpreted.compilerSeconds(), "no compiler thread");
        }
    }

    /** Run from another directory, bench has no articles: a clear line and exit 2, not "this is a bug". */
    @Test
    void benchOutsideTheProjectSaysWhereToRunIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path elsewhere)
            throws Exception {
        Process bench = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ChildJvm.NEWSGRAPH, "bench", "--articles", "2")
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        String said = new String(bench.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, bench.waitFor(), said);
        assertTrue(said.contains("no seeds/ here") && said.contains("run bench in the project's directory"), said);
        assertTrue(!said.contains("bug") && !said.contains("Exception"), said);
    }
}
