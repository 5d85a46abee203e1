package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import newsgraph.extract.SpeakerRule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** {@link NG} against {@code ontology/news.ttl}, both ways, and the ontology's own rules. */
class VocabularyTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/news.ttl");

    enum Kind { CLASS, OBJECT_PROPERTY, DATATYPE_PROPERTY, INDIVIDUAL, UNDECLARED }

    @Test
    void ontologyInTheJarIsTheOneInTheSourceTree() {
        assertTrue(ONTOLOGY.isIsomorphicWith(NewsOntology.model()));
        assertTrue(ONTOLOGY.contains(ONTOLOGY.createResource(NG.ONTOLOGY), RDF.type, OWL.Ontology));
    }

    @Test
    void everyConstantIsDeclaredWithItsKind() {
        Map<String, String> wrong = new TreeMap<>();
        for (Field f : constants()) {
            Resource term = value(f);
            Kind kind = kindOf(term);
            boolean ok = f.getType() == Property.class
                    ? kind == Kind.OBJECT_PROPERTY || kind == Kind.DATATYPE_PROPERTY
                    : kind == Kind.CLASS || kind == Kind.INDIVIDUAL;
            if (!ok || !f.getName().equals(term.getLocalName())) {
                wrong.put(f.getName(), term.getURI() + " is " + kind);
            }
        }
        assertEquals(Map.of(), wrong);
    }

    @Test
    void everyTermOfTheOntologyHasAConstant() {
        Set<String> constants = new TreeSet<>();
        constants().forEach(f -> constants.add(value(f).getURI()));
        Set<String> missing = new TreeSet<>(terms());
        missing.removeAll(constants);
        assertEquals(Set.of(), missing);
        assertEquals(terms().size(), constants.size());
    }

    @Test
    void everyTermHasAnEnglishLabelAndComment() {
        List<String> undocumented = new ArrayList<>();
        for (String iri : terms()) {
            Resource term = ONTOLOGY.createResource(iri);
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                Statement s = term.getProperty(p);
                if (s == null || !s.getLanguage().equals("en") || s.getString().isBlank()) {
                    undocumented.add(term.getLocalName() + " " + p.getLocalName());
                }
            }
        }
        assertEquals(List.of(), undocumented);
    }

    @Test
    void everySpeakerRuleIsAnAttributionRuleOfTheOntology() {
        for (SpeakerRule rule : SpeakerRule.values()) {
            Resource individual = ONTOLOGY.createResource(NG.NAMESPACE + rule.localName());
            assertTrue(ONTOLOGY.contains(individual, RDF.type, NG.AttributionRule), rule + " → " + individual);
        }
        assertEquals(SpeakerRule.values().length,
                ONTOLOGY.listSubjectsWithProperty(RDF.type, NG.AttributionRule).toList().size());
    }

    /**
     * The design's list (design notes §3, docs/graph.md "One term per fact"): each of our terms that is another
     * name for a standard one, or specialises one, says so.
     */
    @Test
    void termsSpecialiseTheStandardTermsTheDesignNames() {
        Map<Resource, List<Resource>> expected = Map.ofEntries(
                Map.entry(NG.Article, List.of(Schema.NewsArticle, Prov.Entity)),
                Map.entry(NG.Statement, List.of(Schema.Quotation, Prov.Entity)),
                Map.entry(NG.Agent, List.of(Prov.Agent)),
                Map.entry(NG.Person, List.of(Schema.Person, Prov.Agent)),
                Map.entry(NG.Spokesperson, List.of(Schema.Person, Prov.Agent)),
                Map.entry(NG.Organization, List.of(Schema.Organization, Org.Organization, Prov.Agent)),
                Map.entry(NG.Place, List.of(Schema.Place)),
                Map.entry(NG.Role, List.of(Org.Post)),
                Map.entry(NG.TextSpan, List.of(Nif.RFC5147String)),
                Map.entry(NG.Mention, List.of(Nif.Phrase, Nif.RFC5147String)),
                Map.entry(NG.Block, List.of(Nif.Paragraph, Nif.RFC5147String)),
                Map.entry(NG.StatementKind, List.of(Schema.Enumeration)),
                Map.entry(NG.BlockKind, List.of(Schema.Enumeration)),
                Map.entry(NG.DetailLevel, List.of(Schema.Enumeration)),
                Map.entry(NG.AttributionRule, List.of(Prov.Plan)),
                Map.entry(NG.Extraction, List.of(Prov.Activity)),
                Map.entry(NG.speaker, List.of(Schema.creator, Prov.wasAttributedTo)),
                Map.entry(NG.about, List.of(Schema.about)),
                Map.entry(NG.inArticle, List.of(Schema.isPartOf)),
                Map.entry(NG.mentions, List.of(Schema.mentions)),
                Map.entry(NG.refersTo, List.of(Nif.taIdentRef)),
                Map.entry(NG.holds, List.of(Org.holds)),
                Map.entry(NG.roleIn, List.of(Org.postIn)),
                Map.entry(NG.memberOf, List.of(Schema.memberOf, Org.memberOf)),
                Map.entry(NG.roleTitle, List.of(Schema.jobTitle)));
        for (var e : expected.entrySet()) {
            Set<Resource> supers = Ontologies.standardSuperTerms(ONTOLOGY, e.getKey());
            assertTrue(supers.containsAll(e.getValue()), e.getKey().getLocalName() + " ⊑ " + supers);
        }
        // the rest have no standard counterpart; a new term must be added to one list or the other
        Set<String> ownOnly = new TreeSet<>();
        for (String iri : terms()) {
            Resource term = ONTOLOGY.createResource(iri);
            Kind kind = kindOf(term);
            if (kind != Kind.INDIVIDUAL && Ontologies.standardSuperTerms(ONTOLOGY, term).isEmpty()) {
                ownOnly.add(term.getLocalName());
            }
        }
        assertEquals(new TreeSet<>(List.of("kind", "content", "cue", "speakerMention", "sentence", "decidedBy",
                "textContext", "block", "blockKind", "confidence", "detailLevel", "retiredHub", "awaitsResolve")), ownOnly);
    }

    /**
     * A term that is only another name for a standard one is kept for tools that reason, deprecated, and without
     * an rdfs:domain or rdfs:range, which through the equivalence would spread to every use of the standard term
     * (ng:about's domain would make anything schema:about something a statement).
     */
    @Test
    void aliasesAreDeprecatedEquivalentsWithoutDomainOrRange() {
        Set<String> aliases = new TreeSet<>();
        Set<String> wrong = new TreeSet<>();
        for (String iri : terms()) {
            Resource term = ONTOLOGY.createResource(iri);
            if (term.hasProperty(OWL.equivalentProperty)) {
                aliases.add(term.getLocalName());
                if (!term.hasLiteral(OWL.deprecated, true) || term.hasProperty(RDFS.domain) || term.hasProperty(RDFS.range)) {
                    wrong.add(term.getLocalName());
                }
            }
        }
        assertEquals(Set.of("about", "holds", "inArticle", "memberOf", "mentions", "refersTo", "roleIn", "roleTitle",
                "speaker"), aliases);
        assertEquals(Set.of(), wrong);
    }

    /** How the mapping uses each ng: term matches how the ontology declares it. */
    @Test
    void dataUsesEachTermAsDeclared() {
        Model data = ArticleGraph.of(HandBuiltAnalysis.of());
        data.add(TestArticles.graph(TestArticles.seed()));
        Set<String> wrong = new TreeSet<>();
        for (Statement s : data.listStatements().toList()) {
            Resource p = s.getPredicate();
            RDFNode o = s.getObject();
            if (p.getURI().startsWith(NG.NAMESPACE)) {
                Kind expected = o.isLiteral() ? Kind.DATATYPE_PROPERTY : Kind.OBJECT_PROPERTY;
                if (kindOf(p) != expected) {
                    wrong.add(p.getLocalName() + " used as " + expected + ", declared " + kindOf(p));
                }
            }
            if (o.isURIResource() && o.asResource().getURI().startsWith(NG.NAMESPACE)) {
                Kind expected = p.equals(RDF.type) ? Kind.CLASS : Kind.INDIVIDUAL;
                if (kindOf(o.asResource()) != expected) {
                    wrong.add(o.asResource().getLocalName() + " used as " + expected + ", declared "
                            + kindOf(o.asResource()));
                }
            }
        }
        assertEquals(Set.of(), wrong);
    }

    static Kind kindOf(Resource term) {
        Resource t = ONTOLOGY.createResource(term.getURI());
        if (t.hasProperty(RDF.type, OWL.Class)) {
            return Kind.CLASS;
        }
        if (t.hasProperty(RDF.type, OWL.ObjectProperty)) {
            return Kind.OBJECT_PROPERTY;
        }
        if (t.hasProperty(RDF.type, OWL.DatatypeProperty)) {
            return Kind.DATATYPE_PROPERTY;
        }
        for (Statement type : t.listProperties(RDF.type).toList()) {
            if (type.getObject().isURIResource()
                    && ONTOLOGY.contains(type.getResource(), RDF.type, OWL.Class)) {
                return Kind.INDIVIDUAL;
            }
        }
        return Kind.UNDECLARED;
    }

    /** Every IRI in the ng: namespace that the ontology says something about. */
    private static Set<String> terms() {
        Set<String> terms = new TreeSet<>();
        ONTOLOGY.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NG.NAMESPACE)) {
                terms.add(s.getURI());
            }
        });
        return terms;
    }

    private static List<Field> constants() {
        List<Field> fields = new ArrayList<>();
        for (Field f : NG.class.getFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && Resource.class.isAssignableFrom(f.getType())) {
                fields.add(f);
            }
        }
        return fields;
    }

    private static Resource value(Field f) {
        try {
            return (Resource) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
