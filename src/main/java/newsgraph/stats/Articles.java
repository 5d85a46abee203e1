package newsgraph.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The facts of article graphs that the statistics key and count by (dates, outlets, works), each article's read once
 * for one pass over many speakers and entities — the end of a load, a batch, a rebuild — in which the article graphs do
 * not change. The end of a load counts again each speaker's timeline and pairs, each entity spoken of and each
 * organisation heard, and each of them read the same articles' facts again: a quarter of the end of adding 100 articles
 * to a 10,000-article store.
 */
final class Articles {

    /** Past this many articles the facts read are let go of (and read again when needed): a bound on the memory. */
    static final int REMEMBERED = 20_000;

    private final DatasetGraph dsg;
    private final int remembered;
    private final Map<Node, ArticleKeys.Article> keyed = new HashMap<>();
    private final Map<Node, SpeakerTimeline.Article> dated = new HashMap<>();
    /** Per subject and property that many graphs state, its values in each graph ({@link #sharedValues}). */
    private final Map<List<Node>, Shared> shared = new HashMap<>();

    Articles(DatasetGraph dsg) {
        this(dsg, REMEMBERED);
    }

    /** Remembering at most {@code remembered} articles' facts of each kind. */
    Articles(DatasetGraph dsg, int remembered) {
        if (remembered < 1) {
            throw new IllegalArgumentException("remembers at least 1 article, not " + remembered);
        }
        this.dsg = dsg;
        this.remembered = remembered;
    }

    /** What an article's keys say of it ({@link ArticleKeys#of(DatasetGraph, Node, Articles)}). */
    ArticleKeys.Article keyed(Node graph) {
        return remembered(keyed, graph, g -> ArticleKeys.of(dsg, g, this));
    }

    /** What a speaker's timeline reads of an article. */
    SpeakerTimeline.Article dated(Node graph) {
        return remembered(dated, graph, g -> SpeakerTimeline.article(dsg, g, this));
    }

    /**
     * The distinct values of a subject's property in one graph, for a subject that thousands of graphs may state — an
     * article's outlet (its names, its address), a post (the organisation it is in) — in order. A subject that few
     * graphs state is read whole at once, in one short range of the subject's index. One that many do is looked up in
     * the first graphs asked for, and past {@link #LOOKUPS_BEFORE_A_RANGE} of them read in every graph at once and
     * kept: a pass over thousands of articles (the end of a load) would otherwise look the outlet up in the index that
     * starts with the graph, in every article, and map that index whole ({@link Statistics#inGraph} says why the
     * statistics keep to the other), while a write of one article over HTTP would read the outlet's thousands of quads
     * for one.
     */
    List<Node> sharedValues(Node graph, Node subject, Node property) {
        List<Node> key = List.of(subject, property);
        Shared known = shared.get(key);
        if (known == null) {
            if (shared.size() >= remembered) {
                shared.clear();
            }
            known = new Shared();
            known.byGraph = byGraph(dsg.findNG(Node.ANY, subject, property, Node.ANY), FEW); // null: more than a few
            shared.put(key, known);
        }
        if (known.byGraph == null && ++known.asked <= LOOKUPS_BEFORE_A_RANGE) {
            return byGraph(dsg.find(graph, subject, property, Node.ANY), Long.MAX_VALUE).getOrDefault(graph, List.of());
        }
        if (known.byGraph == null) {
            known.byGraph = byGraph(dsg.findNG(Node.ANY, subject, property, Node.ANY), Long.MAX_VALUE);
        }
        return known.byGraph.getOrDefault(graph, List.of());
    }

    /** The distinct objects of these quads by graph, in order; null when there are more than {@code most} quads. */
    private static Map<Node, List<Node>> byGraph(Iterator<Quad> quads, long most) {
        Map<Node, List<Node>> byGraph = new HashMap<>();
        for (long n = 0; quads.hasNext(); n++) {
            if (n == most) {
                return null;
            }
            Quad q = quads.next();
            List<Node> values = byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>(1));
            if (!values.contains(q.getObject())) {
                values.add(q.getObject());
            }
        }
        return byGraph;
    }

    /** A subject's values in at most this many quads are read whole at once ({@link #sharedValues}). */
    static final int FEW = 64;

    /** Graphs looked up one by one for a subject of many before all are read at once ({@link #sharedValues}). */
    static final int LOOKUPS_BEFORE_A_RANGE = 16;

    /** What {@link #sharedValues} knows of a subject's property: its values in every graph, or how often it was asked. */
    private static final class Shared {
        int asked;
        Map<Node, List<Node>> byGraph;
    }

    private <T> T remembered(Map<Node, T> facts, Node graph, Function<Node, T> read) {
        T known = facts.get(graph);
        if (known == null) {
            if (facts.size() >= remembered) {
                facts.clear();
            }
            known = read.apply(graph);
            facts.put(graph, known);
        }
        return known;
    }
}
