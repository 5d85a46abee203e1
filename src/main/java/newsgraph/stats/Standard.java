package newsgraph.stats;

import newsgraph.rdf.NG;
import newsgraph.rdf.Org;
import newsgraph.rdf.Schema;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The standard terms of the article graphs that the statistics count, as nodes. */
final class Standard {

    static final Node TYPE = RDF.type.asNode();
    static final Node LABEL = RDFS.label.asNode();
    static final Node QUOTATION = Schema.Quotation.asNode();
    static final Node NEWS_ARTICLE = Schema.NewsArticle.asNode();
    static final Node PERSON = Schema.Person.asNode();
    static final Node ORGANIZATION = Schema.Organization.asNode();
    static final Node PLACE = Schema.Place.asNode();
    static final Node POST = Org.Post.asNode();
    static final Node CREATOR = Schema.creator.asNode();
    static final Node IS_PART_OF = Schema.isPartOf.asNode();
    static final Node TEXT = Schema.text.asNode();
    static final Node EXAMPLE_OF_WORK = Schema.exampleOfWork.asNode();
    static final Node MENTIONS = Schema.mentions.asNode();
    static final Node ABOUT = Schema.about.asNode();
    static final Node NAME = Schema.name.asNode();
    static final Node ALTERNATE_NAME = Schema.alternateName.asNode();
    static final Node MEMBER_OF = Schema.memberOf.asNode();
    static final Node HOLDS = Org.holds.asNode();
    static final Node POST_IN = Org.postIn.asNode();
    static final Node KIND = NG.kind.asNode();
    static final Node DIRECT = NG.Direct.asNode();
    // the article's date and publisher as issue 10 writes them (schema.org's own terms; Schema has no constants for
    // them yet: they come with that branch, and these then become Schema.datePublished and Schema.publisher)
    static final Node DATE_PUBLISHED = NodeFactory.createURI(Schema.NAMESPACE + "datePublished");
    static final Node PUBLISHER = NodeFactory.createURI(Schema.NAMESPACE + "publisher");
    // a publisher's address, which the outlet filter reads beside its name (ArticleKeys)
    static final Node URL = NodeFactory.createURI(Schema.NAMESPACE + "url");

    private Standard() {
    }
}
