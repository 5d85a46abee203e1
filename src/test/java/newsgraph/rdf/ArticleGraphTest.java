package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newsgraph.extract.Analysis;
import newsgraph.extract.Entity;
import newsgraph.extract.Mention;
import newsgraph.extract.MentionKind;
import newsgraph.extract.SpeakerRule;
import newsgraph.extract.Statement;
import newsgraph.extract.StatementKind;
import newsgraph.names.EntityType;
import newsgraph.text.Article;
import newsgraph.text.Block;
import newsgraph.text.BlockKind;
import newsgraph.text.Span;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The mapping from an analysis to RDF, on an analysis written by hand (no extractor involved). */
class ArticleGraphTest {

    private final Analysis analysis = HandBuiltAnalysis.of();
    private final String text = analysis.article().text();
    private final Model graph = ArticleGraph.of(analysis);

    private final Resource article = graph.createResource(Iris.article(HandBuiltAnalysis.ID));
    private final Resource fallon = graph.createResource(Iris.entity(EntityType.PERSON, "Michael Fallon"));
    private final Resource britain = graph.createResource(Iris.entity(EntityType.PLACE, "United Kingdom"));
    private final Resource labour = graph.createResource(Iris.entity(EntityType.ORGANIZATION, "Labour"));
    private final Resource mixed = statement("the plan was “a good one for Britain”");
    private final Resource direct = statement("We will not comment on that,");

    @Test
    void articleIsANewsArticleWithHeadlineAndText() {
        assertTrue(graph.contains(article, RDF.type, Schema.NewsArticle));
        assertTrue(graph.contains(article, RDF.type, NG.Article));
        assertEquals(HandBuiltAnalysis.HEADLINE, article.getProperty(Schema.headline).getString());
        Resource context = article.getPropertyResourceValue(NG.textContext);
        assertEquals(Iris.span(HandBuiltAnalysis.ID, 0, text.length()), context.getURI());
        assertTrue(graph.contains(context, RDF.type, Nif.Context));
        assertEquals(text, context.getProperty(Nif.isString).getString());
    }

    @Test
    void statementHasSpeakerTextArticleAndAbout() {
        assertTrue(graph.contains(mixed, RDF.type, Schema.Quotation));
        assertTrue(graph.contains(mixed, RDF.type, NG.Statement));
        assertEquals("the plan was “a good one for Britain”", mixed.getProperty(Schema.text).getString());
        assertEquals(Set.of(fallon), objects(mixed, Schema.creator));
        assertEquals(Set.of(fallon), objects(mixed, NG.speaker));
        assertEquals(Set.of(fallon), objects(mixed, Prov.wasAttributedTo));
        assertEquals(Set.of(britain), objects(mixed, Schema.about));
        assertEquals(Set.of(britain), objects(mixed, NG.about));
        assertEquals(Set.of(article), objects(mixed, Schema.isPartOf));
        assertEquals(Set.of(article), objects(mixed, NG.inArticle));
        assertEquals(Set.of(), objects(direct, Schema.about));
    }

    @Test
    void statementRecordsKindCueRuleAndConfidence() {
        assertEquals(NG.Mixed, mixed.getPropertyResourceValue(NG.kind));
        assertEquals(NG.Direct, direct.getPropertyResourceValue(NG.kind));
        assertEquals("said", mixed.getPropertyResourceValue(NG.cue).getProperty(Nif.anchorOf).getString());
        assertEquals(NG.AppositionRule, mixed.getPropertyResourceValue(NG.decidedBy));
        assertEquals(NG.GroupRule, direct.getPropertyResourceValue(NG.decidedBy));
        Literal confidence = mixed.getProperty(NG.confidence).getLiteral();
        assertEquals(XSDDatatype.XSDdecimal.getURI(), confidence.getDatatypeURI());
        assertEquals(0, new BigDecimal("0.9").compareTo((BigDecimal) confidence.getValue()));
        Resource content = mixed.getPropertyResourceValue(NG.content);
        assertEquals(mixed.getProperty(Schema.text).getString(), content.getProperty(Nif.anchorOf).getString());
    }

