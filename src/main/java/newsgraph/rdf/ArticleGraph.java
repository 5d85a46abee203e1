package newsgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import newsgraph.extract.Analysis;
import newsgraph.extract.Entity;
import newsgraph.names.EntityType;
import newsgraph.extract.Mention;
import newsgraph.extract.Role;
import newsgraph.extract.SpeakerRule;
import newsgraph.extract.Statement;
import newsgraph.extract.StatementKind;
import newsgraph.text.Article;
import newsgraph.text.Block;
import newsgraph.text.BlockKind;
import newsgraph.text.Span;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * Maps the analysis of one article to the RDF of its named graph. The standard view (schema.org, PROV-O,
 * NIF, W3C ORG) is written out next to newsgraph's own terms, so no inference is needed to read it.
 * The same analysis always gives the same graph.
 */
public final class ArticleGraph {

    /** The software version written into every extraction's provenance. */
    public static final String VERSION = "0.1.0";

    private final Analysis analysis;
    private final Article article;
    private final Model model = ModelFactory.createDefaultModel();
    private final Map<String, Resource> entities = new HashMap<>();
    private Resource articleNode;
    private Resource context;

    private ArticleGraph(Analysis analysis) {
        this.analysis = analysis;
        this.article = analysis.article();
    }

    /** The graph under another base ({@link Iris#rebased(Model, String)}). */
    public static Model of(Analysis analysis, String base) {
        return Iris.rebased(of(analysis), base);
    }

    /** The graph's name under a base. */
    public static String graphName(Article article, String base) {
        return Iris.rebased(graphName(article), base);
    }

    /** The graph's name: the article's IRI. */
    public static String graphName(Article article) {
        return Iris.article(article.id());
    }

    public static Model of(Analysis analysis) {
        return new ArticleGraph(analysis).build();
    }

    /** Prefixes used in written output. */
    public static void setPrefixes(org.apache.jena.shared.PrefixMapping prefixes) {
        prefixes.setNsPrefix(NG.PREFIX, NG.NAMESPACE);
        prefixes.setNsPrefix(Schema.PREFIX, Schema.NAMESPACE);
        prefixes.setNsPrefix(Prov.PREFIX, Prov.NAMESPACE);
        prefixes.setNsPrefix(Nif.PREFIX, Nif.NAMESPACE);
        prefixes.setNsPrefix("itsrdf", Nif.ITSRDF_NAMESPACE);
        prefixes.setNsPrefix(Org.PREFIX, Org.NAMESPACE);
        prefixes.setNsPrefix("rdfs", RDFS.getURI());
        prefixes.setNsPrefix("xsd", XSD.NS);
        prefixes.setNsPrefix("id", Iris.BASE);
    }

