package newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.store.NamedQuery;
import newsgraph.store.NewsStore;
import newsgraph.store.Page;
import newsgraph.store.PagedQuery;
import newsgraph.store.QueryText;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query NAME|FILE.rq}: run a SPARQL query on the database or on a server's endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run one of newsgraph's queries, or a FILE.rq, on the database or on a server.",
            "",
            "NAME is a query of ./queries/NAME.rq, else the one in the jar; --list shows them and their parameters."
                + " --param speaker_name=Ashby binds the query's variable ?speaker_name to the string \"Ashby\""
                + " (safely: the value is never parsed as SPARQL); parameters left out match anything; a parameter"
                + " named …_iri takes an IRI. --limit and --offset choose a page (for the per-person queries, of"
                + " their inner page of statements); standard error says which rows were printed and how to get the"
                + " next ones. SELECT and"
                + " ASK results print as a table (fitted to the terminal's width, long values cut with …), CSV or"
                + " JSON (never cut); CONSTRUCT and DESCRIBE results as Turtle. With --endpoint the whole answer is"
                + " read before anything is printed, so an answer cut short prints nothing and exits with 6."})
final class QueryCommand implements Callable<Integer> {

    private static final Pattern PARAM = Pattern.compile("([^=]+)=(.*)", Pattern.DOTALL);

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE.rq", description = "The query to run.")
    String query;

    @ArgGroup(exclusive = true)
    Target target = new Target();

