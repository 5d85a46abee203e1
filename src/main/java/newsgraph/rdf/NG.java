package newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The newsgraph ontology ({@code ontology/news.ttl}): one constant per term, checked against the file by a test. */
public final class NG {

    public static final String NAMESPACE = "https://w3id.org/newsgraph/ns#";
    public static final String PREFIX = "ng";
    /** The ontology's own IRI, also the name of the graph that holds it in a store. */
    public static final String ONTOLOGY = "https://w3id.org/newsgraph/ns";

    // classes; Article, Statement, Person, Organization, Place, Role and TextSpan are the same classes as standard
    // ones, which the data writes instead (docs/graph.md, "One term per fact")
    public static final Resource Article = term("Article");
    public static final Resource Statement = term("Statement");
    public static final Resource Agent = term("Agent");
    public static final Resource Person = term("Person");
    public static final Resource Spokesperson = term("Spokesperson");
    public static final Resource Organization = term("Organization");
    public static final Resource Place = term("Place");
    public static final Resource Role = term("Role");
    public static final Resource TextSpan = term("TextSpan");
    public static final Resource Mention = term("Mention");
    public static final Resource Block = term("Block");
    public static final Resource BlockKind = term("BlockKind");
    public static final Resource StatementKind = term("StatementKind");
    public static final Resource AttributionRule = term("AttributionRule");
    public static final Resource Extraction = term("Extraction");
    public static final Resource DetailLevel = term("DetailLevel");

    // object properties; speaker, about, inArticle, mentions, refersTo, holds, roleIn, memberOf and roleTitle are
    // only other names for standard terms: in the ontology for tools that reason, never written (docs/graph.md)
    public static final Property speaker = property("speaker");
    public static final Property about = property("about");
    public static final Property inArticle = property("inArticle");
    public static final Property kind = property("kind");
    public static final Property content = property("content");
    public static final Property cue = property("cue");
    public static final Property speakerMention = property("speakerMention");
    public static final Property sentence = property("sentence");
    public static final Property decidedBy = property("decidedBy");
    public static final Property mentions = property("mentions");
    public static final Property refersTo = property("refersTo");
    public static final Property textContext = property("textContext");
    public static final Property block = property("block");
    public static final Property blockKind = property("blockKind");
    public static final Property holds = property("holds");
    public static final Property roleIn = property("roleIn");
    public static final Property memberOf = property("memberOf");
    public static final Property detailLevel = property("detailLevel");
    // the identity graph (issue 11): hubs no longer used, entities that wait for a full resolve
    public static final Property retiredHub = property("retiredHub");
    public static final Property awaitsResolve = property("awaitsResolve");

    // datatype properties
    public static final Property confidence = property("confidence");
    public static final Property roleTitle = property("roleTitle");

    // statement kinds
    public static final Resource Direct = term("Direct");
    public static final Resource Indirect = term("Indirect");
    public static final Resource Mixed = term("Mixed");

    // block kinds
    public static final Resource Headline = term("Headline");
    public static final Resource Dateline = term("Dateline");
    public static final Resource Standfirst = term("Standfirst");
    public static final Resource Heading = term("Heading");
    public static final Resource Body = term("Body");
    public static final Resource Caption = term("Caption");
    public static final Resource Credit = term("Credit");
    public static final Resource Footer = term("Footer");

    // detail levels
    public static final Resource LeanDetail = term("LeanDetail");
    public static final Resource FullDetail = term("FullDetail");

    // attribution rules
    public static final Resource SpeechTagRule = term("SpeechTagRule");
    public static final Resource AccordingToRule = term("AccordingToRule");
    public static final Resource AppositionRule = term("AppositionRule");
    public static final Resource NominalRule = term("NominalRule");
    public static final Resource PronounRule = term("PronounRule");
    public static final Resource DescriptionRule = term("DescriptionRule");
    public static final Resource GroupRule = term("GroupRule");
    public static final Resource ColonRule = term("ColonRule");
    public static final Resource ContinuationRule = term("ContinuationRule");

    private NG() {
    }

    private static Resource term(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }
}
