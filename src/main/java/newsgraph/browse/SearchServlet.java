package newsgraph.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import newsgraph.store.NamedQuery;
import newsgraph.store.Page;
import newsgraph.store.PagedQuery;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code /search?name=…}: the people, organisations and places whose names contain the text (the named query
 * {@code entities-named}, which reads the name index), each linked to its page; without a name, where to start.
 */
final class SearchServlet extends BrowseServlet {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    SearchServlet(Browsing browsing) {
        super(browsing);
    }

    @Override
    Reply answer(HttpServletRequest request, Reads reads) {
        String name = parameter(request, "name");
        name = name == null ? "" : name.strip();
        if (name.length() > NamedQueryServlet.MAX_VALUE) {
            throw new BadRequest("a name of " + name.length() + " characters is longer than any name; at most "
                    + NamedQueryServlet.MAX_VALUE + " are taken");
        }
        long offset = number(request, "offset", 0, 0, 100_000_000);
        Document doc = Html.page(name.isEmpty() ? "Browse" : name, name);
        Element main = Html.main(doc);
        if (name.isEmpty()) {
            main.appendElement("h1").text("Who said what about whom");
            main.appendElement("p").text("Type a name in the box above — a person, an organisation, a place — to see"
                    + " what they said, what was said about them and by whom, each statement in its sentence and"
                    + " its article.");
            Element p = main.appendElement("p");
            p.appendText("Or run one of the ");
            Html.link(p, Browsing.NAMED_QUERIES, "named queries");
            p.appendText(", or write SPARQL in the ");
            Html.link(p, "/#/dataset/news/query", "query editor");
            p.appendText(".");
            return Reply.html(HttpServletResponse.SC_OK, doc);
        }
        Map<String, String> parameters = Map.of("name", name);
        PagedQuery.Answer answer = reads.page(NamedQuery.find("entities-named").bind(parameters, Page.of(PAGE, offset)),
                NamedQueryServlet.COUNT_CAP);
        main.appendElement("h1").text("Names with “" + name + "”");
        String query = Links.encode(name);
        PageNav.append(main, answer.note(), "entities", "entity",
                o -> "/search?name=" + query + (o > 0 ? "&offset=" + o : ""), false);
        if (answer.note().shown() == 0) {
            main.appendElement("p").text(offset == 0 ? "No person, organisation or place has a name with “" + name
                    + "”." : "No more.");
        } else {
            Element table = main.appendElement("table");
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").text("name");
            head.appendElement("th").text("kind");
            head.appendElement("th").addClass("number").text("articles");
            Element body = table.appendElement("tbody");
            while (answer.rows().hasNext()) {
                Binding row = answer.rows().next();
                Node entity = row.get(Var.alloc("entity"));
                Element tr = body.appendElement("tr");
                Html.link(tr.appendElement("td"), entity.isURI() ? browsing.site().page(entity.getURI()) : null,
                        text(row, "entity_name"));
                tr.appendElement("td").text(text(row, "type"));
                tr.appendElement("td").addClass("number").text(text(row, "articles"));
            }
        }
        PageNav.append(main, answer.note(), "entities", "entity",
                o -> "/search?name=" + query + (o > 0 ? "&offset=" + o : ""), false);
        EntityPage.queryLinks(main, "entities-named", parameters, PAGE, offset);
        return Reply.html(HttpServletResponse.SC_OK, doc);
    }

    private static String text(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
