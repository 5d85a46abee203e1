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
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The mapping from an analysis to RDF, on an analysis written by hand (no extractor involved). */
class ArticleGraphTest {

    private final Analysis analysis = HandBuiltAnalysis.of();
    private final String text = analysis.article().text();
    private final Model graph = ArticleGraph.of(analysis, Detail.FULL);

    private final Resource article = graph.createResource(Iris.article(HandBuiltAnalysis.ID));
    private final Resource fallon = graph.createResource(Iris.localEntity(HandBuiltAnalysis.ID, EntityType.PERSON, "Michael Fallon"));
    private final Resource britain = graph.createResource(Iris.localEntity(HandBuiltAnalysis.ID, EntityType.PLACE, "United Kingdom"));
    private final Resource labour = graph.createResource(Iris.localEntity(HandBuiltAnalysis.ID, EntityType.ORGANIZATION, "Labour"));
    private final Resource mixed = statement("the plan was “a good one for Britain”");
    private final Resource direct = statement("We will not comment on that,");

    @Test
    void articleIsANewsArticleWithHeadlineAndText() {
        assertEquals(Set.of(Schema.NewsArticle), types(article));
        assertEquals(HandBuiltAnalysis.HEADLINE, article.getProperty(Schema.headline).getString());
        assertFalse(article.hasProperty(RDFS.label), "the headline is its label (schema:headline ⊑ rdfs:label)");
        Resource context = article.getPropertyResourceValue(NG.textContext);
        assertEquals(Iris.span(HandBuiltAnalysis.ID, 0, text.length()), context.getURI());
        assertEquals(Set.of(Nif.Context, Nif.RFC5147String), types(context));
        assertEquals(text, context.getProperty(Nif.isString).getString());
    }

    @Test
    void statementHasSpeakerTextArticleAndAboutEachOnce() {
        assertEquals(Set.of(Schema.Quotation), types(mixed));
        assertEquals("the plan was “a good one for Britain”", mixed.getProperty(Schema.text).getString());
        assertEquals(Set.of(fallon), objects(mixed, Schema.creator));
        assertEquals(Set.of(britain), objects(mixed, Schema.about));
        assertEquals(Set.of(article), objects(mixed, Schema.isPartOf));
        assertEquals(Set.of(), objects(direct, Schema.about));
        // newsgraph's aliases of those are in the ontology, not in the data
        for (Property alias : List.of(NG.speaker, Prov.wasAttributedTo, NG.about, NG.inArticle)) {
            assertFalse(graph.contains(null, alias, (RDFNode) null), alias.getURI());
        }
        assertFalse(mixed.hasProperty(RDFS.label), "no label made of the speaker's name and the words");
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
        assertFalse(content.hasProperty(Nif.anchorOf), "the content's words are the statement's schema:text, once");
        assertEquals(mixed.getProperty(Schema.text).getString(),
                text.substring(content.getProperty(Nif.beginIndex).getInt(), content.getProperty(Nif.endIndex).getInt()));
    }

    @Test
    void speakerMentionRefersToTheSpeaker() {
        Resource mention = mixed.getPropertyResourceValue(NG.speakerMention);
        assertEquals("Defence Secretary Sir Michael Fallon", mention.getProperty(Nif.anchorOf).getString());
        assertEquals(Set.of(fallon), objects(mention, Nif.taIdentRef));
        assertEquals(Set.of(), types(mention), "a span is known by its offsets and what points to it, not by a class");
        assertFalse(mention.hasProperty(RDFS.label), "no label repeating the anchor");
    }

    @Test
    void namedEntitiesGetArticleScopedIrisFromTheirCanonicalName() {
        // "the entity this article calls X": which real entity it is lives in a store's identity graph (issue 11)
        assertTrue(fallon.getURI().startsWith(Iris.article(HandBuiltAnalysis.ID) + "/person/"));
        assertEquals(Set.of(Schema.Person), types(fallon));
        assertEquals(Set.of(Schema.Place), types(britain));
        assertEquals(Set.of(Schema.Organization), types(labour));
        assertEquals("United Kingdom", britain.getProperty(Schema.name).getString());
        assertFalse(britain.hasProperty(RDFS.label), "the name is its label (schema:name ⊑ rdfs:label)");
        assertEquals(Set.of("Britain"), strings(britain, Schema.alternateName));
        assertEquals(Set.of(fallon, britain, labour, spokesman()), objects(article, Schema.mentions));
    }