    @Test
    void speakerMentionRefersToTheSpeaker() {
        Resource mention = mixed.getPropertyResourceValue(NG.speakerMention);
        assertEquals("Defence Secretary Sir Michael Fallon", mention.getProperty(Nif.anchorOf).getString());
        assertTrue(graph.contains(mention, RDF.type, NG.Mention));
        assertEquals(Set.of(fallon), objects(mention, NG.refersTo));
        assertEquals(Set.of(fallon), objects(mention, Nif.taIdentRef));
    }

    @Test
    void namedEntitiesGetGlobalIrisFromTheirCanonicalName() {
        assertTrue(graph.contains(fallon, RDF.type, Schema.Person));
        assertTrue(graph.contains(fallon, RDF.type, NG.Person));
        assertTrue(graph.contains(britain, RDF.type, Schema.Place));
        assertTrue(graph.contains(labour, RDF.type, Schema.Organization));
        assertTrue(graph.contains(labour, RDF.type, Org.Organization));
        assertEquals("United Kingdom", britain.getProperty(Schema.name).getString());
        assertEquals(Set.of("Britain"), strings(britain, Schema.alternateName));
        assertTrue(graph.contains(article, NG.mentions, britain));
        assertTrue(graph.contains(article, Schema.mentions, britain));
    }

    @Test
    void spokespersonGetsAnArticleScopedIriAndItsParty() {
        Resource spokesman = direct.getPropertyResourceValue(Schema.creator);
        assertEquals(Iris.localEntity(HandBuiltAnalysis.ID, EntityType.PERSON, "Labour spokesman"), spokesman.getURI());
        assertTrue(spokesman.getURI().startsWith(Iris.article(HandBuiltAnalysis.ID) + "/"));
        assertTrue(graph.contains(spokesman, RDF.type, NG.Spokesperson));
        assertTrue(graph.contains(spokesman, RDF.type, Schema.Person));
        assertFalse(graph.contains(spokesman, RDF.type, NG.Person), "a spokesperson is not a named person");
        assertEquals(Set.of(labour), objects(spokesman, NG.memberOf));
        assertEquals(Set.of(labour), objects(spokesman, Schema.memberOf));
        assertEquals(Set.of(labour), objects(spokesman, Org.memberOf));
    }

    @Test
    void rolesArePostsInTheirOrganisation() {
        Resource defenceSecretary = graph.createResource(Iris.role("Defence Secretary", null));
        assertEquals(Set.of(defenceSecretary), objects(fallon, NG.holds));
        assertEquals(Set.of(defenceSecretary), objects(fallon, Org.holds));
        assertTrue(graph.contains(defenceSecretary, RDF.type, NG.Role));
        assertTrue(graph.contains(defenceSecretary, RDF.type, Org.Post));
        assertEquals("Defence Secretary", defenceSecretary.getProperty(RDFS.label).getString());
        assertEquals(Set.of("Defence Secretary"), strings(fallon, NG.roleTitle));
        assertEquals(Set.of("Defence Secretary"), strings(fallon, Schema.jobTitle));

        Resource spokesman = direct.getPropertyResourceValue(Schema.creator);
        Resource post = spokesman.getPropertyResourceValue(Org.holds);
        assertEquals(Iris.role("spokesman", labour.getURI()), post.getURI());
        assertEquals(Set.of(labour), objects(post, Org.postIn));
        assertEquals(Set.of(labour), objects(post, NG.roleIn));
        assertEquals("spokesman (Labour)", post.getProperty(RDFS.label).getString());
    }

    @Test
    void vocabularyIndividualsCarryTheOntologysLabelsAndStandardTypes() {
        assertEquals(NewsOntology.label(NG.GroupRule), NG.GroupRule.inModel(graph).getProperty(RDFS.label).getLiteral());
        assertEquals("group or anonymous source", NG.GroupRule.inModel(graph).getProperty(RDFS.label).getString());
        assertTrue(graph.contains(NG.GroupRule, RDF.type, Prov.Plan));
        assertTrue(graph.contains(NG.Direct, RDF.type, NG.StatementKind));
        assertTrue(graph.contains(NG.Direct, RDF.type, Schema.Enumeration));
        assertTrue(graph.contains(NG.Headline, RDF.type, NG.BlockKind));
    }

