package newsgraph.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.rdf.Nif;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.jsoup.nodes.Element;

/**
 * Statements as the pages show them: each in its sentence, the quoted words highlighted, the cue and the mention of
 * the speaker marked, with the speaker, what it is about, the rule that decided the speaker and its confidence,
 * and a link to the place in its article. Read with {@code newsgraph/browse/statements.rq}.
 */
final class Statements {

    /** At most this much text either side of the quoted words (a cue or mention further away is left out). */
    private static final int CONTEXT = 400;

    private static final Query QUERY = Reads.resource("statements");

    record Span(int begin, int end) {
    }

    record Named(String iri, String name) {
    }

    /** One statement, as the pages show it. */
    record View(String iri, String article, String headline, String published, String text, String kind, Span content,
            Span sentence, Span cue, Span mention, Named speaker, String ruleLabel, String ruleComment, String confidence,
            List<Named> about) {
    }

    private final Reads reads;
    private final Site site;
    private final Map<String, String> texts = new HashMap<>();

    Statements(Reads reads, Site site) {
        this.reads = reads;
        this.site = site;
    }

    /** The statements with these IRIs, in this order (those not found left out). */
    List<View> of(List<String> iris) {
        if (iris.isEmpty()) {
            return List.of();
        }
        Map<String, View> found = read(Reads.withValues(QUERY, "statement",
                iris.stream().distinct().map(NodeFactory::createURI).toList()));
        List<View> views = new ArrayList<>();
        for (String iri : iris) {
            if (found.containsKey(iri)) {
                views.add(found.get(iri));
            }
        }
        return views;
    }

    /** Every statement of an article, in the order of their words. */
    List<View> inArticle(String article) {
        List<View> views = new ArrayList<>(read(Reads.withValues(QUERY, "article",
                List.of(NodeFactory.createURI(article)))).values());
        views.sort(Comparator.comparingInt((View v) -> v.content().begin()).thenComparing(View::iri));
        return views;
    }