    static final class Target {
        @Option(names = "--db", paramLabel = "DIR",
                description = "Query this database directory (default: data/tdb2).")
        Path db;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "Query a SPARQL endpoint instead, e.g. http://127.0.0.1:3030/news/sparql")
        String endpoint;
    }

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind the query's ?NAME to the string VALUE.")
    List<String> params = List.of();

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "Output for SELECT and ASK: table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-l", "--list"}, description = "List the named queries and their parameters.")
    boolean list;

    @Option(names = "--limit", paramLabel = "N",
            description = "At most N rows: a page (default: the query's own page, 100 for the per-person queries).")
    Long limit;

    @Option(names = "--offset", paramLabel = "K", defaultValue = "0",
            description = "Skip the first K rows (the next page: --offset 100). Standard error says which rows"
                    + " were printed and how to get the next page.")
    long offset;

    /** Rows counted at most, to say "first 100 of 1,600 rows"; beyond, "of more than 10,000". */
    static final long COUNT_CAP = 10_000;

    @Override
    public Integer call() {
        if (list) {
            listQueries(System.out);
            return ExitCode.OK;
        }
        if (query == null) {
            System.err.println("newsgraph query: give a query NAME or FILE.rq (--list shows the named queries)");
            return ExitCode.USAGE;
        }
        String output = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(output)) {
            System.err.println("newsgraph query: unknown format '" + format + "' (use table, csv or json)");
            return ExitCode.USAGE;
        }
        Map<String, String> bindings = new LinkedHashMap<>();
        for (String param : params) {
            Matcher m = PARAM.matcher(param);
            if (!m.matches()) {
                System.err.println("newsgraph query: bad --param '" + param + "': write it as NAME=VALUE");
                return ExitCode.QUERY;
            }
            bindings.put(m.group(1).strip().replaceFirst("^[?$]", ""), m.group(2));
        }
        if (limit != null && limit < 0 || offset < 0) {
            System.err.println("newsgraph query: --limit and --offset must be 0 or more");
            return ExitCode.USAGE;
        }
        PagedQuery paged;
        try {
            paged = NamedQuery.find(query).bind(bindings, new Page(limit == null ? Page.OWN_LIMIT : limit, offset));
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph query: " + e.getMessage());
            return ExitCode.QUERY;
        }
        Query sparql = paged.query();
        long countCap = Math.max(COUNT_CAP, paged.offset() + Math.max(0, paged.limit()));
        // a write error (a full disk) ends the command with ExitCode.OUTPUT instead of a silently cut answer
        PrintStream stdout = CheckedOutput.standardOutput().printStream();
        if (target.endpoint != null) {
            try {
                if (sparql.isSelectType()) {
                    printPage(paged.run(q -> {
                        try (QueryExec qe = QueryExecHTTP.service(target.endpoint).query(QueryText.compact(q))
                                .parseCheck(false).build()) {
                            return qe.select().rewindable();
                        }
                    }, countCap), sparql, output, stdout);
                } else {
                    try (QueryExecution qe = QueryExecutionHTTP.service(target.endpoint).query(QueryText.compact(sparql))
                            .parseCheck(false).build()) {
                        print(qe, sparql, output, stdout);
                    }
                }
            } catch (QueryException | HttpException e) {
                System.err.println("newsgraph query: " + endpointFailure(e));
                return ExitCode.QUERY;
            } catch (RiotException | JsonException | IllegalStateException e) {
                System.err.println("newsgraph query: " + brokenAnswer(e));
                return ExitCode.QUERY;
            }
            return ExitCode.OK;
        }
        Path dir = target.db != null ? target.db : NewsStore.DEFAULT_LOCATION;
        try (NewsStore store = NewsStore.openExisting(dir, DatabaseOption.openingNotices("query"))) {
            Txn.executeRead(store.dataset(), () -> {
                if (sparql.isSelectType()) {
                    printPage(paged.run(q -> {
                        try (QueryExec qe = QueryExec.dataset(store.dataset().asDatasetGraph()).query(q).build()) {
                            return qe.select().rewindable();
                        }
                    }, countCap), sparql, output, stdout);
                } else {
                    try (QueryExecution qe = QueryExecution.create(sparql, store.dataset())) {
                        print(qe, sparql, output, stdout);
                    }
                }
            });
        } catch (QueryException e) {
            System.err.println("newsgraph query: the query failed: " + firstLine(e));
            return ExitCode.QUERY;
        }
        return ExitCode.OK;
    }

    /** The rows are read in full before printing, so nothing of a broken answer was printed. */
    private String brokenAnswer(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "the answer from " + target.endpoint + " is incomplete or malformed (" + firstLine(root)
                + "); nothing was printed: run the query again, or ask for fewer results";
    }

    private static boolean isBrokenAnswer(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && !(t instanceof ConnectException) || t instanceof RiotException
                    || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    private String endpointFailure(RuntimeException e) {
        if (!(e instanceof QueryExceptionHTTP) && isBrokenAnswer(e)) {
            return brokenAnswer(e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "cannot reach " + target.endpoint + " (is 'newsgraph serve' running?)";
            }
            if (t instanceof QueryExceptionHTTP http && http.getStatusCode() == 503) {
                return "the server at " + target.endpoint + " stopped the query: it ran longer than the server's"
                        + " query timeout (serve --timeout), or the server is busy";
            }
            if (t instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
                return "the query failed at " + target.endpoint + ": HTTP " + http.getStatusCode() + " "
                        + firstLine(http);
            }
        }
        return "the query failed at " + target.endpoint + ": " + firstLine(e);
    }

    /** The page's rows on standard output; on standard error, when it is only part of the answer, which part. */
    private static void printPage(PagedQuery.Answer page, Query query, String format, PrintStream out) {
        ResultSetRewindable rows = ResultSetFactory.makeRewindable(ResultSet.adapt(page.rows()));
        switch (format) {
            case "csv" -> ResultSetFormatter.outputAsCSV(out, rows);
            case "json" -> ResultSetFormatter.outputAsJSON(out, rows);
            default -> table(out, rows, query.getPrefixMapping());
        }
        out.flush();
        if (page.note().isPartial()) {
            System.err.println("newsgraph query: " + page.note().forCommandLine());
        }
    }

    private static void print(QueryExecution qe, Query query, String format, PrintStream out) {
        if (query.isSelectType()) {
            // read in full first: an answer that breaks off part-way prints nothing, not half a table
            ResultSetRewindable rows = ResultSetFactory.copyResults(qe.execSelect());
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(out, rows);
                case "json" -> ResultSetFormatter.outputAsJSON(out, rows);
                default -> table(out, rows, query.getPrefixMapping());
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(out, answer);
                case "json" -> ResultSetFormatter.outputAsJSON(out, answer);
                default -> out.println(answer ? "yes" : "no");
            }
        } else {
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            model.setNsPrefixes(query.getPrefixMapping());
            RDFDataMgr.write((OutputStream) out, model, Lang.TURTLE);
        }
        out.flush();
    }

    private static void table(PrintStream out, ResultSet rows, PrefixMapping prefixes) {
        List<String> header = rows.getResultVars();
        List<List<String>> cells = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            List<String> line = new ArrayList<>();
            for (String var : header) {
                RDFNode value = row.get(var);
                line.add(value == null ? "" : FmtUtils.stringForNode(value.asNode(), prefixes));
            }
            cells.add(line);
        }
        TextTable.print(out, header, cells, TextTable.terminalWidth());
    }

    private static void listQueries(PrintStream out) {
        out.println("Queries (newsgraph query NAME [--param NAME=VALUE]…):");
        for (String name : NamedQuery.available()) {
            NamedQuery q = NamedQuery.find(name);
            out.println("  " + name + " — " + q.title());
            q.documentedParameters().forEach((p, doc) -> out.println("      --param " + p + "=…  " + doc));
        }
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
    }
}
