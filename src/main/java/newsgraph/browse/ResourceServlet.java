package newsgraph.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RiotException;

/**
 * The graph's IRIs on this server (see {@link Site}): {@code /id/…} answers 303 See Other to the page or to the
 * data, by the {@code Accept} header (the Cool URIs recipe: the IRI names a person, not a document, so it
 * redirects to documents about her); {@code /page/…} is the HTML page; {@code /data/…} the RDF description, by
 * {@code Accept} or {@code ?format=ttl|jsonld|nt|rdf}. Each answer that depends on Accept says {@code Vary: Accept}.
 * An IRI that no article graph holds is a 404 page.
 */
final class ResourceServlet extends BrowseServlet {

    private static final long serialVersionUID = 1L;

    enum Mode { ID, PAGE, DATA }

    /** An RDF format of the descriptions: its media type, its {@code ?format=} name, Jena's writer. */
    record Format(String mediaType, String name, RDFFormat writer) {
    }

    static final List<Format> FORMATS = List.of(
            new Format("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
            new Format("application/ld+json", "jsonld", RDFFormat.JSONLD11),
            new Format("application/n-triples", "nt", RDFFormat.NTRIPLES_UTF8),
            new Format("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN));

    private static final String HTML = "text/html";
    /** What /id/ offers: the page first, so a browser (and "*&#47;*") gets it. */
    private static final AcceptList ID_OFFERS = AcceptList.create(HTML, "application/xhtml+xml", "text/turtle",
            "application/ld+json", "application/n-triples", "application/rdf+xml");
    private static final AcceptList DATA_OFFERS = AcceptList.create("text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml");

    private final Mode mode;

    ResourceServlet(Browsing browsing, Mode mode) {
        super(browsing);
        this.mode = mode;
    }

    @Override
    Reply answer(HttpServletRequest request, Reads reads) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            return Reply.problem(HttpServletResponse.SC_NOT_FOUND, "Not found", "Give the path of an IRI after "
                    + request.getServletPath() + "/, e.g. " + request.getServletPath() + "/person/…");
        }
        Site site = browsing.site();
        String iri = site.iri(path.substring(1));
        Node node = NodeFactory.createURI(iri);
        if (!Facts.known(reads, node)) {
            Reply missing = Reply.problem(HttpServletResponse.SC_NOT_FOUND, "Not found",
                    "Nothing in this graph has the IRI " + iri + ".");
            return mode == Mode.PAGE ? missing : missing.header("Vary", "Accept");
        }
        return switch (mode) {
            case ID -> see(request, site, iri);
            case PAGE -> Reply.html(HttpServletResponse.SC_OK, Pages.of(reads, site, node, request));
            case DATA -> data(request, reads, site, node);
        };
    }

    /** 303 to the page or the data, whichever the client prefers. */
    private static Reply see(HttpServletRequest request, Site site, String iri) {
        MediaType chosen = choose(request, ID_OFFERS);
        if (chosen == null) {
            return notAcceptable();
        }
        String type = chosen.getContentTypeStr();
        String location = type.equals(HTML) || type.equals("application/xhtml+xml") ? site.page(iri) : site.data(iri);
        return Reply.redirect(location).header("Vary", "Accept");
    }

    private static Reply data(HttpServletRequest request, Reads reads, Site site, Node node) {
        Format format;
        String asked = parameter(request, "format");
        if (asked != null) {
            format = FORMATS.stream().filter(f -> f.name().equals(asked.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new BadRequest("format must be ttl, jsonld, nt or rdf"));
        } else {
            MediaType chosen = choose(request, DATA_OFFERS);
            if (chosen == null) {
                return notAcceptable();
            }
            format = FORMATS.stream().filter(f -> f.mediaType().equals(chosen.getContentTypeStr())).findFirst()
                    .orElseThrow();
        }
        Model description = Descriptions.of(reads, site, node);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RDFDataMgr.write(out, description, format.writer());
        } catch (RiotException e) {
            return Reply.problem(HttpServletResponse.SC_NOT_ACCEPTABLE, "Not in this format",
                    "This description cannot be written as " + format.mediaType() + " (" + e.getMessage()
                            + "); ask for text/turtle.");
        }
        return Reply.bytes(HttpServletResponse.SC_OK, format.mediaType() + "; charset=utf-8", out.toByteArray())
                .header("Vary", "Accept");
    }

    private static Reply notAcceptable() {
        return Reply.problem(HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable", "This resource is offered as"
                + " text/html, text/turtle, application/ld+json, application/n-triples and application/rdf+xml.")
                .header("Vary", "Accept");
    }

    /** The offer the Accept header prefers (the first offer when there is no Accept header), or null. */
    static MediaType choose(HttpServletRequest request, AcceptList offers) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return new MediaType(offers.entries().get(0));
        }
        return AcceptList.match(new AcceptList(accept), offers);
    }
}
