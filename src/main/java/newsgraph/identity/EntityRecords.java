package newsgraph.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import newsgraph.names.EntityType;
import newsgraph.rdf.NG;
import newsgraph.rdf.Schema;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads {@link EntityRecord}s from article graphs: from a whole store (one scan per property, so the cost grows
 * with the archive, not with lookups per entity) or from one article's graph. Only named entities take part
 * (typed schema:Person, schema:Organization or schema:Place); unnamed speakers (ng:Spokesperson, ng:Agent) exist
 * only in their article.
 */
public final class EntityRecords {

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final Node PUBLISHED = org.apache.jena.graph.NodeFactory.createURI(Schema.NAMESPACE + "datePublished");
    private static final Node PUBLISHER = org.apache.jena.graph.NodeFactory.createURI(Schema.NAMESPACE + "publisher");

    private EntityRecords() {
    }

    /** Every named entity of every article graph of the store (in a read transaction). */
    public static List<EntityRecord> of(DatasetGraph dsg) {
        Builder b = new Builder();
        scan(dsg, RDF.type.asNode(), q -> b.type(q.getGraph(), q.getSubject(), q.getObject()));
        scan(dsg, Schema.name.asNode(), q -> b.name(q.getGraph(), q.getSubject(), q.getObject(), true));
        scan(dsg, Schema.alternateName.asNode(), q -> b.name(q.getGraph(), q.getSubject(), q.getObject(), false));
        scan(dsg, Schema.sameAs.asNode(), q -> b.sameAs(q.getGraph(), q.getSubject(), q.getObject()));
        scan(dsg, Schema.jobTitle.asNode(), q -> b.role(q.getGraph(), q.getSubject(), q.getObject()));
        scan(dsg, Schema.memberOf.asNode(), q -> b.memberOf(q.getGraph(), q.getSubject(), q.getObject()));
        scan(dsg, PUBLISHED, q -> b.article(q.getGraph(), q.getSubject(), q.getObject(), true));
        scan(dsg, PUBLISHER, q -> b.article(q.getGraph(), q.getSubject(), q.getObject(), false));
        return b.records();
    }