    @Test
    void spokespersonGetsAnArticleScopedIriItsPartyAndOneClass() {
        Resource spokesman = spokesman();
        assertEquals(Iris.localEntity(HandBuiltAnalysis.ID, EntityType.PERSON, "Labour spokesman"), spokesman.getURI());
        assertTrue(spokesman.getURI().startsWith(Iris.article(HandBuiltAnalysis.ID) + "/"));
        // the most specific class: ng:Spokesperson ⊑ ng:Person ≡ schema:Person, so not a named person
        assertEquals(Set.of(NG.Spokesperson), types(spokesman));
        assertEquals(Set.of(labour), objects(spokesman, Schema.memberOf));
        assertFalse(spokesman.hasProperty(Org.memberOf) || spokesman.hasProperty(NG.memberOf), "membership once");
    }

    @Test
    void rolesArePostsInTheirOrganisation() {
        Resource defenceSecretary = graph.createResource(Iris.role("Defence Secretary", null));
        assertEquals(Set.of(defenceSecretary), objects(fallon, Org.holds));
        assertEquals(Set.of(Org.Post), types(defenceSecretary));
        assertEquals("Defence Secretary", defenceSecretary.getProperty(RDFS.label).getString());
        assertEquals(Set.of("Defence Secretary"), strings(fallon, Schema.jobTitle));

        Resource post = spokesman().getPropertyResourceValue(Org.holds);
        assertEquals(Iris.role("spokesman", labour.getURI()), post.getURI());
        assertEquals(Set.of(labour), objects(post, Org.postIn));
        assertEquals("spokesman (Labour)", post.getProperty(RDFS.label).getString());
        for (Property alias : List.of(NG.holds, NG.roleIn, NG.roleTitle)) {
            assertFalse(graph.contains(null, alias, (RDFNode) null), alias.getURI());
        }
    }

    @Test
    void vocabularyIndividualsAreNamedNotDescribed() {
        // their types and labels are the ontology's, which the store holds next to the articles
        assertTrue(graph.contains(mixed, NG.decidedBy, NG.AppositionRule));
        for (Resource individual : List.of(NG.AppositionRule, NG.GroupRule, NG.Direct, NG.Mixed, NG.Headline,
                NG.Body, NG.FullDetail)) {
            assertFalse(graph.contains(individual, null, (RDFNode) null), individual.getURI());
        }
        assertEquals("group or anonymous source", NewsOntology.label(NG.GroupRule).getString());
    }

    @Test
    void blocksAreLabelledSpansAtFullDetailOnly() {
        List<Resource> blocks = graph.listObjectsOfProperty(article, NG.block).mapWith(RDFNode::asResource).toList();
        assertEquals(3, blocks.size());
        Resource headline = graph.createResource(Iris.span(HandBuiltAnalysis.ID, 0, HandBuiltAnalysis.HEADLINE.length()));
        assertEquals(NG.Headline, headline.getPropertyResourceValue(NG.blockKind));
        assertEquals(HandBuiltAnalysis.HEADLINE, textOf(headline, text));
        assertFalse(headline.hasProperty(Nif.anchorOf), "its words are in the text, and in schema:headline");

        Model lean = ArticleGraph.of(analysis);
        assertFalse(lean.contains(null, NG.block, (RDFNode) null));
        assertFalse(lean.contains(null, NG.blockKind, (RDFNode) null));
    }

