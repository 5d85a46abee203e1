package newsgraph.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

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
    private final Map<List<Node>, Map<Node, List<Node>>> shared = new HashMap<>();

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

    /** What an article's keys say of it ({@link ArticleKeys#of(DatasetGraph, Node)}). */
    ArticleKeys.Article keyed(Node graph) {
        return remembered(keyed, graph, g -> ArticleKeys.of(dsg, g, this));
    }

    /** What a speaker's timeline reads of an article. */
    SpeakerTimeline.Article dated(Node graph) {
        return remembered(dated, graph, g -> SpeakerTimeline.article(dsg, g, this));
    }

    /**
     * The distinct values of a subject's property in one graph, for a subject that thousands of graphs state — an
     * article's outlet (its names, its address), a post (the organisation it is in) — in order. Read once for every
     * graph, in one range of the subject's index, and kept: looking the subject up in each article's graph would read
     * the index that starts with the graph ({@link Statistics#inGraph} says why the statistics keep to the other),
     * and looking up all its graphs again for each one would read the outlet's thousands of quads once per article.
     */
    List<Node> sharedValues(Node graph, Node subject, Node property) {
        List<Node> key = List.of(subject, property);
        Map<Node, List<Node>> byGraph = shared.get(key);
        if (byGraph == null) {
            if (shared.size() >= remembered) {
                shared.clear();
            }
            Map<Node, List<Node>> read = new HashMap<>();
            dsg.findNG(Node.ANY, subject, property, Node.ANY).forEachRemaining(q -> {
                List<Node> values = read.computeIfAbsent(q.getGraph(), g -> new ArrayList<>(1));
                if (!values.contains(q.getObject())) {
                    values.add(q.getObject());
                }
            });
            byGraph = read;
            shared.put(key, byGraph);
        }
        return byGraph.getOrDefault(graph, List.of());
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
