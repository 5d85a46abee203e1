package newsgraph.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import newsgraph.names.EntityType;
import newsgraph.rdf.NG;
import newsgraph.rdf.Schema;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * Keeps identity current as {@code load} stores an article, in the same write transaction, where that is exact:
 * a new entity joins a hub only when its Wikidata link and its full names point to one hub, of its type, with
 * no other Wikidata item and no entity of the same article — the first two rules of {@link Resolution}, which a
 * full resolve would apply the same way; an entity whose full name is new gets a new hub, as a full resolve
 * would give it. Anything else (a surname alone, an acronym, a one-word organisation or place, two candidate hubs)
 * waits for {@code newsgraph resolve} ({@code ng:awaitsResolve}), which the load reports; so does an entity that a
 * person's {@link Corrections} name.
 */
public final class IdentityOnLoad {

    private final NameForms forms;

    public IdentityOnLoad(NameForms forms) {
        this.forms = forms;
    }

    public static IdentityOnLoad standard() {
        return new IdentityOnLoad(NameForms.standard());
    }

    /**
     * Places the entities of an article graph about to replace graph {@code article} (in the write transaction
     * that stores it, before the name index has its names); returns how many now wait for a resolve.
     */
    public int place(DatasetGraph dsg, Node article, Graph graph, String base) {
        Node self = IdentityGraph.NODE;
        List<EntityRecord> records = EntityRecords.of(article, graph);
        Set<String> kept = new LinkedHashSet<>();
        records.forEach(r -> kept.add(r.iri()));
        // entities of the graph being replaced that the new one no longer has lose their identity
        List<Node> gone = new ArrayList<>();
        dsg.find(article, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && !kept.contains(q.getSubject().getURI())) {
                gone.add(q.getSubject());
            }
        });
        for (Node g : gone) {
            dsg.deleteAny(self, g, OWL.sameAs.asNode(), Node.ANY);
            dsg.delete(self, self, NG.awaitsResolve.asNode(), g);
        }
        int waiting = 0;
        // the hubs of this article's entities: an article never has two entities of one hub
        Set<Node> usedHubs = new java.util.HashSet<>();
        List<EntityRecord> unplaced = new ArrayList<>();
        for (EntityRecord r : records) {
            var had = dsg.find(self, NodeFactory.createURI(r.iri()), OWL.sameAs.asNode(), Node.ANY);
            if (had.hasNext()) {
                usedHubs.add(had.next().getObject()); // the same article again: its entities keep their hubs
            } else {
                unplaced.add(r);
            }
        }
        for (EntityRecord r : unplaced) {
            Node e = NodeFactory.createURI(r.iri());
            if (dsg.contains(self, self, NG.awaitsResolve.asNode(), e)) {
                waiting++;
                continue;
            }
            if (Corrections.mentions(dsg, e)) { // a person's word about it: resolve applies it, with the rules
                dsg.add(self, self, NG.awaitsResolve.asNode(), e);
                waiting++;
                continue;
            }
            // the hubs holding each of its names, looked up once for both questions (nothing is written in between)
            Map<String, Set<Node>> named = new HashMap<>();
            Function<String, Set<Node>> holders = name -> named.computeIfAbsent(name, n -> hubsNamed(dsg, n));
            Node hub = onlyHub(dsg, r, usedHubs, holders);
            if (hub == null && isNew(r, holders)) {
                hub = mint(dsg, r, base);
            }
            if (hub == null) {
                dsg.add(self, self, NG.awaitsResolve.asNode(), e);
                waiting++;
                continue;
            }
            dsg.add(self, e, OWL.sameAs.asNode(), hub);
            usedHubs.add(hub);
            Set<String> names = new LinkedHashSet<>(r.names());
            for (String name : names) {
                Node literal = NodeFactory.createLiteralString(name);
                if (!dsg.contains(self, hub, Schema.name.asNode(), literal)) {
                    dsg.add(self, hub, Schema.alternateName.asNode(), literal);
                }
            }
            for (String link : r.links()) {
                dsg.add(self, hub, Schema.sameAs.asNode(), NodeFactory.createURI(link));
            }
        }
        return waiting;
    }

    /** The one hub the record's Wikidata link and full names point to, if it may join it; else null. */
    private Node onlyHub(DatasetGraph dsg, EntityRecord r, Set<Node> usedHubs, Function<String, Set<Node>> holders) {
        Node self = IdentityGraph.NODE;
        Set<Node> candidates = new LinkedHashSet<>();
        if (r.qid() != null) {
            dsg.find(self, Node.ANY, Schema.sameAs.asNode(), NodeFactory.createURI(r.qid()))
                    .forEachRemaining(q -> candidates.add(q.getSubject()));
        }
        for (String name : r.names()) {
            if (!isFullName(r.type(), name)) {
                continue;
            }
            candidates.addAll(holders.apply(name));
        }
        if (candidates.size() != 1) {
            return null;
        }
        Node hub = candidates.iterator().next();
        if (!dsg.contains(self, hub, RDF.type.asNode(), Resolver.typeTerm(r.type()))) {
            return null;
        }
        if (r.qid() != null) {
            boolean[] other = {false};
            dsg.find(self, hub, Schema.sameAs.asNode(), Node.ANY).forEachRemaining(q -> {
                String link = q.getObject().getURI();
                if (link.startsWith("http://www.wikidata.org/entity/") && !link.equals(r.qid())) {
                    other[0] = true;
                }
            });
            if (other[0]) {
                return null;
            }
        }
        return usedHubs.contains(hub) ? null : hub;
    }

    /**
     * Whether a full resolve would make the entity a hub of its own too: its names are all new to the identity
     * graph, its Wikidata item is on no hub, and its name is no short form or acronym that the rules join to a longer
     * name (a person's name of two or more words; an organisation's or place's of two or more words, no acronym).
     * Entities with a surname alone that a full resolve would join to it still wait; they are counted.
     */
    private boolean isNew(EntityRecord r, Function<String, Set<Node>> holders) {
        if (!isFullName(r.type(), r.name()) || NameForms.isAcronym(r.name())
                || r.type() != EntityType.PERSON && NameForms.words(forms.organisationKey(r.name())).size() < 2) {
            return false;
        }
        if (r.wikidata().size() > 1) {
            return false;
        }
        for (String name : r.names()) {
            if (!holders.apply(name).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The hubs of the identity graph with this name, as their name or another name. */
    private static Set<Node> hubsNamed(DatasetGraph dsg, String name) {
        Node literal = NodeFactory.createLiteralString(name);
        Set<Node> hubs = new LinkedHashSet<>();
        for (Node property : List.of(Schema.name.asNode(), Schema.alternateName.asNode())) {
            dsg.find(IdentityGraph.NODE, Node.ANY, property, literal).forEachRemaining(q -> hubs.add(q.getSubject()));
        }
        return hubs;
    }

    /** A new hub for the entity, named from its name, numbered past every hub IRI the store has given out. */
    private static Node mint(DatasetGraph dsg, EntityRecord r, String base) {
        Node self = IdentityGraph.NODE;
        for (int n = 1;; n++) {
            Node hub = NodeFactory.createURI(newsgraph.rdf.Iris.rebased(newsgraph.rdf.Iris.hub(r.type(), r.name(), n),
                    base));
            if (!dsg.find(self, hub, Node.ANY, Node.ANY).hasNext()
                    && !dsg.contains(self, self, NG.retiredHub.asNode(), hub)) {
                dsg.add(self, hub, RDF.type.asNode(), Resolver.typeTerm(r.type()));
                dsg.add(self, hub, Schema.name.asNode(), NodeFactory.createLiteralString(r.name()));
                return hub;
            }
        }
    }

    /** A name that names the entity fully: a person's of two or more words without titles, any other. */
    private boolean isFullName(EntityType type, String name) {
        return type != EntityType.PERSON || NameForms.words(forms.personKey(name)).size() >= 2;
    }
}
