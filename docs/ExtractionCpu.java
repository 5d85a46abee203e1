import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Consumer;
import newsgraph.extract.Extractor;
import newsgraph.link.KnowledgePack;
import newsgraph.link.Linker;
import newsgraph.nlp.OpenNlp;
import newsgraph.rdf.ArticleGraph;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.Layout;

/**
 * Where extraction's CPU goes beyond OpenNLP's, by thread (docs/profile-extraction.md): rounds of the same articles
 * through OpenNLP's tagging alone (bench's baseline), newsgraph's OpenNLP pass alone (OpenNlp.analyse) and the whole
 * extraction with linking and the graph (bench's extraction), two threads each, reporting the CPU seconds of the
 * two worker threads and, from /proc, of the JIT compiler threads. Linux only. From a checkout with the jar built:
 *
 * <pre>java -Xmx1g -cp target/newsgraph.jar docs/ExtractionCpu.java 6 250</pre>
 */
public class ExtractionCpu {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int perRound = Integer.parseInt(args[1]);
        List<Article> articles = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        ArticleReader reader = new ArticleReader();
        for (Path dir : List.of(Path.of("seeds"), Path.of("../shared/eval/dev"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Article a = reader.read(f);
                    if (texts.add(a.text())) {
                        articles.add(a);
                    }
                }
            }
        }
        Extractor extractor = Extractor.create().then(new Linker(KnowledgePack.standard()));
        OpenNlp nlp = OpenNlp.english();
        Map<String, Consumer<Article>> parts = new java.util.LinkedHashMap<>();
        parts.put("tagging alone", a -> nlp.tagOnly(a.text()));
        parts.put("OpenNlp.analyse alone", a -> nlp.analyse(a.text(), Layout.of(a.text())));
        parts.put("extraction and graph", a -> ArticleGraph.of(extractor.extract(a)));
        Map<String, double[]> sums = new java.util.LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (var part : parts.entrySet()) {
                double[] t = run(articles, perRound, part.getValue());
                System.out.printf("round %d  %-22s workers %6.2f CPU s   JIT compilers %5.2f CPU s   whole process %6.2f CPU s%n",
                        r, part.getKey(), t[0], t[1], t[2]);
                if (r > 0) { // round 0 warms up
                    double[] s = sums.computeIfAbsent(part.getKey(), k -> new double[3]);
                    for (int i = 0; i < 3; i++) {
                        s[i] += t[i];
                    }
                }
            }
        }
        double[] base = sums.get("tagging alone");
        for (var e : sums.entrySet()) {
            System.out.printf("rounds 1..%d  %-22s workers %.3f x tagging's, whole process %.3f x, JIT compilers %.1f CPU s%n",
                    rounds - 1, e.getKey(), e.getValue()[0] / base[0], e.getValue()[2] / base[2], e.getValue()[1]);
        }
    }

    /** Worker CPU, compiler-thread CPU and process CPU seconds of two threads doing n articles. */
    private static double[] run(List<Article> articles, int n, Consumer<Article> work) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicInteger next = new AtomicInteger();
        DoubleAdder cpu = new DoubleAdder();
        long process = os.getProcessCpuTime();
        double compilers = compilerSeconds();
        Thread[] workers = new Thread[2];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Thread(() -> {
                long start = threads.getCurrentThreadCpuTime();
                for (int i; (i = next.getAndIncrement()) < n; ) {
                    work.accept(articles.get(i % articles.size()));
                }
                cpu.add((threads.getCurrentThreadCpuTime() - start) / 1e9);
            });
            workers[t].start();
        }
        for (Thread t : workers) {
            t.join();
        }
        return new double[] {cpu.sum(), compilerSeconds() - compilers, (os.getProcessCpuTime() - process) / 1e9};
    }

    /** CPU seconds of the JVM's compiler threads ("C1 CompilerThre", "C2 CompilerThre" in /proc). */
    private static double compilerSeconds() throws Exception {
        long ticks = 0;
        try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.contains("CompilerThre")) {
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        }
        return ticks / 100.0;
    }
}
