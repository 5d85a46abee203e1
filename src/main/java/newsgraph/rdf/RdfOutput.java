package newsgraph.rdf;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** The output formats of {@code extract}, and writing one article's graph in them. */
public enum RdfOutput {
    TTL("ttl", RDFFormat.TURTLE_PRETTY, false),
    NT("nt", RDFFormat.NTRIPLES_UTF8, false),
    NQ("nq", RDFFormat.NQUADS_UTF8, true),
    TRIG("trig", RDFFormat.TRIG_PRETTY, true),
    JSONLD("jsonld", RDFFormat.JSONLD11, false),
    RDFXML("rdf", RDFFormat.RDFXML_PLAIN, false);

    private final String extension;
    private final RDFFormat format;
    private final boolean quads;

    RdfOutput(String extension, RDFFormat format, boolean quads) {
        this.extension = extension;
        this.format = format;
        this.quads = quads;
    }

    /** "ttl", "nt", "nq", "trig", "jsonld", "rdfxml" (also "rdf", "xml"). */
    public static RdfOutput parse(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "ttl", "turtle" -> TTL;
            case "nt", "ntriples", "n-triples" -> NT;
            case "nq", "nquads", "n-quads" -> NQ;
            case "trig" -> TRIG;
            case "jsonld", "json-ld" -> JSONLD;
            case "rdfxml", "rdf", "xml", "rdf/xml" -> RDFXML;
            default -> throw new IllegalArgumentException("unknown format '" + name
                    + "' (use ttl, nt, nq, trig, jsonld or rdfxml)");
        };
    }

    public String extension() {
        return extension;
    }

    public Lang lang() {
        return format.getLang();
    }

    /** Whether the format keeps the graph name (N-Quads, TriG). */
    public boolean isQuads() {
        return quads;
    }

    /**
     * Writes one article's graph; quad formats put it in its named graph.
     *
     * @throws UnwritableCharacterException for RDF/XML, when a literal holds a character that XML 1.0
     *         cannot carry (control characters other than tab and line ends, U+FFFE, U+FFFF); nothing
     *         is written then
     */
    public void write(Model graph, String graphName, OutputStream out) {
        if (this == RDFXML) {
            requireXmlCharacters(graph);
        }
        if (quads) {
            Dataset ds = DatasetFactory.create();
            ds.addNamedModel(graphName, graph);
            ds.getDefaultModel().setNsPrefixes(graph.getNsPrefixMap());
            RDFDataMgr.write(out, ds, format);
        } else {
            RDFDataMgr.write(out, graph, format);
        }
    }

    /** Checked before writing, because Jena's RDF/XML writer fails half way, after writing part of the output. */
    private static void requireXmlCharacters(Model graph) {
        graph.listObjects().forEach(o -> {
            if (o.isLiteral()) {
                String s = o.asLiteral().getLexicalForm();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    boolean legal = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD);
                    if (!legal) {
                        throw new UnwritableCharacterException(String.format(
                                "RDF/XML (XML 1.0) cannot hold the character U+%04X of the article"
                                        + " (\"%s\"); write ttl, nt, nq, trig or jsonld instead",
                                (int) c, ArticleGraph.abbreviate(s.substring(Math.max(0, i - 20), i), 20)));
                    }
                }
            }
        });
    }

    /** A graph holds a character that the chosen format cannot carry. */
    public static final class UnwritableCharacterException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnwritableCharacterException(String message) {
            super(message);
        }
    }
}
