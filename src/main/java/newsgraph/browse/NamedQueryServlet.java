package newsgraph.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import newsgraph.store.NamedQuery;
import newsgraph.store.Page;
import newsgraph.store.PagedQuery;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The named queries over HTTP: {@code GET /news/query/NAME?param=value&…&limit=N&offset=K}. Parameters are bound as
 * {@code query --param} binds them (terms in the parsed query, never text); {@code limit} and {@code offset} go into
 * the query's page ({@link PagedQuery}). The answer comes in the SPARQL results format the {@code Accept} header
 * (or {@code ?format=json|xml|csv|tsv|html}) asks for, and says which page it is: {@code Link} headers with
 * {@code rel="next"} and {@code rel="prev"}, and a note on the HTML page. {@code /news/query/} lists the queries;
 * {@code /news/query/NAME/editor?…} opens the bound query in the Fuseki UI's editor.
 */
final class NamedQueryServlet extends BrowseServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    /** The page size when none is asked for, for the queries that have none of their own. */
    static final long DEFAULT_LIMIT = 100;
    static final long COUNT_CAP = 10_000;
    /** A parameter value longer than this is refused: no name is that long. */
    static final int MAX_VALUE = 1_000;
    private static final List<String> RESERVED = List.of("limit", "offset", "format");

    /** The results formats, by {@code ?format=} name: media type and Jena's language; html is the page. */
    private static final Map<String, Lang> FORMATS = new LinkedHashMap<>();
    static {
        FORMATS.put("json", ResultSetLang.RS_JSON);
        FORMATS.put("xml", ResultSetLang.RS_XML);
        FORMATS.put("csv", ResultSetLang.RS_CSV);
        FORMATS.put("tsv", ResultSetLang.RS_TSV);
        FORMATS.put("thrift", ResultSetLang.RS_Thrift);
        FORMATS.put("protobuf", ResultSetLang.RS_Protobuf);
        FORMATS.put("text", ResultSetLang.RS_Text);
    }
    /** JSON first: what a program gets for "*&#47;*"; a browser asks for text/html by name. */
    private static final AcceptList OFFERS = AcceptList.create("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
            "application/sparql-results+thrift", "application/sparql-results+protobuf", "text/html", "text/plain",
            "application/json", "application/xml");

    NamedQueryServlet(Browsing browsing) {
        super(browsing);
    }

    @Override
    Reply answer(HttpServletRequest request, Reads reads) {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            return Reply.html(HttpServletResponse.SC_OK, list());
        }
        String[] parts = path.substring(1).split("/", -1);
        boolean editor = parts.length == 2 && parts[1].equals("editor");
        NamedQuery named = null;
        if (parts.length == 1 || editor) {
            try {
                // a name only: NamedQuery.find reads a file for a path or a name ending in .rq
                named = NAME.matcher(parts[0]).matches() ? NamedQuery.find(parts[0]) : null;
            } catch (IllegalArgumentException e) {
                named = null;
            }
        }
        if (named == null) {
            return Reply.problem(HttpServletResponse.SC_NOT_FOUND, "No such query", "There is no named query '"
                    + parts[0] + "'; the queries are: " + String.join(", ", NamedQuery.available()) + ".");
        }
        Map<String, String> parameters = parameters(request);
        long limit = number(request, "limit", named.pagesInside() ? Page.OWN_LIMIT : DEFAULT_LIMIT, 0,
                browsing.maxRows());
        long offset = number(request, "offset", 0, 0, Long.MAX_VALUE / 4);
        PagedQuery paged;
        try {
            paged = named.bind(parameters, new Page(limit, offset));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        if (editor) {
            return Reply.redirect("/#/dataset/news/query?query=" + Links.encode(paged.query().toString()));
        }
        String format = format(request);
        if (format == null) {
            return Reply.problem(HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable", "The named queries answer"
                    + " in the SPARQL results formats (JSON, XML, CSV, TSV, Thrift, Protobuf, text) and in HTML.")
                    .header("Vary", "Accept");
        }
        Query query = paged.query();
        if (query.isAskType()) {
            boolean yes = reads.ask(query);
            return results(format, null, yes).header("Vary", "Accept");
        }
        if (!query.isSelectType()) {
            throw new BadRequest("query " + named.name() + " is not a SELECT or ASK query");
        }
        // a reader sees the total; a program needs only the Link headers, so its count stops after the page
        long cap = format.equals("html") ? COUNT_CAP : paged.offset() + Math.max(paged.limit(), 0);
        PagedQuery.Answer answer = reads.page(paged, Math.max(cap, 1));
        Reply reply = format.equals("html") ? Reply.html(HttpServletResponse.SC_OK, page(named, parameters, paged, answer))
                : results(format, answer.rows(), false);
        List<String> links = new ArrayList<>();
        String self = Browsing.NAMED_QUERIES + named.name();
        String asked = parameter(request, "format");
        if (answer.note().more()) {
            links.add("<" + self + Links.queryString(parameters, paged.limit(), answer.note().nextOffset(), asked)
                    + ">; rel=\"next\"");
        }
        if (answer.note().offset() > 0) {
            links.add("<" + self + Links.queryString(parameters, paged.limit(), answer.note().previousOffset(), asked)
                    + ">; rel=\"prev\"");
        }
        if (!links.isEmpty()) {
            reply.header("Link", String.join(", ", links));
        }
        return reply.header("Vary", "Accept");
    }

    /** The query's parameters: every request parameter but limit, offset and format. */
    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : Collections.list(request.getParameterNames())) {
            if (RESERVED.contains(name)) {
                continue;
            }
            String value = parameter(request, name);
            if (value.length() > MAX_VALUE) {
                throw new BadRequest("the value of '" + name + "' is " + value.length() + " characters long; at most "
                        + MAX_VALUE + " are taken");
            }
            parameters.put(name, value);
        }
        return parameters;
    }

    /** The format asked for by {@code ?format=}, else by Accept; null when none is offered. */
    private static String format(HttpServletRequest request) {
        String asked = parameter(request, "format");
        if (asked != null) {
            String name = asked.toLowerCase(Locale.ROOT);
            if (!name.equals("html") && !FORMATS.containsKey(name)) {
                throw new BadRequest("format must be one of html, " + String.join(", ", FORMATS.keySet()));
            }
            return name;
        }
        MediaType chosen = ResourceServlet.choose(request, OFFERS);
        if (chosen == null) {
            return null;
        }
        return switch (chosen.getContentTypeStr()) {
            case "text/html" -> "html";
            case "application/sparql-results+xml", "application/xml" -> "xml";
            case "text/csv" -> "csv";
            case "text/tab-separated-values" -> "tsv";
            case "application/sparql-results+thrift" -> "thrift";
            case "application/sparql-results+protobuf" -> "protobuf";
            case "text/plain" -> "text";
            default -> "json";
        };
    }

    private static Reply results(String format, RowSetRewindable rows, boolean yes) {
        Lang lang = FORMATS.get(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (rows == null) {
            ResultsWriter.create().lang(lang).write(out, yes);
        } else {
            ResultsWriter.create().lang(lang).write(out, rows);
        }
        String type = lang.getContentType().getContentTypeStr();
        boolean text = type.startsWith("text/") || type.contains("json") || type.contains("xml");
        return Reply.bytes(HttpServletResponse.SC_OK, text ? type + "; charset=utf-8" : type, out.toByteArray());
    }

    /** The list of named queries: what each answers, its parameters, a form to run it. */
    private static Document list() {
        Document doc = Html.page("Named queries", null);
        Element main = Html.main(doc);
        main.appendElement("h1").text("Named queries");
        main.appendElement("p").text("Each runs at " + Browsing.NAMED_QUERIES + "NAME?parameter=value, a page at a"
                + " time (limit, offset), in HTML or any SPARQL results format (Accept, or format=json, xml, csv,"
                + " tsv); the same queries as 'newsgraph query NAME'.");
        for (String name : NamedQuery.available()) {
            NamedQuery q = NamedQuery.find(name);
            Element section = main.appendElement("section");
            Html.link(section.appendElement("h2"), Browsing.NAMED_QUERIES + name, name);
            section.appendElement("p").text(q.title());
            form(section, q, Map.of(), q.pagesInside() ? Page.OWN_LIMIT : DEFAULT_LIMIT, 0);
        }
        return doc;
    }

    /** A form that runs the query with its parameters (GET, so it works without JavaScript). */
    private static void form(Element parent, NamedQuery q, Map<String, String> values, long limit, long offset) {
        Element form = parent.appendElement("form").attr("method", "get")
                .attr("action", Browsing.NAMED_QUERIES + q.name());
        Element list = Pages.facts(form);
        q.documentedParameters().forEach((name, doc) -> {
            Element dd = Pages.fact(list, name);
            dd.appendElement("input").attr("name", name).attr("value", values.getOrDefault(name, ""))
                    .attr("size", "40").attr("title", doc);
            dd.appendText(" " + doc);
        });
        Pages.fact(list, "limit").appendElement("input").attr("name", "limit").attr("type", "number").attr("min", "0")
                .attr("value", limit < 0 ? "" : Long.toString(limit)).attr("placeholder", "100");
        Pages.fact(list, "offset").appendElement("input").attr("name", "offset").attr("type", "number")
                .attr("min", "0").attr("value", Long.toString(offset));
        form.appendElement("button").attr("type", "submit").text("Run");
    }

    /** The answer as an HTML table, with its page note, its formats, the editor link and the query itself. */
    private Document page(NamedQuery named, Map<String, String> parameters, PagedQuery paged, PagedQuery.Answer answer) {
        Site site = browsing.site();
        Document doc = Html.page(named.name(), null);
        Element main = Html.main(doc);
        main.appendElement("h1").text(named.name());
        main.appendElement("p").text(named.title());
        form(main, named, parameters, paged.limit(), paged.offset());
        long limit = paged.limit();
        PageNav.append(main, answer.note(), "rows", "row",
                offset -> Browsing.NAMED_QUERIES + named.name() + Links.queryString(parameters, limit, offset, null),
                true);
        RowSetRewindable rows = answer.rows();
        List<Var> vars = rows.getResultVars();
        Element table = main.appendElement("table").addClass("results");
        Element head = table.appendElement("thead").appendElement("tr");
        vars.forEach(v -> head.appendElement("th").text(v.getVarName()));
        Element body = table.appendElement("tbody");
        while (rows.hasNext()) {
            Binding row = rows.next();
            Element tr = body.appendElement("tr");
            for (Var v : vars) {
                Node value = row.get(v);
                Element td = tr.appendElement("td");
                if (value == null) {
                    continue;
                }
                if (value.isURI() && site.page(value.getURI()) != null) {
                    Html.link(td, site.page(value.getURI()), "id:" + value.getURI().substring(site.ids().length()));
                } else if (value.isLiteral()) {
                    td.text(value.getLiteralLexicalForm());
                } else {
                    td.addClass("iri").text(value.toString());
                }
            }
        }
        rows.reset();
        PageNav.append(main, answer.note(), "rows", "row",
                offset -> Browsing.NAMED_QUERIES + named.name() + Links.queryString(parameters, limit, offset, null),
                false);
        EntityPage.queryLinks(main, named.name(), parameters, limit, paged.offset());
        Element details = main.appendElement("details");
        details.appendElement("summary").text("The query as it ran (parameters and page bound in it)");
        details.appendElement("pre").text(paged.query().toString());
        return doc;
    }
}
