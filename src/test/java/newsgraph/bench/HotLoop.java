package newsgraph.bench;

/** A process that runs hot code for a second (the JIT compiles it), says "compiled", then waits to be stopped. */
public final class HotLoop {

    private HotLoop() {
    }

    public static void main(String[] args) throws InterruptedException {
        long end = System.nanoTime() + 1_000_000_000L;
        long sum = 0;
        while (System.nanoTime() < end) {
            sum += Long.toString(sum * 31 + 7).hashCode();
        }
        System.out.println("compiled " + (sum == 42 ? "" : "."));
        Thread.sleep(60_000);
    }
}