    private Model build() {
        setPrefixes(model);
        String text = article.text();
        articleNode = model.createResource(Iris.article(article.id()))
                .addProperty(RDF.type, NG.Article)
                .addProperty(RDF.type, Schema.NewsArticle)
                .addProperty(RDF.type, Prov.Entity)
                .addProperty(Schema.identifier, article.id());
        String headline = analysis.headline().strip();
        String label = headline.isEmpty() ? "article " + article.id() : headline;
        articleNode.addProperty(RDFS.label, label);
        if (!headline.isEmpty()) {
            articleNode.addProperty(Schema.headline, headline);
        }
        context = model.createResource(Iris.span(article.id(), 0, text.length()))
                .addProperty(RDF.type, Nif.Context)
                .addProperty(RDF.type, Nif.RFC5147String)
                .addProperty(RDFS.label, "text of " + label)
                .addProperty(Nif.isString, text)
                .addLiteral(Nif.beginIndex, index(0))
                .addLiteral(Nif.endIndex, index(text.length()));
        articleNode.addProperty(NG.textContext, context);

        for (Block block : analysis.blocks()) {
            Resource node = span(block.span(), NG.Block)
                    .addProperty(RDF.type, Nif.Paragraph)
                    .addProperty(NG.blockKind, blockKind(block.kind()));
            articleNode.addProperty(NG.block, node);
        }

        Resource software = model.createResource(Iris.SOFTWARE)
                .addProperty(RDF.type, Prov.SoftwareAgent)
                .addProperty(RDF.type, Schema.SoftwareApplication)
                .addProperty(RDFS.label, "newsgraph " + VERSION)
                .addProperty(Schema.softwareVersion, VERSION);
        Resource extraction = model.createResource(Iris.extraction(article.id()))
                .addProperty(RDF.type, NG.Extraction)
                .addProperty(RDF.type, Prov.Activity)
                .addProperty(RDFS.label, "extraction of " + label)
                .addProperty(Prov.used, articleNode)
                .addProperty(Prov.wasAssociatedWith, software);

        for (Entity e : analysis.entities()) {
            entities.put(e.key(), entity(e));
        }
        for (Entity e : analysis.entities()) {
            Resource node = entities.get(e.key());
            for (String member : e.memberOf()) {
                Resource org = entities.get(member);
                if (org != null) {
                    node.addProperty(NG.memberOf, org).addProperty(Schema.memberOf, org).addProperty(Org.memberOf, org);
                }
            }
            for (Role role : e.roles()) {
                Resource in = role.inEntityKey() == null ? null : entities.get(role.inEntityKey());
                Resource post = model.createResource(Iris.role(role.title(), in == null ? null : in.getURI()))
                        .addProperty(RDF.type, NG.Role)
                        .addProperty(RDF.type, Org.Post)
                        .addProperty(RDFS.label, roleLabel(role, in));
                if (in != null) {
                    post.addProperty(NG.roleIn, in).addProperty(Org.postIn, in);
                }
                node.addProperty(NG.holds, post).addProperty(Org.holds, post)
                        .addProperty(NG.roleTitle, role.title()).addProperty(Schema.jobTitle, role.title());
            }
        }
        for (Statement s : analysis.statements()) {
            statement(s, extraction);
        }
        return model;
    }

    private Resource entity(Entity e) {
        String iri = e.local() || e.type() == EntityType.AGENT
                ? Iris.localEntity(article.id(), e.type(), e.name())
                : Iris.entity(e.type(), e.name());
        Resource node = model.createResource(iri).addProperty(RDFS.label, e.name()).addProperty(Schema.name, e.name());
        switch (e.type()) {
            case PERSON -> node.addProperty(RDF.type, e.local() ? NG.Spokesperson : NG.Person)
                    .addProperty(RDF.type, Schema.Person).addProperty(RDF.type, Prov.Agent);
            case ORGANIZATION -> node.addProperty(RDF.type, NG.Organization).addProperty(RDF.type, Schema.Organization)
                    .addProperty(RDF.type, Org.Organization).addProperty(RDF.type, Prov.Agent);
            case PLACE -> node.addProperty(RDF.type, NG.Place).addProperty(RDF.type, Schema.Place);
            case AGENT -> node.addProperty(RDF.type, NG.Agent).addProperty(RDF.type, Prov.Agent);
        }
        Set<String> alternates = new LinkedHashSet<>(e.names());
        alternates.remove(e.name());
        for (String alt : alternates) {
            node.addProperty(Schema.alternateName, alt);
        }
        if (e.type().isNamedKind()) {
            articleNode.addProperty(NG.mentions, node).addProperty(Schema.mentions, node);
        }
        for (Mention m : e.mentions()) {
            span(m.span(), NG.Mention).addProperty(RDF.type, Nif.Phrase)
                    .addProperty(NG.refersTo, node).addProperty(Nif.taIdentRef, node);
        }
        return node;
    }

