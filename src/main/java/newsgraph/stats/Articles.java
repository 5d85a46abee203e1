package newsgraph.stats;

import java.util.HashMap;
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
        return remembered(keyed, graph, g -> ArticleKeys.of(dsg, g));
    }

    /** What a speaker's timeline reads of an article. */
    SpeakerTimeline.Article dated(Node graph) {
        return remembered(dated, graph, g -> SpeakerTimeline.article(dsg, g, this));
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