    @Test
    void blocksAreLabelledParagraphs() {
        List<Resource> blocks = graph.listObjectsOfProperty(article, NG.block).mapWith(RDFNode::asResource).toList();
        assertEquals(3, blocks.size());
        Resource headline = graph.createResource(Iris.span(HandBuiltAnalysis.ID, 0, HandBuiltAnalysis.HEADLINE.length()));
        assertEquals(NG.Headline, headline.getPropertyResourceValue(NG.blockKind));
        assertTrue(graph.contains(headline, RDF.type, Nif.Paragraph));
    }

    @Test
    void extractionIsRecordedWithProv() {
        Resource extraction = graph.createResource(Iris.extraction(HandBuiltAnalysis.ID));
        assertTrue(graph.contains(extraction, RDF.type, Prov.Activity));
        assertTrue(graph.contains(extraction, Prov.used, article));
        assertTrue(graph.contains(mixed, Prov.wasGeneratedBy, extraction));
        Resource software = extraction.getPropertyResourceValue(Prov.wasAssociatedWith);
        assertEquals("https://w3id.org/newsgraph/software/newsgraph/" + ArticleGraph.VERSION, software.getURI());
        assertEquals(ArticleGraph.VERSION, software.getProperty(Schema.softwareVersion).getString());
    }

    @Test
    void sameAnalysisGivesTheSameGraph() {
        assertTrue(graph.isIsomorphicWith(ArticleGraph.of(HandBuiltAnalysis.of())));
    }

    @Test
    void conformsToTheShapes() {
        ShapesTest.assertConforms(graph);
    }

    @Test
    void placeThatSpeaksIsWrittenAsAnAgent() {
        // "Russia said ...": the extractor may give a statement to a country; prov:wasAttributedTo's range is prov:Agent
        Article a = new Article("country", "Talks\nRussia said the talks had failed.\n");
        Span russia = HandBuiltAnalysis.at(a.text(), "Russia");
        Entity place = new Entity("g1", EntityType.PLACE, "Russia", List.of("Russia"),
                List.of(new Mention(russia, "Russia", MentionKind.NAME, "g1")), List.of(), List.of(), false);
        Statement said = new Statement(HandBuiltAnalysis.at(a.text(), "the talks had failed"), StatementKind.INDIRECT,
                HandBuiltAnalysis.at(a.text(), "said"), russia, "g1", SpeakerRule.SPEECH_TAG, 0.9, List.of(), null);
        List<Block> blocks = List.of(new Block(0, 1, new Span(0, 5), BlockKind.HEADLINE),
                new Block(1, 2, new Span(6, a.text().length() - 1), BlockKind.BODY));
        Model m = ArticleGraph.of(new Analysis(a, blocks, List.of(place), List.of(said)));
        Resource node = m.createResource(Iris.entity(EntityType.PLACE, "Russia"));
        assertTrue(m.contains(node, RDF.type, Schema.Place));
        assertTrue(m.contains(node, RDF.type, Prov.Agent));
        ShapesTest.assertConforms(m);
    }

    @Test
    void spanOfTheWholeTextIsTheContextItself() {
        // a one-line article without a final newline: its only block covers the whole text
        Article a = new Article("one-line", "Nothing was said today");
        Block only = new Block(0, 1, new Span(0, a.text().length()), BlockKind.HEADLINE);
        Model m = ArticleGraph.of(new Analysis(a, List.of(only), List.of(), List.of()));
        Resource context = m.createResource(Iris.span("one-line", 0, a.text().length()));
        assertTrue(m.contains(context, RDF.type, Nif.Context));
        assertTrue(m.contains(context, RDF.type, NG.Block));
        assertEquals(1, m.listObjectsOfProperty(context, RDFS.label).toList().size(), "one label, not two");
        assertEquals(a.text(), context.getProperty(Nif.anchorOf).getString());
        ShapesTest.assertConforms(m);
    }

    private Resource statement(String content) {
        Resource s = graph.createResource(Iris.statement(HandBuiltAnalysis.ID, HandBuiltAnalysis.at(text, content)));
        assertTrue(graph.contains(s, RDF.type, NG.Statement), () -> "no statement for: " + content);
        return s;
    }

    private static Set<Resource> objects(Resource s, Property p) {
        return s.getModel().listObjectsOfProperty(s, p).mapWith(RDFNode::asResource).toSet();
    }

    private static Set<String> strings(Resource s, Property p) {
        return s.getModel().listObjectsOfProperty(s, p).mapWith(n -> n.asLiteral().getString()).toList()
                .stream().collect(Collectors.toSet());
    }
}