    private void statement(Statement s, Resource extraction) {
        String content = article.text(s.content());
        Resource speaker = entities.get(s.speakerKey());
        Resource node = model.createResource(Iris.statement(article.id(), s.content()))
                .addProperty(RDF.type, NG.Statement)
                .addProperty(RDF.type, Schema.Quotation)
                .addProperty(RDF.type, Prov.Entity)
                .addProperty(Schema.text, content)
                .addProperty(NG.inArticle, articleNode).addProperty(Schema.isPartOf, articleNode)
                .addProperty(NG.kind, statementKind(s.kind()))
                .addProperty(NG.content, span(s.content(), NG.TextSpan))
                .addProperty(NG.decidedBy, rule(s.rule()))
                .addLiteral(NG.confidence, model.createTypedLiteral(
                        BigDecimal.valueOf(s.confidence()).setScale(2, RoundingMode.HALF_UP), XSDDatatype.XSDdecimal))
                .addProperty(Prov.wasGeneratedBy, extraction);
        String who = speaker == null ? "unknown" : speaker.getProperty(RDFS.label).getString();
        node.addProperty(RDFS.label, who + ": " + abbreviate(content, 80));
        if (speaker != null) {
            node.addProperty(NG.speaker, speaker).addProperty(Schema.creator, speaker)
                    .addProperty(Prov.wasAttributedTo, speaker);
            // the range of prov:wasAttributedTo, written out: a country that "said" something speaks as an agent
            speaker.addProperty(RDF.type, Prov.Agent);
        }
        if (s.cue() != null) {
            node.addProperty(NG.cue, span(s.cue(), NG.TextSpan));
        }
        if (s.speakerMention() != null) {
            Resource mention = span(s.speakerMention(), NG.Mention).addProperty(RDF.type, Nif.Phrase);
            if (speaker != null && !mention.hasProperty(NG.refersTo)) {
                mention.addProperty(NG.refersTo, speaker).addProperty(Nif.taIdentRef, speaker);
            }
            node.addProperty(NG.speakerMention, mention);
        }
        if (s.sentence() != null) {
            node.addProperty(NG.sentence, span(s.sentence(), NG.TextSpan));
        }
        for (String key : s.about()) {
            Resource about = entities.get(key);
            if (about != null) {
                node.addProperty(NG.about, about).addProperty(Schema.about, about);
            }
        }
    }

    private Resource span(Span span, Resource type) {
        Resource node = model.createResource(Iris.span(article.id(), span));
        if (!node.hasProperty(Nif.anchorOf)) {
            String anchor = article.text(span);
            if (!node.hasProperty(RDFS.label)) {
                // a span of the whole text is the context itself, which has its label already
                node.addProperty(RDFS.label, abbreviate(anchor, 80));
            }
            node.addProperty(RDF.type, NG.TextSpan)
                    .addProperty(RDF.type, Nif.String)
                    .addProperty(RDF.type, Nif.RFC5147String)
                    .addProperty(Nif.anchorOf, anchor)
                    .addLiteral(Nif.beginIndex, index(span.begin()))
                    .addLiteral(Nif.endIndex, index(span.end()))
                    .addProperty(Nif.referenceContext, context);
        }
        if (!type.equals(NG.TextSpan)) {
            node.addProperty(RDF.type, type);
        }
        return node;
    }

    private Literal index(int i) {
        return model.createTypedLiteral(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private Resource statementKind(StatementKind kind) {
        Resource r = switch (kind) {
            case DIRECT -> NG.Direct;
            case INDIRECT -> NG.Indirect;
            case MIXED -> NG.Mixed;
        };
        return labelled(r, NG.StatementKind, Schema.Enumeration);
    }

    private Resource blockKind(BlockKind kind) {
        Resource r = switch (kind) {
            case HEADLINE -> NG.Headline;
            case DATELINE -> NG.Dateline;
            case STANDFIRST -> NG.Standfirst;
            case HEADING -> NG.Heading;
            case BODY -> NG.Body;
            case CAPTION -> NG.Caption;
            case CREDIT -> NG.Credit;
            case FOOTER -> NG.Footer;
        };
        return labelled(r, NG.BlockKind, Schema.Enumeration);
    }

    private Resource rule(SpeakerRule rule) {
        Resource r = model.createResource(NG.NAMESPACE + rule.localName());
        return labelled(r, NG.AttributionRule, Prov.Plan);
    }

    /** An individual of the ontology, typed and labelled in the data as in the ontology, for readers without it. */
    private Resource labelled(Resource term, Resource type, Resource standardType) {
        Resource r = model.createResource(term.getURI());
        if (!r.hasProperty(RDFS.label)) {
            r.addProperty(RDF.type, type).addProperty(RDF.type, standardType)
                    .addProperty(RDFS.label, NewsOntology.label(term));
        }
        return r;
    }

    private static String roleLabel(Role role, Resource in) {
        if (in == null) {
            return role.title();
        }
        return role.title() + " (" + in.getProperty(RDFS.label).getString() + ")";
    }

    static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1).stripTrailing() + "…";
    }
}
