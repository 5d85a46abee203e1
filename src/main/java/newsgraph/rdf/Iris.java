package newsgraph.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import newsgraph.extract.Entity;
import newsgraph.names.EntityType;
import newsgraph.text.Span;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Deterministic IRIs. An article's IRI comes from its id and is also the name of its graph; an entity's is
 * scoped to its article and comes from its type and canonical name there; a hub (one real entity across
 * articles, in the identity graph) from its type and name; spans use RFC 5147 fragments
 * ({@code #char=begin,end}) on the article's IRI.
 */
public final class Iris {

    /** The default base; a store's own is recorded in it at its first load ({@code --base}). */
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/";
    /** The data namespace under the default base: articles, entities, roles. */
    public static final String BASE = DEFAULT_BASE + "id/";
    /** The prov:SoftwareAgent of this release: one node per version, so versions stay apart in a store. */
    public static final String SOFTWARE = "https://w3id.org/newsgraph/software/newsgraph/" + ArticleGraph.VERSION;

    /** Longest slug kept whole; a longer one is cut and ends with a hash of the whole, so it stays distinct. */
    public static final int MAX_SLUG = 120;

    /** Latin letters that NFKD does not split into a base letter and a mark. */
    private static final Map<Integer, String> LATIN_WITHOUT_DECOMPOSITION = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'ø', "o"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"));

    private Iris() {
    }

    /**
     * A base for the graph's IRIs: an absolute http or https IRI ending in '/', without query or fragment, e.g.
     * {@code https://news.example.org/}; the data goes under its {@code id/}.
     *
     * @throws IllegalArgumentException with a one-line message for anything else
     */
    public static String checkedBase(String base) {
        String problem = null;
        try {
            URI uri = new URI(base);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                problem = "an http:// or https:// address with a host";
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problem = "an address without '?' or '#'";
            } else if (!base.endsWith("/")) {
                problem = "an address that ends with '/'";
            }
        } catch (URISyntaxException e) {
            problem = "a well-formed address";
        }
        if (problem != null) {
            throw new IllegalArgumentException("the base '" + base + "' must be " + problem + ", e.g. " + DEFAULT_BASE);
        }
        return base;
    }

    /** The data namespace under a base: {@code BASE id/}. */
    public static String ids(String base) {
        return base + "id/";
    }

    /** An IRI of the default data namespace moved under {@code base}; any other IRI as it is. */
    public static String rebased(String iri, String base) {
        return base.equals(DEFAULT_BASE) || !iri.startsWith(BASE) ? iri : ids(base) + iri.substring(BASE.length());
    }

    /**
     * A graph made under the default base, with its data namespace moved under {@code base} (the same graph when
     * {@code base} is the default): the one place a base other than the default enters the IRIs.
     */
    public static Model rebased(Model graph, String base) {
        if (base.equals(DEFAULT_BASE)) {
            return graph;
        }
        Model moved = ModelFactory.createDefaultModel();
        moved.setNsPrefixes(graph.getNsPrefixMap());
        moved.getNsPrefixMap().forEach((prefix, namespace) -> moved.setNsPrefix(prefix, rebased(namespace, base)));
        graph.getGraph().find().forEachRemaining(t -> moved.getGraph().add(Triple.create(
                rebased(t.getSubject(), base), t.getPredicate(), rebased(t.getObject(), base))));
        return moved;
    }

    private static Node rebased(Node node, String base) {
        return node.isURI() && node.getURI().startsWith(BASE)
                ? NodeFactory.createURI(rebased(node.getURI(), base)) : node;
    }

    public static String article(String articleId) {
        return BASE + "article/" + articleId;
    }

    public static String span(String articleId, Span span) {
        return span(articleId, span.begin(), span.end());
    }

    public static String span(String articleId, int begin, int end) {
        return article(articleId) + "#char=" + begin + "," + end;
    }

    public static String statement(String articleId, Span content) {
        return article(articleId) + "/statement/" + content.begin() + "-" + content.end();
    }

    public static String extraction(String articleId) {
        return article(articleId) + "/extraction";
    }

    /**
     * The IRI of an entity of an article's analysis: "the entity this article calls X", scoped to the article
     * ({@code …/id/article/ID/person/SLUG}), so that it keeps its meaning whatever other articles say. Which real
     * entity it is across articles is stated in the identity graph ({@code owl:sameAs} to a hub, see
     * {@code newsgraph.identity}); a file without a store still carries the linker's {@code schema:sameAs}.
     */
    public static String entity(String articleId, Entity entity) {
        return localEntity(articleId, entity.type(), entity.name());
    }

    /**
     * A hub: the IRI of one real entity across the archive ({@code …/id/person/tom-halvorsen}); a namesake gets a
     * numbered one ({@code …/id/person/tom-halvorsen-2}, {@code ordinal} 2). Only the identity graph uses them.
     */
    public static String hub(EntityType type, String canonicalName, int ordinal) {
        return BASE + segment(type) + "/" + slug(canonicalName) + (ordinal > 1 ? "-" + ordinal : "");
    }

    /** The first hub IRI of a name: {@link #hub(EntityType, String, int)} with ordinal 1. */
    public static String entity(EntityType type, String canonicalName) {
        return hub(type, canonicalName, 1);
    }

    /** An entity of one article, named or not (an unnamed spokesperson, "researchers"). */
    public static String localEntity(String articleId, EntityType type, String name) {
        return article(articleId) + "/" + segment(type) + "/" + slug(name);
    }

    /**
     * The work an article is a copy of, named by the fingerprint of its body ({@code ArticleId.bodyFingerprint}):
     * syndicated copies of one agency text under many URLs share it.
     */
    public static String work(String bodyFingerprint) {
        return BASE + "work/" + bodyFingerprint;
    }

    /**
     * An outlet, one node for all its articles: named by its site's host without {@code www.}
     * ({@code id:outlet/bbc.co.uk}), or by the slug of its name when no address is known
     * ({@code id:outlet/the-daily-planet}; a host has dots, a slug none).
     */
    public static String outlet(newsgraph.text.ArticleMetadata.Publisher publisher) {
        String key = publisher.host() != null ? publisher.host().replaceAll("[^a-z0-9.-]", "-") : slug(publisher.name());
        return BASE + "outlet/" + key;
    }

    /** A file that articles were read from, by its name only (never its directory). */
    public static String source(String fileName) {
        return BASE + "source/" + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Line {@code line} (1 for the first) of a file, as an RFC 5147 fragment selecting that whole line. */
    public static String sourceLine(String fileName, long line) {
        return source(fileName) + "#line=" + (line - 1) + "," + line;
    }

    /** The path segment of a type: person, organization, place, agent. */
    public static String segment(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "organization";
            case PLACE -> "place";
            case AGENT -> "agent";
        };
    }

    public static String role(String title, String inEntityIri) {
        String suffix = inEntityIri == null ? "" : "--" + inEntityIri.substring(inEntityIri.lastIndexOf('/') + 1);
        return BASE + "role/" + slug(title) + suffix;
    }

    /**
     * Lower case ASCII words joined by '-': "Renée Dubois" → "renee-dubois", "O’Brien" → "obrien". Letters that
     * have no ASCII form (other scripts) become "u" + their hex code point, so that names in other scripts
     * stay distinct: "Путин" → "u43f-u443-u442-u438-u43d". Never empty; at most {@link #MAX_SLUG} characters.
     */
    public static String slug(String name) {
        // ASCII is its own NFKD form and has no combining marks: most names skip the normaliser
        String decomposed = isAscii(name) ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String folded = withoutApostrophes(decomposed.toLowerCase(Locale.ROOT));
        StringBuilder sb = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                sb.appendCodePoint(cp);
            } else if (LATIN_WITHOUT_DECOMPOSITION.containsKey(cp)) {
                sb.append(LATIN_WITHOUT_DECOMPOSITION.get(cp));
            } else if (Character.isLetterOrDigit(cp)) {
                sb.append("-u").append(Integer.toHexString(cp)).append('-');
            } else {
                sb.append('-');
            }
        });
        String slug = singleDashesInside(sb);
        if (slug.isEmpty()) {
            // no letters or digits at all: keep the characters themselves apart
            slug = "x" + hash(name.strip());
        }
        if (slug.length() > MAX_SLUG) {
            String hash = hash(slug);
            slug = slug.substring(0, MAX_SLUG - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
        }
        return slug;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Without ' ’ ʼ: "O’Brien" is "obrien". */
    private static String withoutApostrophes(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean apostrophe = c == '\'' || c == '’' || c == 'ʼ';
            if (apostrophe && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!apostrophe && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Runs of '-' as one, none at either end (what {@code replaceAll("-{2,}", "-").replaceAll("^-|-$", "")} gives). */
    private static String singleDashesInside(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '-' || out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append(c);
            }
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** Eight hex digits of the SHA-256 of the text: stable across runs and machines. */
    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