    /** The named entities of one article's graph, named {@code article}. */
    public static List<EntityRecord> of(Node article, Graph graph) {
        Builder b = new Builder();
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> b.type(article, t.getSubject(), t.getObject()));
        graph.find(Node.ANY, Schema.name.asNode(), Node.ANY).forEachRemaining(t -> b.name(article, t.getSubject(), t.getObject(), true));
        graph.find(Node.ANY, Schema.alternateName.asNode(), Node.ANY).forEachRemaining(t -> b.name(article, t.getSubject(), t.getObject(), false));
        graph.find(Node.ANY, Schema.sameAs.asNode(), Node.ANY).forEachRemaining(t -> b.sameAs(article, t.getSubject(), t.getObject()));
        graph.find(Node.ANY, Schema.jobTitle.asNode(), Node.ANY).forEachRemaining(t -> b.role(article, t.getSubject(), t.getObject()));
        graph.find(Node.ANY, Schema.memberOf.asNode(), Node.ANY).forEachRemaining(t -> b.memberOf(article, t.getSubject(), t.getObject()));
        graph.find(Node.ANY, PUBLISHED, Node.ANY).forEachRemaining(t -> b.article(article, t.getSubject(), t.getObject(), true));
        graph.find(Node.ANY, PUBLISHER, Node.ANY).forEachRemaining(t -> b.article(article, t.getSubject(), t.getObject(), false));
        return b.records();
    }

    private static void scan(DatasetGraph dsg, Node property, Consumer<Quad> each) {
        dsg.findNG(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
            if (IdentityGraph.isArticleGraph(q.getGraph())) {
                each.accept(q);
            }
        });
    }

    /** Collects the facts by (article, entity), then makes the records. */
    private static final class Builder {

        private final Map<Node, Map<Node, Draft>> byArticle = new HashMap<>();
        private final Map<Node, String[]> articles = new HashMap<>();

        private Draft draft(Node article, Node entity) {
            return byArticle.computeIfAbsent(article, a -> new HashMap<>()).computeIfAbsent(entity, e -> new Draft());
        }

        private Draft existing(Node article, Node entity) {
            Map<Node, Draft> drafts = byArticle.get(article);
            return drafts == null ? null : drafts.get(entity);
        }

        void type(Node article, Node entity, Node type) {
            EntityType t = type.equals(Schema.Person.asNode()) ? EntityType.PERSON
                    : type.equals(Schema.Organization.asNode()) ? EntityType.ORGANIZATION
                    : type.equals(Schema.Place.asNode()) ? EntityType.PLACE : null;
            if (t != null && entity.isURI()) {
                draft(article, entity).type = t;
            }
        }

        void name(Node article, Node entity, Node name, boolean canonical) {
            if (name.isLiteral()) {
                Draft d = draft(article, entity);
                if (canonical) {
                    d.name = name.getLiteralLexicalForm();
                } else {
                    d.alternates.add(name.getLiteralLexicalForm());
                }
            }
        }

        void sameAs(Node article, Node entity, Node link) {
            if (link.isURI()) {
                draft(article, entity).links.add(link.getURI());
            }
        }

        void role(Node article, Node entity, Node title) {
            if (title.isLiteral()) {
                draft(article, entity).roles.add(NameForms.key(title.getLiteralLexicalForm()));
            }
        }

        void memberOf(Node article, Node entity, Node org) {
            draft(article, entity).memberOf.add(org);
        }

        void article(Node article, Node subject, Node value, boolean date) {
            if (!subject.equals(article)) {
                return;
            }
            String[] meta = articles.computeIfAbsent(article, a -> new String[2]);
            String v = value.isLiteral() ? value.getLiteralLexicalForm() : value.isURI() ? value.getURI() : null;
            if (v != null) {
                if (date) {
                    meta[0] = v.length() > 10 ? v.substring(0, 10) : v;
                } else {
                    meta[1] = v;
                }
            }
        }

        List<EntityRecord> records() {
            List<EntityRecord> out = new ArrayList<>();
            for (Map.Entry<Node, Map<Node, Draft>> a : byArticle.entrySet()) {
                Node article = a.getKey();
                Map<Node, Draft> drafts = a.getValue();
                Set<String> all = new LinkedHashSet<>();
                drafts.values().forEach(d -> {
                    if (d.type != null && d.name != null) {
                        all.add(NameForms.key(d.name));
                    }
                });
                String[] meta = articles.getOrDefault(article, new String[2]);
                for (Map.Entry<Node, Draft> e : drafts.entrySet()) {
                    Draft d = e.getValue();
                    if (d.type == null || d.name == null) {
                        continue;
                    }
                    Set<String> names = new LinkedHashSet<>();
                    names.add(d.name);
                    names.addAll(d.alternates);
                    Set<String> members = new LinkedHashSet<>();
                    for (Node org : d.memberOf) {
                        Draft o = existing(article, org);
                        if (o != null && o.name != null) {
                            members.add(NameForms.key(o.name));
                        }
                    }
                    Set<String> context = new LinkedHashSet<>(all);
                    context.remove(NameForms.key(d.name));
                    Set<String> wikidata = new LinkedHashSet<>();
                    d.links.stream().filter(l -> l.startsWith(WIKIDATA)).forEach(wikidata::add);
                    out.add(new EntityRecord(e.getKey().getURI(), article.getURI(), d.type, d.name, names, wikidata,
                            d.links, d.roles, members, context, meta[0], meta[1]));
                }
            }
            out.sort(Comparator.comparing(EntityRecord::iri));
            return out;
        }
    }

    private static final class Draft {
        EntityType type;
        String name;
        final Set<String> alternates = new LinkedHashSet<>();
        final Set<String> links = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final List<Node> memberOf = new ArrayList<>();
    }
}
