package newsgraph.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsgraph.extract.Extractor;
import newsgraph.load.ArticleLoader;
import newsgraph.store.NewsStore;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;

/** Articles written for the identity tests: two people named Halvorsen, one of them named three ways. */
final class IdentityArticles {

    /** The minister, by his full name, with his role. */
    static final String MINISTER = """
            Minister backs new housing plan

            The Housing Minister Tom Halvorsen said on Monday that the plan would build 10,000 homes in Leeds. \
            "This is a good day for families," Mr Halvorsen told reporters. Labour welcomed the plan.
            """;
    /** Another Halvorsen, a chef. */
    static final String CHEF = """
            Chef opens restaurant in Copenhagen

            Ingrid Halvorsen, a chef from Copenhagen, said her new restaurant would open in May. \
            "We cook what the season gives us," Ms Halvorsen said.
            """;
    /**
     * The minister by his surname and title only; the extractor gives him no role here, but he is named with Leeds and
     * the BBC, as the minister is elsewhere (and the chef is not).
     */
    static final String SURNAME_ONLY = """
            Housing plan criticised in Leeds

            The Housing Minister, Mr Halvorsen, told the BBC in Leeds that the critics were wrong. "The homes will be \
            built," he said. Labour backed the minister.
            """;
    /** The minister by his full name again. */
    static final String FULL_NAME_AGAIN = """
            Halvorsen defends plan

            Tom Halvorsen said the housing plan for Leeds was on track. "We are ahead of schedule," he told the BBC.
            """;

    private IdentityArticles() {
    }

    /** Writes the articles as name.txt files under {@code dir}, in the order given. */
    static List<Path> write(Path dir, Map<String, String> articles) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> a : articles.entrySet()) {
            files.add(Files.writeString(dir.resolve(a.getKey() + ".txt"), a.getValue()));
        }
        return files;
    }

    static void load(NewsStore store, List<Path> files) {
        ArticleLoader.into(store).extractor(Extractor.create()).threads(1).load(files);
    }

    /** Each article-scoped entity with a hub, and its hub. */
    static Map<String, String> hubs(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> new TreeMap<>(IdentityGraph.hubs(store.dataset().asDatasetGraph())));
    }

    /** The article-scoped entities of an article whose IRI ends with {@code suffix} (e.g. "/person/tom-halvorsen"). */
    static String entity(NewsStore store, String fileStem, String suffix) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> found = new ArrayList<>();
            store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                // in the articles' graphs (the statistics' rows in the stored default graph carry entities' IRIs too)
                if (!Quad.isDefaultGraph(q.getGraph()) && q.getSubject().isURI() && q.getSubject().getURI().contains("/article/" + fileStem + "-")
                        && q.getSubject().getURI().endsWith(suffix) && !found.contains(q.getSubject().getURI())) {
                    found.add(q.getSubject().getURI());
                }
            });
            if (found.size() != 1) {
                throw new AssertionError("one entity *" + suffix + " in " + fileStem + " expected: " + found);
            }
            return found.get(0);
        });
    }

    static final Node SAME_AS = OWL.sameAs.asNode();
}
