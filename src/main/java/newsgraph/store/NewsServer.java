package newsgraph.store;

import java.net.BindException;
import java.net.URL;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;

/**
 * The one class that starts Fuseki: the news dataset at {@code /news}, read-only over HTTP (no SPARQL Update,
 * no Graph Store writes: a page in the user's own browser could otherwise change it), with the Fuseki web
 * UI, on the loopback interface only.
 *
 * <pre>{@code
 * NewsServer server = NewsServer.create().dataset(store.dataset()).port(3030).build().start();
 * System.out.println(server.uiUrl());
 * }</pre>
 *
 * Writes happen in-process, through {@link NewsStore}.
 */
public final class NewsServer {

    /** The dataset's name: its endpoints are under {@code /news}. */
    public static final String DATASET = "news";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);

    private final FusekiServer fuseki;
    private final int requestedPort;
    private boolean started;

    private NewsServer(FusekiServer fuseki, int requestedPort) {
        this.fuseki = fuseki;
        this.requestedPort = requestedPort;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Starts serving.
     *
     * @throws ServerException when the port is in use or the server cannot start
     */
    public NewsServer start() {
        try {
            fuseki.start();
        } catch (FusekiException e) {
            stopQuietly();
            if (hasCause(e, BindException.class)) {
                throw new ServerException("port " + requestedPort + " is already in use: stop the program using it,"
                        + " or choose another port with --port", e);
            }
            throw new ServerException("cannot start the server on port " + requestedPort + ": " + e.getMessage(), e);
        }
        started = true;
        return this;
    }

    /** The port it listens on (the real one when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The web UI's query page for the dataset. */
    public String uiUrl() {
        return baseUrl() + "#/dataset/" + DATASET + "/query";
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The dataset's URL (its read-only Graph Store endpoint too). */
    public String datasetUrl() {
        return baseUrl() + DATASET;
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        if (started) {
            fuseki.stop();
            started = false;
        }
    }

    private void stopQuietly() {
        try {
            fuseki.stop();
        } catch (RuntimeException ignored) {
            // it did not start; nothing to release
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Builds a {@link NewsServer}; {@link #dataset(Dataset)} is required. */
    public static final class Builder {

        private Dataset dataset;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;

        private Builder() {
        }

        /** The dataset to serve, e.g. {@link NewsStore#dataset()}. */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** How long one query may run before it is stopped (a query from the UI can be very expensive). */
        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive");
            }
            this.queryTimeout = timeout;
            return this;
        }

        public NewsServer build() {
            if (dataset == null) {
                throw new IllegalStateException("NewsServer needs a dataset");
            }
            FusekiServer fuseki = FusekiServer.create()
                    .loopback(true)
                    .port(port)
                    .add("/" + DATASET, readOnlyService())
                    .staticFileBase(uiFiles())
                    // the UI lists datasets from /$/server and checks queries and data with the validators
                    .addServlet("/$/server", new ActionServerStatus())
                    .addServlet("/$/validate/query", new QueryValidator())
                    .addServlet("/$/validate/iri", new IRIValidator())
                    .addServlet("/$/validate/data", new DataValidator())
                    .enableStats(true)
                    .enablePing(true)
                    .build();
            return new NewsServer(fuseki, port);
        }

        /**
         * The dataset's endpoints, as Fuseki's standard read-only set: SPARQL Query and Graph Store reads, each at
         * the dataset's URL and under its usual names. No update or Graph Store write endpoint exists. The
         * timeout belongs to these endpoints, not to the dataset, so in-process queries are not limited.
         */
        private DataService readOnlyService() {
            Context timeout = new Context();
            timeout.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            DataService.Builder service = DataService.newBuilder(dataset.asDatasetGraph());
            for (String name : new String[] {"", "query", "sparql"}) {
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(timeout)
                        .build());
            }
            for (String name : new String[] {"", "get", "data"}) {
                service.addEndpoint(Operation.GSP_R, name);
            }
            return service.build();
        }

        /** The Fuseki UI's files, from the jena-fuseki-ui jar on the class path. */
        private static String uiFiles() {
            URL webapp = NewsServer.class.getClassLoader().getResource("webapp/index.html");
            if (webapp == null) {
                throw new IllegalStateException("the Fuseki UI (webapp/ of jena-fuseki-ui) is missing from the class path");
            }
            String index = webapp.toExternalForm();
            return index.substring(0, index.length() - "index.html".length());
        }
    }
}