    private Map<String, View> read(Query query) {
        RowSetRewindable rows = reads.select(query);
        Map<String, View> views = new LinkedHashMap<>();
        Map<String, List<Named>> about = new HashMap<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            String iri = row.get(Var.alloc("statement")).getURI();
            String entity = iri(row, "about");
            if (entity != null) {
                List<Named> list = about.computeIfAbsent(iri, k -> new ArrayList<>());
                if (list.stream().noneMatch(n -> n.iri().equals(entity))) {
                    list.add(new Named(entity, text(row, "about_name")));
                }
            }
            if (views.containsKey(iri)) {
                continue;
            }
            String speaker = iri(row, "speaker");
            views.put(iri, new View(iri, iri(row, "article"), text(row, "headline"), text(row, "published"),
                    text(row, "text"), text(row, "kind"), span(row, "begin", "end"),
                    span(row, "sentence_begin", "sentence_end"), span(row, "cue_begin", "cue_end"),
                    span(row, "mention_begin", "mention_end"),
                    speaker == null ? null : new Named(speaker, text(row, "speaker_name")),
                    text(row, "rule_label"), text(row, "rule_comment"), text(row, "confidence"), List.of()));
        }
        views.replaceAll((iri, v) -> new View(v.iri(), v.article(), v.headline(), v.published(), v.text(), v.kind(),
                v.content(), v.sentence(), v.cue(), v.mention(), v.speaker(), v.ruleLabel(), v.ruleComment(),
                v.confidence(), List.copyOf(about.getOrDefault(iri, List.of()))));
        return views;
    }

    /** The article's text ({@code nif:isString} in its graph), once per request; null if it has none. */
    String articleText(String article) {
        return texts.computeIfAbsent(article, a -> {
            Iterator<Quad> found = reads.dataset().find(NodeFactory.createURI(a), Node.ANY, Nif.isString.asNode(),
                    Node.ANY);
            while (found.hasNext()) {
                Node text = found.next().getObject();
                if (text.isLiteral()) {
                    return text.getLiteralLexicalForm();
                }
            }
            return null;
        });
    }

    /** A statement as an item of a list: its words in their sentence, then what it is. */
    void card(Element list, View v, boolean linkArticle) {
        Element item = list.appendElement("li").addClass("statement");
        Element quote = item.appendElement("blockquote");
        words(quote, v, true);
        Element meta = item.appendElement("p").addClass("meta");
        if (v.speaker() != null) {
            Html.link(meta, site.page(v.speaker().iri()), v.speaker().name() == null ? v.speaker().iri()
                    : v.speaker().name()).addClass("speaker");
        } else {
            meta.appendElement("span").text("speaker unknown");
        }
        if (v.kind() != null) {
            meta.appendElement("span").addClass("kind").text(v.kind());
        }
        if (v.ruleLabel() != null || v.confidence() != null) {
            Element rule = meta.appendElement("span").addClass("rule").text("speaker by the "
                    + (v.ruleLabel() == null ? "?" : v.ruleLabel()) + " rule, confidence "
                    + (v.confidence() == null ? "?" : v.confidence()));
            if (v.ruleComment() != null) {
                rule.attr("title", v.ruleComment());
            }
        }
        if (!v.about().isEmpty()) {
            Element about = meta.appendElement("span").addClass("about").appendText("about ");
            for (int i = 0; i < v.about().size(); i++) {
                Named n = v.about().get(i);
                if (i > 0) {
                    about.appendText(", ");
                }
                Html.link(about, site.page(n.iri()), n.name() == null ? n.iri() : n.name());
            }
        }
        if (linkArticle) {
            String page = site.page(v.article());
            String anchor = page == null ? null : page + "#" + charFragment(v.content());
            Html.link(meta, anchor, "in: " + (v.headline() == null ? v.article() : v.headline())).addClass("article");
        }
        if (v.published() != null) {
            meta.appendElement("span").addClass("published").text(v.published());
        }
        Html.link(meta, site.page(v.iri()), "statement").addClass("permalink");
    }

    /** The quoted words in their sentence, with the cue and the speaker's mention marked when they are near. */
    void words(Element into, View v, boolean inContext) {
        String text = articleText(v.article());
        Span content = v.content();
        if (text == null || content == null || content.end() > text.length()
                || !text.substring(content.begin(), content.end()).equals(v.text())) {
            // another tool's data, without the article's text or with other offsets: the words alone
            into.appendElement("mark").addClass("quote").text(v.text() == null ? "" : v.text());
            return;
        }
        int from = content.begin();
        int to = content.end();
        List<Highlighter.Mark> marks = new ArrayList<>();
        marks.add(new Highlighter.Mark(content.begin(), content.end(), Highlighter.Kind.QUOTE, null, "the statement"));
        if (inContext) {
            for (Span s : new Span[] {v.sentence(), v.cue(), v.mention()}) {
                if (s != null && s.begin() >= content.begin() - CONTEXT && s.end() <= content.end() + CONTEXT) {
                    from = Math.min(from, s.begin());
                    to = Math.max(to, s.end());
                }
            }
        }
        if (v.cue() != null) {
            marks.add(new Highlighter.Mark(v.cue().begin(), v.cue().end(), Highlighter.Kind.CUE, null, "the cue"));
        }
        if (v.mention() != null) {
            marks.add(new Highlighter.Mark(v.mention().begin(), v.mention().end(), Highlighter.Kind.MENTION, null,
                    "the mention of the speaker"));
        }
        from = sentenceStart(text, Math.max(0, from));
        to = sentenceEnd(text, Math.min(text.length(), to));
        if (from > 0 && text.charAt(from - 1) != '\n' && !endsSentence(text, from - 1)) {
            into.appendText("…");
        }
        Highlighter.render(into, text, from, to, marks);
        if (to < text.length() && text.charAt(to) != '\n' && !endsSentence(text, to)) {
            into.appendText("…");
        }
    }

    /** Back to the start of the sentence (after ". " or a line end), at most {@link #CONTEXT} characters. */
    private static int sentenceStart(String text, int from) {
        int limit = Math.max(0, from - CONTEXT);
        int i = from;
        while (i > limit && text.charAt(i - 1) != '\n' && !endsSentence(text, i - 1)) {
            i--;
        }
        return i;
    }

    /** On to the end of the sentence (". " or a line end), at most {@link #CONTEXT} characters. */
    private static int sentenceEnd(String text, int to) {
        int limit = Math.min(text.length(), to + CONTEXT);
        int i = to;
        while (i < limit && text.charAt(i) != '\n' && !endsSentence(text, i)) {
            i++;
        }
        return i;
    }

    /** Whether a sentence ends before the space at {@code i}: ". ", "? ", "! ", ".” ". */
    private static boolean endsSentence(String text, int i) {
        if (i <= 0 || i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        char before = text.charAt(i - 1);
        if (before == '”' || before == '"' || before == '’') {
            before = i >= 2 ? text.charAt(i - 2) : ' ';
        }
        return before == '.' || before == '?' || before == '!';
    }

    /** The RFC 5147 fragment of a span: {@code char=10,20}, the id of its element on the article page. */
    static String charFragment(Span span) {
        return "char=" + span.begin() + "," + span.end();
    }

    private static String iri(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        return n != null && n.isURI() ? n.getURI() : null;
    }

    private static String text(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static Span span(Binding row, String begin, String end) {
        Node b = row.get(Var.alloc(begin));
        Node e = row.get(Var.alloc(end));
        if (b == null || e == null || !b.isLiteral() || !e.isLiteral()) {
            return null;
        }
        try {
            return new Span(Integer.parseInt(b.getLiteralLexicalForm()), Integer.parseInt(e.getLiteralLexicalForm()));
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