    @Test
    void extractionIsRecordedWithProvAndItsDetailLevel() {
        Resource extraction = graph.createResource(Iris.extraction(HandBuiltAnalysis.ID));
        assertEquals(Set.of(NG.Extraction), types(extraction));
        assertTrue(graph.contains(extraction, Prov.used, article));
        assertTrue(graph.contains(mixed, Prov.wasGeneratedBy, extraction));
        assertEquals(NG.FullDetail, extraction.getPropertyResourceValue(NG.detailLevel));
        Resource software = extraction.getPropertyResourceValue(Prov.wasAssociatedWith);
        assertEquals("https://w3id.org/newsgraph/software/newsgraph/" + ArticleGraph.VERSION, software.getURI());
        assertEquals(Set.of(Prov.SoftwareAgent), types(software));
        assertEquals(ArticleGraph.VERSION, software.getProperty(Schema.softwareVersion).getString());

        Model lean = ArticleGraph.of(analysis);
        assertEquals(NG.LeanDetail, lean.createResource(extraction.getURI()).getPropertyResourceValue(NG.detailLevel));
    }

    @Test
    void sameAnalysisGivesTheSameGraph() {
        assertTrue(graph.isIsomorphicWith(ArticleGraph.of(HandBuiltAnalysis.of(), Detail.FULL)));
        assertTrue(ArticleGraph.of(analysis).isIsomorphicWith(ArticleGraph.of(HandBuiltAnalysis.of())));
    }

    @Test
    void conformsToTheShapesAtBothLevels() {
        ShapesTest.assertConforms(graph);
        ShapesTest.assertConforms(ArticleGraph.of(analysis, Detail.LEAN));
    }

    @Test
    void leanDropsPronounAndDescriptionMentionsButNotTheSpeakers() {
        // the minister is named once, then referred to by a pronoun that names a speaker ("He said") and by a
        // description that does not ("The minister smiled")
        Article a = new Article("mentions", "Pact\nMichael Fallon spoke. He said the pact held. The minister smiled.\n");
        Span name = HandBuiltAnalysis.at(a.text(), "Michael Fallon");
        Span he = HandBuiltAnalysis.at(a.text(), "He");
        Span minister = HandBuiltAnalysis.at(a.text(), "The minister");
        Entity fallonEntity = new Entity("p1", EntityType.PERSON, "Michael Fallon", List.of("Michael Fallon"),
                List.of(new Mention(name, "Michael Fallon", MentionKind.NAME, "p1"),
                        new Mention(he, "He", MentionKind.PRONOUN, "p1"),
                        new Mention(minister, "The minister", MentionKind.DESCRIPTION, "p1")),
                List.of(), List.of(), false);
        Statement said = new Statement(HandBuiltAnalysis.at(a.text(), "the pact held"), StatementKind.INDIRECT,
                HandBuiltAnalysis.at(a.text(), "said"), he, "p1", SpeakerRule.PRONOUN, 0.7, List.of(),
                HandBuiltAnalysis.at(a.text(), "He said the pact held."));
        Analysis small = new Analysis(a, List.of(new Block(0, 1, new Span(0, 4), BlockKind.HEADLINE)),
                List.of(fallonEntity), List.of(said));
        Resource person = ResourceFactory.createResource(Iris.localEntity("mentions", EntityType.PERSON, "Michael Fallon"));

        Model full = ArticleGraph.of(small, Detail.FULL);
        assertEquals(Set.of("Michael Fallon", "He", "The minister"), wordsOfMentionsOf(full, person, a.text()));
        Model lean = ArticleGraph.of(small, Detail.LEAN);
        assertEquals(Set.of("Michael Fallon", "He"), wordsOfMentionsOf(lean, person, a.text()));
        // the speaker mention carries its words, which a reader of the statement reads; the name is in the text
        assertTrue(lean.contains(lean.createResource(Iris.span("mentions", he)), Nif.anchorOf, "He"));
        assertFalse(lean.createResource(Iris.span("mentions", name)).hasProperty(Nif.anchorOf));
        ShapesTest.assertConforms(lean);
        ShapesTest.assertConforms(full);
    }

