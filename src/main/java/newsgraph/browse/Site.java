package newsgraph.browse;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the graph's IRIs live on this server. Every IRI under the data namespace ({@code BASE id/}) has three
 * local addresses, whatever the base (a base that is not this server still browses here):
 * <pre>
 * /id/PATH     the thing itself: 303 See Other to one of the two documents below, by Accept
 * /page/PATH   the HTML page about it
 * /data/PATH   its description in RDF (Turtle, JSON-LD, N-Triples, RDF/XML), by Accept or ?format=
 * </pre>
 * A span's IRI ({@code …/article/ID#char=10,20}) is its article's with a fragment: the browser keeps the fragment
 * through the 303, and the article page has an element with that id.
 *
 * @param ids the data namespace, e.g. {@code https://w3id.org/newsgraph/id/}
 */
public record Site(String ids) {

    public Site {
        if (!ids.endsWith("/")) {
            throw new IllegalArgumentException("the data namespace must end with '/': " + ids);
        }
    }

    /** Whether the IRI is one of the graph's own (under the data namespace). */
    public boolean owns(String iri) {
        return iri != null && iri.startsWith(ids) && iri.length() > ids.length();
    }

    /** The IRI that a local path (the part after /id/, /page/ or /data/, decoded) stands for. */
    public String iri(String localPath) {
        return ids + localPath;
    }

    /** The page of an IRI of the graph ({@code /page/…}, with its fragment), or null for any other IRI. */
    public String page(String iri) {
        return local("/page/", iri);
    }

    /** The RDF description of an IRI of the graph, or null. */
    public String data(String iri) {
        return local("/data/", iri);
    }

    private String local(String prefix, String iri) {
        if (!owns(iri)) {
            return null;
        }
        String rest = iri.substring(ids.length());
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        try {
            // the multi-argument constructor quotes what a path or fragment cannot hold, '%' included
            return new URI(null, null, prefix + rest, null, fragment).toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
