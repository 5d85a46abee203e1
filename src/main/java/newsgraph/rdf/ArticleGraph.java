package newsgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsgraph.extract.Analysis;
import newsgraph.extract.Entity;
import newsgraph.extract.Mention;
import newsgraph.extract.MentionKind;
import newsgraph.extract.Role;
import newsgraph.extract.SpeakerRule;
import newsgraph.extract.Statement;
import newsgraph.extract.StatementKind;
import newsgraph.names.EntityType;
import newsgraph.text.Article;
import newsgraph.text.ArticleId;
import newsgraph.text.ArticleMetadata;
import newsgraph.text.NewsDate;
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
 * Maps the analysis of one article to the RDF of its named graph. Each fact is written once, in the standard
 * term that linked-data tools read (schema.org, NIF 2.0, ITS, PROV-O, W3C ORG); newsgraph's own terms only where
 * no standard one says it (the kind, cue, speaker mention, sentence, rule and confidence of a statement). The
 * ontology states how newsgraph's aliases map to the standard terms, for tools that reason (docs/graph.md, "One
 * term per fact"). The same analysis at the same {@link Detail} always gives the same graph.
 */
public final class ArticleGraph {

    /** The software version written into every extraction's provenance: the pom's, filled in by the build. */
    public static final String VERSION = versionFromBuild();

    private final Analysis analysis;
    private final Article article;
    private final Detail detail;
    private final Model model = ModelFactory.createDefaultModel();
    private final Map<String, Resource> entities = new HashMap<>();
    /** Offsets as literals, made once each: Jena checks every typed literal's form as it is made. */
    private final Map<Integer, Literal> indexes = new HashMap<>();
    private Resource articleNode;
    private Resource context;

