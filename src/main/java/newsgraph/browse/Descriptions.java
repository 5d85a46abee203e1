package newsgraph.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.rdf.ArticleGraph;
import newsgraph.rdf.NG;
import newsgraph.rdf.Nif;
import newsgraph.rdf.Prov;
import newsgraph.rdf.Schema;
import newsgraph.store.NamedQuery;
import newsgraph.store.Page;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * The RDF description of one IRI, bounded whatever the archive's size:
 * <ul>
 * <li>an article: its graph (the article, its text, its statements, the entities it names);</li>
 * <li>a statement: its triples and those of its spans (words, sentence, cue, speaker mention), and the names of
 *     its speaker and of what it is about;</li>
 * <li>anything else (a person, an organisation, a role): its own triples across all articles, up to
 *     {@value #STATEMENTS} statements by it and {@value #STATEMENTS} about it (the newest; the HTML page and
 *     {@code /news/query/who-said-what?speaker_iri=…} page through all), and up to {@value #POINTING} other triples
 *     that point at it (e.g. who holds a role).</li>
 * </ul>
 */
final class Descriptions {

    static final int STATEMENTS = 100;
    static final int POINTING = 200;

    /** Links that the statements by and about it already carry, or that every article repeats. */
    private static final Set<Node> COVERED = Set.of(Schema.about.asNode(), Schema.creator.asNode(),
            Schema.mentions.asNode(), Nif.taIdentRef.asNode(), NG.about.asNode(), NG.speaker.asNode(),
            NG.mentions.asNode(), NG.refersTo.asNode(), Prov.wasAttributedTo.asNode());
    private static final List<Node> SPANS = List.of(NG.content.asNode(), NG.sentence.asNode(), NG.cue.asNode(),
            NG.speakerMention.asNode());

    private Descriptions() {
    }

    static Model of(Reads reads, Site site, Node node) {
        Model model = ModelFactory.createDefaultModel();
        ArticleGraph.setPrefixes(model);
        model.setNsPrefix("id", site.ids());
        Graph out = model.getGraph();
        if (reads.dataset().containsGraph(node)) {
            reads.dataset().getGraph(node).find().forEachRemaining(out::add);
            return model;
        }
        Facts facts = Facts.of(reads, node);
        add(out, facts);
        if (facts.is(Schema.Quotation.asNode())) {
            for (Node property : SPANS) {
                facts.get(property).forEach(span -> add(out, Facts.of(reads, span)));
            }
            for (Node property : List.of(Schema.creator.asNode(), Schema.about.asNode())) {
                facts.get(property).forEach(entity -> name(out, reads, entity));
            }
            return model;
        }
        for (Node statement : statements(reads, "who-said-what", "speaker_iri", node)) {
            add(out, Facts.of(reads, statement));
        }
        for (Node statement : statements(reads, "said-about", "about_iri", node)) {
            add(out, Facts.of(reads, statement));
        }
        Facts.pointingAt(reads, node, COVERED, POINTING).forEach(out::add);
        return model;
    }

    /** The newest statements by or about the node, from the named query that the pages use too. */
    private static List<Node> statements(Reads reads, String query, String parameter, Node node) {
        RowSetRewindable rows = reads.page(NamedQuery.find(query).bind(Map.of(parameter, node.getURI()),
                Page.of(STATEMENTS, 0)), 0).rows();
        List<Node> found = new ArrayList<>();
        rows.forEachRemaining(row -> {
            Node statement = row.get(Var.alloc("statement"));
            if (statement != null && !found.contains(statement)) {
                found.add(statement);
            }
        });
        return found;
    }

    private static void add(Graph out, Facts facts) {
        facts.all().forEach((p, objects) -> objects.forEach(o -> out.add(Triple.create(facts.subject(), p, o))));
    }

    private static void name(Graph out, Reads reads, Node entity) {
        String name = Facts.name(reads, entity);
        if (name != null) {
            out.add(Triple.create(entity, Schema.name.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString(name)));
        }
    }
}
