package newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.BindException;
import java.net.http.HttpClient;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import newsgraph.browse.Browsing;
import newsgraph.rdf.Iris;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.auth.Auth;
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
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The one class that starts Fuseki: the news dataset at {@code /news} with the Fuseki web UI, and its safety
 * model:
 * <ul>
 * <li>it listens on the loopback interface only, and answers only to loopback host names (no DNS rebinding);</li>
 * <li>the dataset is read-only over HTTP (no SPARQL Update, no Graph Store writes) unless updates are enabled
 *     with a password file ({@link Builder#updatesWithPassword}), and then writes need HTTP basic
 *     authentication, at {@code /news/update} and {@code /news/data} only;</li>
 * <li>a write from another site's page is refused even with the password ({@link BrowserRequestGuard});
 *     no CORS headers are sent, so other sites' pages cannot read answers either;</li>
 * <li>there are no admin endpoints (create, delete, backup, compact), with or without a password;</li>
 * <li>a query stops after a timeout, regular expressions included, returns at most a number of rows, and is
 *     answered whole or not at all (503) ({@link BoundedQuery}), so one query from the UI cannot take the
 *     server down; other requests are answered meanwhile;</li>
 * <li>it sends no requests: {@code SERVICE} is refused unless {@link Builder#allowService allowed},
 *     {@code LOAD} always ({@link BoundedUpdate}), and JSON-LD contexts are never fetched ({@link JsonLdOffline});
 *     JSONP is refused ({@link BrowserRequestGuard}).</li>
 * </ul>
 * Next to the SPARQL endpoint it answers every IRI of the graph and serves pages a reader can use, and the named
 * queries with their parameters ({@link Browsing}): read-only, behind the same guard and timeout.
 *
 * <pre>{@code
 * NewsServer server = NewsServer.create().dataset(store.dataset()).port(3030).build().start();
 * System.out.println(server.uiUrl());
 * }</pre>
 *
 * Articles are written in-process, through {@link NewsStore}.
 */
public final class NewsServer {

    /** The dataset's name: its endpoints are under {@code /news}. */
    public static final String DATASET = "news";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);
    /** At most this many results per query over HTTP (rows of a SELECT, solutions of a CONSTRUCT). */
    public static final long DEFAULT_RESULT_LIMIT = 10_000;
    private static final String REALM = "newsgraph";

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

    /** The SPARQL Update endpoint; it exists only when updates are enabled with a password. */
    public String updateUrl() {
        return datasetUrl() + "/update";
    }

    /** The Graph Store endpoint that writes; only when updates are enabled (reads at {@code /news/get}). */
    public String graphStoreUrl() {
        return datasetUrl() + "/data";
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

    /** 404 for every method, where the UI's static files would answer 405 to a POST. */
    private static final class NotFound extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Builds a {@link NewsServer}; {@link #dataset(Dataset)} is required. */
    public static final class Builder {

        private Dataset dataset;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private long resultLimit = DEFAULT_RESULT_LIMIT;
        private Path passwordFile;
        private boolean serviceAllowed;
        private String dataNamespace = Iris.BASE;

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

        /** At most this many results per query over HTTP: a larger LIMIT, or none, becomes this one. */
        public Builder resultLimit(long rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("the result limit must be at least 1");
            }
            this.resultLimit = rows;
            return this;
        }

        /**
         * Lets queries use SPARQL {@code SERVICE}, which sends requests from the server to any address a query
         * names (each stopped after the query timeout). Off by default: any web page can have a query run with
         * an image tag, and so have the server call, or send stored text to, an address of its choice.
         */
        public Builder allowService(boolean allowed) {
            this.serviceAllowed = allowed;
            return this;
        }

        /**
         * The namespace of the graph's IRIs (default {@link Iris#BASE}), which the server answers at {@code /id/…},
         * {@code /page/…} and {@code /data/…} ({@link Browsing}).
         */
        public Builder dataNamespace(String namespace) {
            this.dataNamespace = Objects.requireNonNull(namespace, "namespace");
            return this;
        }

        /**
         * Enables SPARQL Update at {@code /news/update} and Graph Store writes at {@code /news/data}, for the users
         * of a password file in Jetty's format ({@code user: password}, one a line) and nobody else. Reads stay
         * open to all.
         */
        public Builder updatesWithPassword(Path passwordFile) {
            this.passwordFile = Objects.requireNonNull(passwordFile, "passwordFile");
            return this;
        }

        /**
         * @throws ServerException when the password file has no user with a password
         */
        public NewsServer build() {
            if (dataset == null) {
                throw new IllegalStateException("NewsServer needs a dataset");
            }
            JsonLdOffline.install();
            FusekiServer.Builder builder = FusekiServer.create()
                    .loopback(true)
                    .port(port)
                    .enableCors(false)
                    .addFilter("/*", new BrowserRequestGuard())
                    .add("/" + DATASET, service())
                    .staticFileBase(uiFiles())
                    // the UI's page without the buttons of admin endpoints that are not here
                    .addServlet("", new UiPage(dataNamespace))
                    .addServlet("/index.html", new UiPage(dataNamespace))
                    // the UI lists datasets from /$/server and checks queries and data with the validators
                    .addServlet("/$/server", new ActionServerStatus())
                    .addServlet("/$/validate/query", new QueryValidator())
                    .addServlet("/$/validate/iri", new IRIValidator())
                    .addServlet("/$/validate/data", new DataValidator())
                    // and nothing else under /$/: no admin endpoints (create, delete, backup, compact, tasks)
                    .addServlet("/$/*", new NotFound())
                    .enableStats(true)
                    .enablePing(true);
            // the graph's IRIs, its pages and the named queries, read-only, behind the same guard and timeout
            new Browsing(dataset.asDatasetGraph(), dataNamespace, queryTimeout, resultLimit).servlets()
                    .forEach(builder::addServlet);
            if (passwordFile != null) {
                builder.securityHandler(PasswordLogin.securityHandler(passwordFile, REALM)).auth(AuthScheme.BASIC)
                        .realm(REALM);
            }
            FusekiServer server = builder.build();
            for (org.eclipse.jetty.server.Connector connector : server.getJettyServer().getConnectors()) {
                org.eclipse.jetty.server.HttpConnectionFactory http =
                        connector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
                if (http != null) {
                    HttpConfigurations.bufferWithinPool(http.getHttpConfiguration());
                }
            }
            return new NewsServer(server, port);
        }

        /**
         * The dataset's endpoints: SPARQL Query and Graph Store reads, each at the dataset's URL and under its usual
         * names. The timeout and the result limit belong to these endpoints, not to the dataset, so in-process
         * queries are not limited. Only with a password file are there write endpoints, each behind a login;
         * they are named, because a login on the unnamed endpoint would close all of {@code /news} to readers.
         */
        private DataService service() {
            Context bounds = new Context();
            bounds.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            bounds.set(ARQ.httpServiceAllowed, serviceAllowed);
            if (serviceAllowed) {
                // a SERVICE call waits for no server longer than a query may run
                bounds.set(ARQ.httpQueryTimeout, queryTimeout.toMillis());
                bounds.set(ARQ.httpQueryClient, HttpClient.newBuilder().connectTimeout(queryTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER).build());
            }
            // apf:strSplit splits with a regular expression that nothing could stop (CancellableRegex)
            PropertyFunctionRegistry functions = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
            functions.remove(ARQConstants.ARQPropertyFunctionLibraryURI + "strSplit");
            functions.remove(ARQConstants.ARQPropertyFunctionLibraryURI_Jena2 + "strSplit");
            PropertyFunctionRegistry.set(bounds, functions);
            // every write over HTTP keeps the name index complete
            DataService.Builder service = DataService.newBuilder(new NameIndexingDataset(dataset.asDatasetGraph()));
            for (String name : new String[] {"", "query", "sparql"}) {
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(bounds)
                        .processor(new BoundedQuery(resultLimit, queryTimeout, serviceAllowed)).build());
            }
            for (String name : passwordFile == null ? new String[] {"", "get", "data"} : new String[] {"", "get"}) {
                service.addEndpoint(Operation.GSP_R, name);
            }
            if (passwordFile != null) {
                service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                        .context(bounds).processor(new BoundedUpdate(serviceAllowed)).authPolicy(Auth.ANY_USER).build());
                service.addEndpoint(Endpoint.create().operation(Operation.GSP_RW).endpointName("data")
                        .authPolicy(Auth.ANY_USER).build());
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
