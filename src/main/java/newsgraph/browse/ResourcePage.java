package newsgraph.browse;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Any other node of the graph (a role, an extraction, a text): its properties, and what points at it. */
final class ResourcePage {

    private static final int POINTING = 100;

    private ResourcePage() {
    }

    static Document of(Reads reads, Site site, Facts facts) {
        String title = facts.title();
        Document doc = Html.page(title, null);
        Element main = Html.main(doc);
        main.appendElement("h1").text(title);
        Element table = main.appendElement("table");
        facts.all().forEach((property, values) -> {
            Element tr = table.appendElement("tr");
            tr.appendElement("th").addClass("iri").text(property.getURI());
            Element td = tr.appendElement("td");
            int i = 0;
            for (Node value : values) {
                if (i++ > 0) {
                    td.appendElement("br");
                }
                Pages.value(td, reads, site, value);
            }
        });
        if (facts.isCut()) {
            main.appendElement("p").text("(Only the first " + Html.number(Facts.MAX_QUADS) + " statements of the"
                    + " graph about it were read.)");
        }
        List<Triple> pointing = Facts.pointingAt(reads, facts.subject(), Set.of(), POINTING);
        if (!pointing.isEmpty()) {
            main.appendElement("h2").text("Pointing here");
            Element in = main.appendElement("table");
            for (Triple t : pointing) {
                Element tr = in.appendElement("tr");
                Pages.value(tr.appendElement("td"), reads, site, t.getSubject());
                tr.appendElement("td").addClass("iri").text(t.getPredicate().getURI());
            }
            if (pointing.size() == POINTING) {
                main.appendElement("p").text("(The first " + POINTING + ".)");
            }
        }
        Pages.identity(Pages.facts(main), site, facts.subject().getURI());
        return doc;
    }
}
