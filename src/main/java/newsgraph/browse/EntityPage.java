package newsgraph.browse;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.rdf.Org;
import newsgraph.rdf.Schema;
import newsgraph.store.NamedQuery;
import newsgraph.store.Page;
import newsgraph.store.PageNote;
import newsgraph.store.PagedQuery;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's, organisation's or place's page: names, kind, roles and memberships, links elsewhere; what they said
 * and what was said about them, a page at a time (the named queries {@code who-said-what} and {@code said-about},
 * given the entity's IRI); whom they speak about most and who speaks about them most ({@code whom-a-speaks-about},
 * {@code who-speaks-about}). The statements about it and the two tables are read on other threads of the same snapshot
 * while the request's thread reads the statements by it ({@link ReadAside}).
 * Each list links to its named query, as data and in the SPARQL editor.
 */
final class EntityPage {

    static final int PAGE = 20;
    static final int MAX_PAGE = 100;
    static final int TOP = 10;
    /** Statements counted at most for "1–20 of 1,234" (beyond: "of more than 1,000"), so that counting stays cheap. */
    static final long COUNT_CAP = 1_000;
    private static final long MAX_OFFSET = 100_000_000;

    private EntityPage() {
    }

    static Document of(Reads reads, Site site, Facts facts, HttpServletRequest request) {
        long size = BrowseServlet.number(request, "n", PAGE, 1, MAX_PAGE);
        long byOffset = BrowseServlet.number(request, "by", 0, 0, MAX_OFFSET);
        long aboutOffset = BrowseServlet.number(request, "about", 0, 0, MAX_OFFSET);
        String iri = facts.subject().getURI();
        String name = facts.title();

        Map<String, String> asSpeaker = Map.of("speaker_iri", iri);
        Map<String, String> asSubject = Map.of("about_iri", iri);
        // the two lists are read at once: the statements about it (the page, its count, each statement's parts) on
        // another thread of the same snapshot while this one reads the header and its own statements; the two top-10
        // tables, read from the kept counts, on the pool's other thread
        ReadAside<Listed> aboutRead = reads.aside(r -> Listed.read(r, site, "said-about", asSubject, size,
                aboutOffset));
        ReadAside<Top> whom = reads.aside(r -> Top.read(r, "whom-a-speaks-about", asSpeaker, "about", "entity"));
        ReadAside<Top> who = reads.aside(r -> Top.read(r, "who-speaks-about", asSubject, "speaker", "who"));
        Document doc = Html.page(name, null);
        Element main = Html.main(doc);
        main.appendElement("h1").text(name);
        main.appendElement("p").addClass("kind").text(Pages.kind(facts));
        header(main, reads, site, facts);

        Listed by = Listed.read(reads, site, "who-said-what", asSpeaker, size, byOffset);
        Listed about = aboutRead.join(reads);
        Statements statements = new Statements(reads, site);

        String self = site.page(iri);
        section(main, "by", "Statements by " + name, by, statements,
                offset -> self + "?" + pageQuery(offset, aboutOffset, size) + "#by",
                "who-said-what", asSpeaker, size, byOffset, "No statement of " + name + " was found.");
        section(main, "about", "Statements about " + name, about, statements,
                offset -> self + "?" + pageQuery(byOffset, offset, size) + "#about",
                "said-about", asSubject, size, aboutOffset, "No statement about " + name + " was found.");

        Top whomTop = whom.join(reads);
        Top whoTop = who.join(reads);
        if (by.note().shown() > 0 || by.note().offset() > 0) {
            top(main, site, "Whom " + name + " speaks about most", "whom-a-speaks-about", asSpeaker, whomTop);
        }
        if (about.note().shown() > 0 || about.note().offset() > 0) {
            top(main, site, "Who speaks about " + name + " most", "who-speaks-about", asSubject, whoTop);
        }
        return doc;
    }

    private static String pageQuery(long by, long about, long size) {
        return "by=" + by + "&about=" + about + (size == PAGE ? "" : "&n=" + size);
    }

    private static void header(Element main, Reads reads, Site site, Facts facts) {
        Element list = Pages.facts(main);
        List<String> others = new ArrayList<>(facts.texts(Schema.alternateName.asNode()));
        others.removeAll(facts.texts(Schema.name.asNode()));
        if (!others.isEmpty()) {
            Pages.fact(list, "Also named").text(String.join(" · ", others));
        }
        List<Node> posts = facts.get(Org.holds.asNode());
        List<String> titles = facts.texts(Schema.jobTitle.asNode());
        if (!posts.isEmpty() || !titles.isEmpty()) {
            Element roles = Pages.fact(list, "Roles");
            List<String> shown = new ArrayList<>();
            for (Node post : posts) {
                if (!shown.isEmpty()) {
                    roles.appendText(" · ");
                }
                Pages.value(roles, reads, site, post);
                shown.add(Facts.name(reads, post));
            }
            for (String title : titles) {
                if (shown.stream().noneMatch(s -> s != null && s.startsWith(title))) {
                    roles.appendText(shown.isEmpty() ? "" : " · ").appendText(title);
                    shown.add(title);
                }
            }
        }
        List<Node> memberOf = facts.get(Schema.memberOf.asNode());
        if (!memberOf.isEmpty()) {
            Element member = Pages.fact(list, "Member of");
            for (int i = 0; i < memberOf.size(); i++) {
                if (i > 0) {
                    member.appendText(" · ");
                }
                Pages.value(member, reads, site, memberOf.get(i));
            }
        }
        Node hub = facts.hub();
        if (hub != null) {
            // an article's entity: its statements across all articles are on the page of the real entity
            Pages.value(Pages.fact(list, "In all articles"), reads, site, hub);
        }
        List<Node> sameAs = facts.sameAs();
        if (!sameAs.isEmpty()) {
            Element links = Pages.fact(list, "Elsewhere");
            for (int i = 0; i < sameAs.size(); i++) {
                if (i > 0) {
                    links.appendText(" · ");
                }
                Pages.value(links, reads, site, sameAs.get(i));
            }
        }
        Pages.identity(list, site, facts.subject().getURI());
    }

