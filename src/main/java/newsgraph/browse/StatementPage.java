package newsgraph.browse;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One statement's page: its words in their sentence (quote, cue and speaker mention marked), who said it and how
 * that was decided, what it is about, its place in the article, and for each subject the named query for
 * everything else the speaker said about it.
 */
final class StatementPage {

    private StatementPage() {
    }

    static Document of(Reads reads, Site site, Facts facts) {
        String iri = facts.subject().getURI();
        Statements statements = new Statements(reads, site);
        List<Statements.View> found = statements.of(List.of(iri));
        if (found.isEmpty()) {
            return ResourcePage.of(reads, site, facts);
        }
        Statements.View v = found.get(0);
        String who = v.speaker() == null ? "Someone" : v.speaker().name() == null ? v.speaker().iri() : v.speaker().name();
        Document doc = Html.page("Statement of " + who, null);
        Element main = Html.main(doc);
        main.appendElement("h1").text("Statement of " + who);
        main.appendElement("p").addClass("kind").text(v.kind() == null ? "Statement" : "Statement, " + v.kind());
        Element list = main.appendElement("ol").addClass("statements");
        statements.card(list, v, true);

        Element facts2 = Pages.facts(main);
        if (v.content() != null) {
            Pages.fact(facts2, "Offsets").text(v.content().begin() + "–" + v.content().end()
                    + " (UTF-16 code units of the article text)");
        }
        if (v.ruleComment() != null) {
            Pages.fact(facts2, "The " + v.ruleLabel() + " rule").text(v.ruleComment());
        }
        Pages.identity(facts2, site, iri);
        if (v.speaker() != null && !v.about().isEmpty()) {
            main.appendElement("h2").text("More of the same");
            Element ul = main.appendElement("ul");
            for (Statements.Named about : v.about()) {
                Map<String, String> pair = Map.of("speaker_iri", v.speaker().iri(), "about_iri", about.iri());
                Element li = ul.appendElement("li");
                Html.link(li, Links.query("what-a-said-about-b", pair, 100, 0), "Everything " + who + " said about "
                        + (about.name() == null ? about.iri() : about.name()));
                li.appendText(" (");
                Html.link(li, Links.editor("what-a-said-about-b", pair, 100, 0), "in the SPARQL editor");
                li.appendText(")");
            }
        }
        return doc;
    }
}
