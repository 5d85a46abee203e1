package newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A SPARQL query of newsgraph's {@code queries/} (by name, from the working directory's {@code queries/} or
 * from the jar) or from any {@code .rq} file, and its parameters.
 *
 * <p>Parameter convention: a parameter is a variable of the query, e.g. {@code ?speaker_name}; binding
 * {@code speaker_name=Ashby} replaces that variable by the string literal {@code "Ashby"} in the parsed
 * query (syntactic substitution of an RDF term, so no value can change the query's structure). A parameter
 * left unbound stays a variable; the queries use {@code COALESCE(?speaker_name, "")} so that "no value"
 * means "any". Each query's header comment lists its parameters as lines {@code #   ?name  description}. A parameter
 * whose name ends in {@code _iri} is bound to an IRI instead (an entity's, for the entity pages), and only to a
 * well-formed absolute one.
 *
 * <p>A query whose text has a line {@code # page…} pages in its page sub-query ({@link PagedQuery}):
 * {@link #bind(Map, Page)} sets the limit and offset there. One with a line {@code # ranking window…} (the overviews
 * {@code most-quoted} and {@code entities}) pages at its top level and reads a ranking only as far as the page's end
 * ({@link PagedQuery#ranked}).
 */
public record NamedQuery(String name, String source, String text) {

    /** Where the queries are inside the jar. */
    public static final String RESOURCE_DIR = "newsgraph/queries/";
    private static final Path WORKING_DIR_QUERIES = Path.of("queries");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern PARAMETER_DOC = Pattern.compile("^#\\s+\\?([A-Za-z_][A-Za-z0-9_]*)\\s+(.*)$");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PAGE_MARK = Pattern.compile("(?m)^\\s*# page\\b");
    /** The overviews that read a ranking kept with their counts ({@link PagedQuery#ranked}). */
    private static final Pattern RANKING_MARK = Pattern.compile("(?m)^\\s*# ranking window\\b");
    /** Parameters named {@code …_iri} are bound to IRIs. */
    public static final String IRI_SUFFIX = "_iri";

    /**
     * Finds a query: a path ending in {@code .rq} (or containing a '/') is read as a file; anything else is
     * the name of a query in {@code ./queries/} or, failing that, in the jar.
     *
     * @throws IllegalArgumentException with a one-line message when there is no such query
     */
    public static NamedQuery find(String nameOrFile) {
        if (nameOrFile.endsWith(".rq") || nameOrFile.contains("/") || nameOrFile.contains("\\")) {
            Path file = Path.of(nameOrFile);
            try {
                return new NamedQuery(stem(file), file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no such query file: " + nameOrFile);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read query file " + nameOrFile + ": " + e.getMessage());
            }
        }
        if (!NAME.matcher(nameOrFile).matches()) {
            throw new IllegalArgumentException("bad query name '" + nameOrFile + "'" + knownNames());
        }
        Path local = WORKING_DIR_QUERIES.resolve(nameOrFile + ".rq");
        if (Files.isRegularFile(local)) {
            try {
                return new NamedQuery(nameOrFile, local.toString(), Files.readString(local, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read query file " + local + ": " + e.getMessage());
            }
        }
        return fromJar(nameOrFile).orElseThrow(() -> new IllegalArgumentException(
                "unknown query '" + nameOrFile + "'" + knownNames()));
    }

    /** The query of this name packaged in the jar, whatever {@code ./queries/} holds; empty if the jar has none. */
    public static java.util.Optional<NamedQuery> fromJar(String name) {
        String resource = RESOURCE_DIR + name + ".rq";
        try (InputStream in = NamedQuery.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new NamedQuery(name, "newsgraph.jar!/" + resource, new String(in.readAllBytes(),
                    StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read query " + resource + ": " + e.getMessage());
        }
    }

    private static String knownNames() {
        Set<String> names = available();
        return names.isEmpty() ? "" : "; the queries are: " + String.join(", ", names) + " (or give a FILE.rq)";
    }

    /** The names of the queries in {@code ./queries/} and in the jar, sorted. */
    public static Set<String> available() {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(WORKING_DIR_QUERIES)) {
            try (Stream<Path> files = Files.list(WORKING_DIR_QUERIES)) {
                files.filter(f -> f.getFileName().toString().endsWith(".rq")).forEach(f -> names.add(stem(f)));
            } catch (IOException e) {
                // an unreadable ./queries only hides local queries; the jar's remain
            }
        }
        names.addAll(packaged());
        return names;
    }

    /** The names of the queries packaged in the jar, listed once: the jar does not change while it runs. */
    public static Set<String> packaged() {
        return Packaged.NAMES;
    }

    private static final class Packaged {
        static final Set<String> NAMES = java.util.Collections.unmodifiableSet(listPackaged());
    }

    private static Set<String> listPackaged() {
        Set<String> names = new TreeSet<>();
        URL dir = NamedQuery.class.getClassLoader().getResource(RESOURCE_DIR);
        if (dir == null) {
            return names;
        }
        try {
            if ("file".equals(dir.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                    files.filter(f -> f.getFileName().toString().endsWith(".rq")).forEach(f -> names.add(stem(f)));
                }
            } else if ("jar".equals(dir.getProtocol())) {
                URLConnection connection = dir.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String entry = e.nextElement().getName();
                        if (entry.startsWith(RESOURCE_DIR) && entry.endsWith(".rq")
                                && entry.indexOf('/', RESOURCE_DIR.length()) < 0) {
                            names.add(stem(Path.of(entry)));
                        }
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException e) {
            // listing is a convenience for messages; finding a query by name does not need it
        }
        return names;
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.rq$", "");
    }

    /** The header comment's first paragraph, without '#', as one line (what the query answers). */
    public String title() {
        StringBuilder title = new StringBuilder();
        for (String line : (Iterable<String>) text.lines().map(String::strip)::iterator) {
            if (!line.startsWith("#")) {
                break;
            }
            String words = line.replaceFirst("^#+\\s*", "");
            if (words.isEmpty()) {
                if (title.length() > 0) {
                    break;
                }
                continue;
            }
            title.append(title.length() > 0 ? " " : "").append(words);
        }
        return title.toString();
    }

    /** The parameters its header documents, name → description, in order. */
    public Map<String, String> documentedParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (!line.startsWith("#")) {
                if (!line.isBlank()) {
                    break;
                }
                continue;
            }
            Matcher m = PARAMETER_DOC.matcher(line);
            if (m.matches()) {
                params.put(m.group(1), m.group(2).strip());
            }
        }
        return params;
    }

    /**
     * Parses the query and binds parameters (name → value, each bound as a string literal).
     *
     * @throws IllegalArgumentException with a one-line message for a syntax error or a parameter the query
     *                                  does not have
     */
    public Query bind(Map<String, String> parameters) {
        Query query;
        try {
            query = parsed(text).cloneQuery();
        } catch (QueryParseException e) {
            String message = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("query " + source + " is not valid SPARQL: " + message.strip());
        }
        if (parameters.isEmpty()) {
            return query;
        }
        Set<String> variables = OpVars.mentionedVars(Algebra.compile(query)).stream().map(Var::getVarName)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<Var, Node> substitution = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        parameters.forEach((name, value) -> {
            if (!PARAMETER_NAME.matcher(name).matches() || !variables.contains(name)) {
                unknown.add(name);
            } else {
                substitution.put(Var.alloc(name), name.endsWith(IRI_SUFFIX) ? iri(name, value)
                        : NodeFactory.createLiteralString(value));
            }
        });
        if (!unknown.isEmpty()) {
            Set<String> documented = documentedParameters().keySet();
            throw new IllegalArgumentException("query " + name + " has no parameter " + String.join(", ", unknown)
                    + (documented.isEmpty() ? "" : "; its parameters are: " + String.join(", ", documented)));
        }
        return QueryTransformOps.replaceVars(query, substitution);
    }

    /** Parsed queries by their text: a page of the server binds four of them, and parsing costs more than copying. */
    private static final Map<String, Query> PARSED = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
                    return size() > 64;
                }
            });

    /** The parsed text, never to be changed: callers copy it. */
    private static Query parsed(String text) {
        Query query = PARSED.get(text);
        if (query == null) {
            query = QueryFactory.create(text);
            PARSED.put(text, query);
        }
        return query;
    }

    /**
     * Binds the parameters and cuts the answer to a page: in the page sub-query of a query marked {@code # page}
     * (the per-person queries), else at the top level (see {@link PagedQuery}).
     *
     * @throws IllegalArgumentException as {@link #bind(Map)} does
     */
    public PagedQuery bind(Map<String, String> parameters, Page page) {
        return PagedQuery.of(name, bind(parameters), PAGE_MARK.matcher(text).find(), page)
                .ranked(readsRanking());
    }

    /** What the overviews ask to read the database's statistics: their marker (see {@code newsgraph.stats.Statistics}). */
    private static final String STATISTICS_MARKER = "st:complete \"yes\"";

    /** Whether the query reads the database's statistics where they are complete (the overviews). */
    public boolean readsStatistics() {
        return text.contains(STATISTICS_MARKER);
    }

    /**
     * The same query counting over every article: the statistics' marker it asks for never matches, so its scanning
     * part runs, as on a store without statistics (to compare and to time the two; the same query otherwise).
     */
    public NamedQuery withoutStatistics() {
        return new NamedQuery(name, source, text.replace(STATISTICS_MARKER, "st:complete \"never\""));
    }

    /** Whether the query reads a ranking kept with the statistics as far as its page's end (marked {@code # ranking window}). */
    public boolean readsRanking() {
        return RANKING_MARK.matcher(text).find();
    }

    /** Whether the query pages in a sub-query marked {@code # page}. */
    public boolean pagesInside() {
        return PAGE_MARK.matcher(text).find();
    }

    /** An absolute IRI without the characters that SPARQL and Turtle cannot write in one, or a one-line refusal. */
    private Node iri(String parameter, String value) {
        String bad = value.isEmpty() ? "it is empty" : null;
        for (int i = 0; i < value.length() && bad == null; i++) {
            char c = value.charAt(i);
            if (c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0) {
                bad = "it holds the character " + (c <= ' ' ? String.format("U+%04X", (int) c) : "'" + c + "'");
            }
        }
        if (bad == null) {
            try {
                if (!IRIx.create(value).isAbsolute()) {
                    bad = "it is not absolute";
                }
            } catch (IRIException e) {
                bad = "it is not a well-formed IRI";
            }
        }
        if (bad != null) {
            throw new IllegalArgumentException("parameter " + parameter + " of query " + name + " must be an absolute"
                    + " IRI (such as https://w3id.org/newsgraph/id/person/…), but " + bad);
        }
        return NodeFactory.createURI(value);
    }
}