    @Test
    void placeThatSpeaksIsAPlace() {
        // "Russia said ...": the extractor may give a statement to a country; it stays a schema:Place
        Article a = new Article("country", "Talks\nRussia said the talks had failed.\n");
        Span russia = HandBuiltAnalysis.at(a.text(), "Russia");
        Entity place = new Entity("g1", EntityType.PLACE, "Russia", List.of("Russia"),
                List.of(new Mention(russia, "Russia", MentionKind.NAME, "g1")), List.of(), List.of(), false);
        Statement said = new Statement(HandBuiltAnalysis.at(a.text(), "the talks had failed"), StatementKind.INDIRECT,
                HandBuiltAnalysis.at(a.text(), "said"), russia, "g1", SpeakerRule.SPEECH_TAG, 0.9, List.of(), null);
        List<Block> blocks = List.of(new Block(0, 1, new Span(0, 5), BlockKind.HEADLINE),
                new Block(1, 2, new Span(6, a.text().length() - 1), BlockKind.BODY));
        Model m = ArticleGraph.of(new Analysis(a, blocks, List.of(place), List.of(said)));
        Resource node = m.createResource(Iris.localEntity("country", EntityType.PLACE, "Russia"));
        assertEquals(Set.of(Schema.Place), types(node));
        assertTrue(m.contains(null, Schema.creator, node));
        ShapesTest.assertConforms(m);
    }

    @Test
    void spanOfTheWholeTextIsTheContextItself() {
        // a one-line article without a final newline: its only block covers the whole text
        Article a = new Article("one-line", "Nothing was said today");
        Block only = new Block(0, 1, new Span(0, a.text().length()), BlockKind.HEADLINE);
        Model m = ArticleGraph.of(new Analysis(a, List.of(only), List.of(), List.of()), Detail.FULL);
        Resource context = m.createResource(Iris.span("one-line", 0, a.text().length()));
        assertTrue(m.contains(context, RDF.type, Nif.Context));
        assertEquals(NG.Headline, context.getPropertyResourceValue(NG.blockKind));
        // its text once: nif:isString (⊑ nif:anchorOf), no anchor beside it, and no reference to itself
        assertEquals(a.text(), context.getProperty(Nif.isString).getString());
        assertFalse(context.hasProperty(Nif.anchorOf));
        assertFalse(context.hasProperty(Nif.referenceContext));
        ShapesTest.assertConforms(m);
    }

    private Resource statement(String content) {
        Resource s = graph.createResource(Iris.statement(HandBuiltAnalysis.ID, HandBuiltAnalysis.at(text, content)));
        assertTrue(graph.contains(s, RDF.type, Schema.Quotation), () -> "no statement for: " + content);
        return s;
    }

    private Resource spokesman() {
        return direct.getPropertyResourceValue(Schema.creator);
    }

    private static Set<Resource> types(Resource r) {
        return objects(r, RDF.type);
    }

    private static Set<String> wordsOfMentionsOf(Model m, Resource entity, String text) {
        return m.listSubjectsWithProperty(Nif.taIdentRef, entity).mapWith(mention -> textOf(mention, text)).toSet();
    }

    /** The text between a span's offsets. */
    private static String textOf(Resource span, String text) {
        return text.substring(span.getProperty(Nif.beginIndex).getInt(), span.getProperty(Nif.endIndex).getInt());
    }

    private static Set<Resource> objects(Resource s, Property p) {
        return s.getModel().listObjectsOfProperty(s, p).mapWith(RDFNode::asResource).toSet();
    }

    private static Set<String> strings(Resource s, Property p) {
        return s.getModel().listObjectsOfProperty(s, p).mapWith(n -> n.asLiteral().getString()).toList()
                .stream().collect(Collectors.toSet());
    }

    /** One source for the version: the pom's, as Maven filled it in, in the graph and in --version alike. */
    @org.junit.jupiter.api.Test
    void theVersionIsThePoms() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        java.util.regex.Matcher project = java.util.regex.Pattern
                .compile("<artifactId>newsgraph</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(project.find() && project.group(1) != null, "the pom's own <version>");
        assertEquals(project.group(1), ArticleGraph.VERSION);
    }
}