    /**
     * A page of one list of statements: what the page is (its count) and its statements as the page shows them, read
     * whole (nothing left to read from the store once its transaction ends, so it can be read on another thread).
     */
    record Listed(PageNote note, List<String> iris, List<Statements.View> views) {

        static Listed read(Reads reads, Site site, String query, Map<String, String> parameters, long size,
                long offset) {
            PagedQuery.Answer answer = reads.page(NamedQuery.find(query).bind(parameters, Page.of(size, offset)),
                    COUNT_CAP);
            List<String> iris = column(answer, "statement");
            return new Listed(answer.note(), iris, new Statements(reads, site).of(iris));
        }
    }

    /** A list of statements with its paging, and the named query that gave it. */
    private static void section(Element main, String id, String title, Listed listed, Statements statements,
            java.util.function.LongFunction<String> href, String query, Map<String, String> parameters, long size,
            long offset, String none) {
        Element section = main.appendElement("section").attr("id", id);
        section.appendElement("h2").text(title);
        if (listed.iris().isEmpty() && offset == 0) {
            section.appendElement("p").text(none);
        } else {
            PageNav.append(section, listed.note(), "statements", "statement", href, true);
            Element list = section.appendElement("ol").addClass("statements");
            for (Statements.View view : listed.views()) {
                statements.card(list, view, true);
            }
            PageNav.append(section, listed.note(), "statements", "statement", href, false);
        }
        queryLinks(section, query, parameters, size, offset);
    }

    /**
     * The few entities most spoken about by it, or the speakers most speaking about it: each row's entity, name and
     * statements, read whole (nothing left to read from the store once its transaction ends), and whether more follow.
     */
    record Top(boolean speakers, List<Node[]> rows, boolean more) {

        static Top read(Reads reads, String query, Map<String, String> parameters, String nameColumn,
                String iriColumn) {
            PagedQuery.Answer answer = reads.page(NamedQuery.find(query).bind(parameters, Page.of(TOP, 0)), 0);
            List<Node[]> rows = new ArrayList<>();
            while (answer.rows().hasNext()) {
                Binding row = answer.rows().next();
                rows.add(new Node[] {row.get(Var.alloc(iriColumn)), row.get(Var.alloc(nameColumn)),
                        row.get(Var.alloc("statements"))});
            }
            return new Top(nameColumn.equals("speaker"), rows, answer.note().more());
        }
    }

    private static void top(Element main, Site site, String title, String query, Map<String, String> parameters,
            Top top) {
        Element section = main.appendElement("section");
        section.appendElement("h2").text(title);
        Element table = section.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(top.speakers() ? "speaker" : "about");
        head.appendElement("th").addClass("number").text("statements");
        Element body = table.appendElement("tbody");
        for (Node[] row : top.rows()) {
            Node entity = row[0];
            Node name = row[1];
            Node count = row[2];
            Element tr = body.appendElement("tr");
            Html.link(tr.appendElement("td"), entity != null && entity.isURI() ? site.page(entity.getURI()) : null,
                    name == null ? "?" : name.getLiteralLexicalForm());
            tr.appendElement("td").addClass("number").text(count == null ? "" : count.getLiteralLexicalForm());
        }
        if (top.more()) {
            section.appendElement("p").text("The first " + TOP + "; the rest through the named query below.");
        }
        queryLinks(section, query, parameters, 100, 0);
    }

    /** The named query behind a list: as an HTML table, as data, in the SPARQL editor. */
    static void queryLinks(Element parent, String query, Map<String, String> parameters, long limit, long offset) {
        Element p = parent.appendElement("p").addClass("queries");
        p.appendText("Named query ");
        p.appendElement("code").text(query);
        p.appendText(": ");
        Html.link(p, Links.query(query, parameters, limit, offset), "table");
        p.appendText(" · ");
        Html.link(p, Links.query(query, parameters, limit, offset, "json"), "JSON");
        p.appendText(" · ");
        Html.link(p, Links.query(query, parameters, limit, offset, "csv"), "CSV");
        p.appendText(" · ");
        Html.link(p, Links.editor(query, parameters, limit, offset), "in the SPARQL editor");
    }

    /** The IRIs of a column, once each, in order. */
    static List<String> column(PagedQuery.Answer answer, String variable) {
        List<String> iris = new ArrayList<>();
        answer.rows().forEachRemaining(row -> {
            Node n = row.get(Var.alloc(variable));
            if (n != null && n.isURI() && !iris.contains(n.getURI())) {
                iris.add(n.getURI());
            }
        });
        answer.rows().reset();
        return iris;
    }
}