    private ArticleGraph(Analysis analysis, Detail detail) {
        this.analysis = analysis;
        this.article = analysis.article();
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** The graph under another base ({@link Iris#rebased(Model, String)}). */
    public static Model of(Analysis analysis, Detail detail, String base) {
        return Iris.rebased(of(analysis, detail), base);
    }

    /** The graph's name under a base. */
    public static String graphName(Article article, String base) {
        return Iris.rebased(graphName(article), base);
    }

    /** The graph's name: the article's IRI. */
    public static String graphName(Article article) {
        return Iris.article(article.id());
    }

    /** The graph at the default detail, {@link Detail#LEAN}. */
    public static Model of(Analysis analysis) {
        return of(analysis, Detail.LEAN);
    }

    public static Model of(Analysis analysis, Detail detail) {
        return new ArticleGraph(analysis, detail).build();
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
                .addProperty(RDF.type, Schema.NewsArticle)
                .addProperty(Schema.identifier, article.id());
        String headline = analysis.headline().strip();
        if (!headline.isEmpty()) {
            articleNode.addProperty(Schema.headline, headline);
        }
        // NIF: the context is typed with its URI scheme too; its own offsets and text make it a complete string
        context = model.createResource(Iris.span(article.id(), 0, text.length()))
                .addProperty(RDF.type, Nif.Context)
                .addProperty(RDF.type, Nif.RFC5147String)
                .addProperty(Nif.isString, text)
                .addLiteral(Nif.beginIndex, index(0))
                .addLiteral(Nif.endIndex, index(text.length()));
        articleNode.addProperty(NG.textContext, context);
        metadata();

        if (detail == Detail.FULL) {
            for (Block block : analysis.blocks()) {
                Resource node = span(block.span(), false).addProperty(NG.blockKind, blockKind(block.kind()));
                articleNode.addProperty(NG.block, node);
            }
        }

        Resource software = model.createResource(Iris.SOFTWARE)
                .addProperty(RDF.type, Prov.SoftwareAgent)
                .addProperty(RDFS.label, "newsgraph " + VERSION)
                .addProperty(Schema.softwareVersion, VERSION);
        Resource extraction = model.createResource(Iris.extraction(article.id()))
                .addProperty(RDF.type, NG.Extraction)
                .addProperty(Prov.used, articleNode)
                .addProperty(Prov.wasAssociatedWith, software)
                .addProperty(NG.detailLevel, detail.term());

        for (Entity e : analysis.entities()) {
            entities.put(e.key(), entity(e));
        }
        for (Entity e : analysis.entities()) {
            Resource node = entities.get(e.key());
            for (String member : e.memberOf()) {
                Resource org = entities.get(member);
                if (org != null) {
                    node.addProperty(Schema.memberOf, org);
                }
            }
            for (Role role : e.roles()) {
                Resource in = role.inEntityKey() == null ? null : entities.get(role.inEntityKey());
                // a post has no name but its label: "Defence Secretary", "President (Russia)"
                Resource post = model.createResource(Iris.role(role.title(), in == null ? null : in.getURI()))
                        .addProperty(RDF.type, Org.Post)
                        .addProperty(RDFS.label, roleLabel(role, in));
                if (in != null) {
                    post.addProperty(Org.postIn, in);
                }
                node.addProperty(Org.holds, post).addProperty(Schema.jobTitle, role.title());
            }
        }
        for (Statement s : analysis.statements()) {
            statement(s, extraction);
        }
        return model;
    }

    /**
     * What the source says about the article (issue 10), each fact in its schema.org term: dates, its canonical URL,
     * its language, its bylines (people as any person, by their name's IRI), its outlet (one node per site), the
     * record it was read from; and, for every article, the work it is a copy of (its body's fingerprint), which
     * syndicated copies share.
     */
    private void metadata() {
        ArticleMetadata m = article.metadata();
        articleNode.addProperty(Schema.exampleOfWork,
                model.createResource(Iris.work(ArticleId.bodyFingerprint(article.text()))));
        if (m.published() != null) {
            articleNode.addLiteral(Schema.datePublished, date(m.published()));
        }
        if (m.modified() != null) {
            articleNode.addLiteral(Schema.dateModified, date(m.modified()));
        }
        if (m.url() != null) {
            articleNode.addProperty(Schema.url, model.createResource(m.url()));
        }
        if (m.language() != null) {
            articleNode.addProperty(Schema.inLanguage, m.language());
        }
        for (ArticleMetadata.Author author : m.authors()) {
            EntityType type = author.organization() ? EntityType.ORGANIZATION : EntityType.PERSON;
            // the article's own entity, as every entity it names (a byline is a name, not an identity: two reporters
            // of one name are two people until resolve says otherwise; a hub IRI is the identity graph's alone)
            Resource node = model.createResource(Iris.localEntity(article.id(), type, author.name()))
                    .addProperty(RDF.type, author.organization() ? Schema.Organization : Schema.Person)
                    .addProperty(Schema.name, author.name());
            articleNode.addProperty(Schema.author, node);
        }
        ArticleMetadata.Publisher publisher = m.publisher();
        if (publisher != null) {
            Resource outlet = model.createResource(Iris.outlet(publisher))
                    .addProperty(RDF.type, Schema.Organization)
                    .addProperty(Schema.name, publisher.name());
            if (publisher.homePage() != null) {
                outlet.addProperty(Schema.url, model.createResource(publisher.homePage()));
            }
            for (String same : analysis.sameAs().getOrDefault(ArticleMetadata.Publisher.LINK_KEY, java.util.List.of())) {
                outlet.addProperty(Schema.sameAs, model.createResource(same));
            }
            articleNode.addProperty(Schema.publisher, outlet);
        }
        ArticleMetadata.SourceRecordRef source = m.source();
        if (source != null) {
            Resource record = model.createResource(source.recordId() != null ? source.recordId()
                    : Iris.sourceLine(source.fileName(), source.line()));
            record.addProperty(Schema.isPartOf, model.createResource(Iris.source(source.fileName())));
            articleNode.addProperty(Prov.wasDerivedFrom, record);
        }
    }

    private Literal date(NewsDate date) {
        return model.createTypedLiteral(date.lexical(), date.hasTime() ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate);
    }

    private Resource entity(Entity e) {
        Resource node = model.createResource(Iris.entity(article.id(), e)).addProperty(Schema.name, e.name());
        // a named entity is schema.org's class (newsgraph's ng:Person etc. are the same classes); an unnamed
        // speaker is newsgraph's own, more specific class (ng:Spokesperson ⊑ schema:Person, ng:Agent ⊑ prov:Agent)
        node.addProperty(RDF.type, switch (e.type()) {
            case PERSON -> e.local() ? NG.Spokesperson : Schema.Person;
            case ORGANIZATION -> Schema.Organization;
            case PLACE -> Schema.Place;
            case AGENT -> NG.Agent;
        });
        Set<String> alternates = new LinkedHashSet<>(e.names());
        alternates.remove(e.name());
        for (String alt : alternates) {
            node.addProperty(Schema.alternateName, alt);
        }
        if (e.type().isNamedKind()) {
            articleNode.addProperty(Schema.mentions, node);
        }
        // issue 11: links to Wikidata and GeoNames, stated in this article's graph only (see docs/graph.md)
        for (String same : analysis.sameAs().getOrDefault(e.key(), java.util.List.of())) {
            node.addProperty(Schema.sameAs, model.createResource(same));
        }
        for (Mention m : e.mentions()) {
            if (detail == Detail.FULL || namesTheEntity(m)) {
                span(m.span(), false).addProperty(Nif.taIdentRef, node);
            }
        }
        return node;
    }

    /** A proper name or a group name ("Labour sources"): what identifies the entity, in this article and across. */
    private static boolean namesTheEntity(Mention m) {
        return m.kind() == MentionKind.NAME || m.kind() == MentionKind.GROUP;
    }

    /**
     * A statement with its spans. The spans a reader reads the statement by — its cue, speaker mention and
     * sentence — carry their words (nif:anchorOf); the content's words are the statement's schema:text. Other
     * spans (mentions, blocks) are offsets into the text, which the graph holds once.
     */
    private void statement(Statement s, Resource extraction) {
        Resource speaker = entities.get(s.speakerKey());
        Resource node = model.createResource(Iris.statement(article.id(), s.content()))
                .addProperty(RDF.type, Schema.Quotation)
                .addProperty(Schema.text, article.text(s.content()))
                .addProperty(Schema.isPartOf, articleNode)
                .addProperty(NG.kind, statementKind(s.kind()))
                .addProperty(NG.content, span(s.content(), false))
                .addProperty(NG.decidedBy, rule(s.rule()))
                .addLiteral(NG.confidence, model.createTypedLiteral(
                        BigDecimal.valueOf(s.confidence()).setScale(2, RoundingMode.HALF_UP), XSDDatatype.XSDdecimal))
                .addProperty(Prov.wasGeneratedBy, extraction);
        if (speaker != null) {
            node.addProperty(Schema.creator, speaker);
        }
        if (s.cue() != null) {
            node.addProperty(NG.cue, span(s.cue(), true));
        }
        if (s.speakerMention() != null) {
            Resource mention = span(s.speakerMention(), true);
            if (speaker != null && !mention.hasProperty(Nif.taIdentRef)) {
                mention.addProperty(Nif.taIdentRef, speaker);
            }
            node.addProperty(NG.speakerMention, mention);
        }
        if (s.sentence() != null) {
            node.addProperty(NG.sentence, span(s.sentence(), true));
        }
        for (String key : s.about()) {
            Resource about = entities.get(key);
            if (about != null) {
                node.addProperty(Schema.about, about);
            }
        }
    }

    /**
     * A NIF string of the article: its offsets and context, and with {@code anchored} its text. No class: its
     * offsets make it a nif:String (their rdfs:domain), its IRI is an RFC 5147 fragment of the article's IRI like
     * the context's (which says so: a nif:RFC5147String), and what it is for is said by what points to it. The
     * span of the whole text is the context itself, whose text is its nif:isString.
     */
    private Resource span(Span span, boolean anchored) {
        Resource node = model.createResource(Iris.span(article.id(), span));
        if (node.equals(context)) {
            return node;
        }
        if (!node.hasProperty(Nif.beginIndex)) {
            node.addLiteral(Nif.beginIndex, index(span.begin()))
                    .addLiteral(Nif.endIndex, index(span.end()))
                    .addProperty(Nif.referenceContext, context);
        }
        if (anchored && !node.hasProperty(Nif.anchorOf)) {
            node.addProperty(Nif.anchorOf, article.text(span));
        }
        return node;
    }

    private Literal index(int i) {
        return indexes.computeIfAbsent(i,
                k -> model.createTypedLiteral(Integer.toString(k), XSDDatatype.XSDnonNegativeInteger));
    }

    /** The individuals of the ontology are typed and labelled there (the store holds it); the data only names them. */
    private static Resource statementKind(StatementKind kind) {
        return switch (kind) {
            case DIRECT -> NG.Direct;
            case INDIRECT -> NG.Indirect;
            case MIXED -> NG.Mixed;
        };
    }

    private static Resource blockKind(BlockKind kind) {
        return switch (kind) {
            case HEADLINE -> NG.Headline;
            case DATELINE -> NG.Dateline;
            case STANDFIRST -> NG.Standfirst;
            case HEADING -> NG.Heading;
            case BODY -> NG.Body;
            case CAPTION -> NG.Caption;
            case CREDIT -> NG.Credit;
            case FOOTER -> NG.Footer;
        };
    }

    private Resource rule(SpeakerRule rule) {
        return model.createResource(NG.NAMESPACE + rule.localName());
    }

    private static String roleLabel(Role role, Resource in) {
        if (in == null) {
            return role.title();
        }
        return role.title() + " (" + in.getProperty(Schema.name).getString() + ")";
    }

    static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1).stripTrailing() + "…";
    }

    private static String versionFromBuild() {
        java.util.Properties build = new java.util.Properties();
        try (java.io.InputStream in = ArticleGraph.class.getResourceAsStream("/newsgraph/version.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String version = build.getProperty("version", "");
        // an unfiltered copy (a build outside Maven) would carry the placeholder itself
        return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
    }
}
