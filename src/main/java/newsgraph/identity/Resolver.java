package newsgraph.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsgraph.names.EntityType;
import newsgraph.rdf.NG;
import newsgraph.rdf.Schema;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code newsgraph resolve}: recomputes the identity of every named entity of a store and replaces its identity
 * graph ({@link IdentityGraph}), keeping the hubs it had where their members stay together. Reads the article
 * graphs and the store's {@link Corrections}, decides ({@link Resolution}), names the hubs ({@link Hubs}), writes — all in the caller's write
 * transaction, so a reader sees the old identity or the new, never half.
 */
public final class Resolver {

    private final NameForms forms;

    public Resolver(NameForms forms) {
        this.forms = forms;
    }

    public static Resolver standard() {
        return new Resolver(NameForms.standard());
    }

    /** Resolves the whole store (in a write transaction); the result says which hubs changed. */
    public Resolved resolve(DatasetGraph dsg, String base) {
        long start = System.nanoTime();
        List<EntityRecord> records = EntityRecords.of(dsg);
        Map<String, String> previous = IdentityGraph.hubs(dsg);
        Set<String> known = IdentityGraph.knownHubs(dsg);
        long waited = IdentityGraph.awaiting(dsg);
        Resolution.Outcome outcome = Resolution.clusters(records, forms, Corrections.of(dsg), previous);
        List<Hubs.Hub> hubs = Hubs.assign(outcome.clusters(), previous, known, base);
        Graph graph = graph(hubs, previous, known);
        IdentityGraph.replace(dsg, graph);
        return new Resolved(records.size(), hubs.size(), changed(hubs, previous), retired(graph), waited, graph,
                outcome.applied(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Resolves records outside any store, e.g. for files: the identity graph they make on their own. */
    public Graph resolve(List<EntityRecord> records, String base) {
        return graph(Hubs.assign(Resolution.clusters(records, forms), Map.of(), Set.of(), base), Map.of(), Set.of());
    }

    private static Graph graph(List<Hubs.Hub> hubs, Map<String, String> previous, Set<String> known) {
        Graph g = GraphFactory.createDefaultGraph();
        Set<String> current = new HashSet<>();
        Map<String, String> now = new HashMap<>();
        for (Hubs.Hub hub : hubs) {
            Node h = NodeFactory.createURI(hub.iri());
            current.add(hub.iri());
            g.add(Triple.create(h, RDF.type.asNode(), typeTerm(hub.type())));
            g.add(Triple.create(h, Schema.name.asNode(), NodeFactory.createLiteralString(hub.name())));
            for (String alt : hub.alternateNames()) {
                g.add(Triple.create(h, Schema.alternateName.asNode(), NodeFactory.createLiteralString(alt)));
            }
            for (String link : hub.links()) {
                g.add(Triple.create(h, Schema.sameAs.asNode(), NodeFactory.createURI(link)));
            }
            for (EntityRecord r : hub.members()) {
                g.add(Triple.create(NodeFactory.createURI(r.iri()), OWL.sameAs.asNode(), h));
                now.put(r.iri(), hub.iri());
            }
        }
        // hubs no longer in use: never given out again; replaced by the hub most of their members went to
        Set<String> retired = new TreeSet<>(known);
        retired.removeAll(current);
        Map<String, Map<String, Integer>> movedTo = new HashMap<>();
        previous.forEach((member, hub) -> {
            String to = now.get(member);
            if (to != null && retired.contains(hub)) {
                movedTo.computeIfAbsent(hub, x -> new HashMap<>()).merge(to, 1, Integer::sum);
            }
        });
        Node self = IdentityGraph.NODE;
        for (String r : retired) {
            Node node = NodeFactory.createURI(r);
            g.add(Triple.create(self, NG.retiredHub.asNode(), node));
            Map<String, Integer> to = movedTo.get(r);
            if (to != null) {
                String successor = null;
                for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(to).entrySet()) {
                    if (successor == null || e.getValue() > to.get(successor)) {
                        successor = e.getKey();
                    }
                }
                g.add(Triple.create(node, DCTerms.isReplacedBy.asNode(), NodeFactory.createURI(successor)));
            }
        }
        return g;
    }

    static Node typeTerm(EntityType type) {
        return switch (type) {
            case PERSON -> Schema.Person.asNode();
            case ORGANIZATION -> Schema.Organization.asNode();
            default -> Schema.Place.asNode();
        };
    }

    /** The hubs whose members are not what they were: new hubs, hubs that gained or lost members. */
    private static Set<String> changed(List<Hubs.Hub> hubs, Map<String, String> previous) {
        Map<String, Set<String>> before = new HashMap<>();
        previous.forEach((m, h) -> before.computeIfAbsent(h, x -> new HashSet<>()).add(m));
        Set<String> changed = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (Hubs.Hub hub : hubs) {
            Set<String> members = new HashSet<>();
            hub.members().forEach(r -> members.add(r.iri()));
            if (!members.equals(before.getOrDefault(hub.iri(), Set.of()))) {
                changed.add(hub.iri());
            }
            seen.add(hub.iri());
        }
        before.keySet().stream().filter(h -> !seen.contains(h)).forEach(changed::add);
        return changed;
    }

    private static int retired(Graph g) {
        return g.find(IdentityGraph.NODE, NG.retiredHub.asNode(), Node.ANY).toList().size();
    }

    /**
     * What a resolve did: how many entities and hubs, which hubs changed (new, grown, shrunk or retired — what a
     * statistics graph keyed by real entity must refresh), how many retired hubs the store keeps, how many entities
     * had been waiting, the identity graph written, what became of the stored {@link Corrections}, and how long it
     * took.
     */
    public record Resolved(int entities, int hubs, Set<String> changedHubs, int retiredHubs, long waited,
            Graph identity, Corrections.Applied corrections, long millis) {

        public List<String> changedHubList() {
            return new ArrayList<>(changedHubs);
        }
    }
}
