package newsgraph.bench;

/** Where the benchmark says what it is doing (a long run should not look stuck). */
@FunctionalInterface
interface Progress {

    void say(String step);
}
