package jakarta.servlet;

/**
 * Servlet 5's marker interface, which Servlet 6 (Fuseki's, on the test class path) no longer has. Spark 4.0's own
 * (shaded) Jetty 11 looks for it when it sets up its metrics servlet, so Spark in local mode needs it in the
 * tests, where one class path serves both. On a cluster Spark's own Servlet 5 comes first and this is not used.
 */
@Deprecated
public interface SingleThreadModel {
}
