package newsgraph.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import newsgraph.rdf.NG;
import newsgraph.rdf.Nif;
import newsgraph.rdf.Schema;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.nodes.Element;

/**
 * Statements as the pages show them: each in its sentence, the quoted words highlighted, the cue and the mention of
 * the speaker marked, with the speaker, what it is about, the rule that decided the speaker and its confidence,
 * and a link to the place in its article. Read from each statement's article graph
 * by index lookups.
 */
final class Statements {

    /** At most this much text either side of the quoted words (a cue or mention further away is left out). */
    private static final int CONTEXT = 400;

    private static final Node BEGIN = Nif.beginIndex.asNode();
    private static final Node END = Nif.endIndex.asNode();

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
    private final Vocabulary vocabulary;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<List<Node>, String> literals = new HashMap<>();

    Statements(Reads reads, Site site) {
        this.reads = reads;
        this.site = site;
        this.vocabulary = reads.vocabulary();
    }

    /** The statements with these IRIs, in this order (those not found left out). */
    List<View> of(List<String> iris) {
        List<View> views = new ArrayList<>();
        Map<String, View> done = new HashMap<>();
        for (String iri : iris) {
            View v = done.containsKey(iri) ? done.get(iri) : read(NodeFactory.createURI(iri), null);
            done.put(iri, v);
            if (v != null) {
                views.add(v);
            }
            reads.check();
        }
        return views;
    }

    /** Every statement of an article, in the order of their words. */
    List<View> inArticle(String article) {
        Node graph = NodeFactory.createURI(article);
        List<Node> statements = new ArrayList<>();
        reads.dataset().find(graph, Node.ANY, RDF.type.asNode(), Schema.Quotation.asNode())
                .forEachRemaining(q -> statements.add(q.getSubject()));
        List<View> views = new ArrayList<>();
        for (Node statement : statements) {
            View v = read(statement, graph);
            if (v != null && v.content() != null) {
                views.add(v);
            }
            reads.check();
        }
        views.sort(Comparator.comparingInt((View v) -> v.content().begin()).thenComparing(View::iri));
        return views;
    }

    /**
     * One statement from its article's graph, by index lookups (its triples, its spans' offsets, the names of its
     * speaker and subjects); null if no graph has it as a schema:Quotation.
     */
    private View read(Node statement, Node knownGraph) {
        Node graph = knownGraph;
        if (graph == null) {
            Iterator<Quad> typed = reads.dataset().findNG(Node.ANY, statement, RDF.type.asNode(),
                    Schema.Quotation.asNode());
            if (!typed.hasNext()) {
                return null;
            }
            graph = typed.next().getGraph();
        }
        Map<Node, List<Node>> p = new HashMap<>();
        reads.dataset().find(graph, statement, Node.ANY, Node.ANY)
                .forEachRemaining(q -> p.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(q.getObject()));
        Node article = first(p, Schema.isPartOf.asNode());
        if (article == null || !article.isURI()) {
            article = graph;
        }
        Node speaker = first(p, Schema.creator.asNode());
        Node rule = first(p, NG.decidedBy.asNode());
        Node kind = first(p, NG.kind.asNode());
        List<Named> about = new ArrayList<>();
        for (Node entity : p.getOrDefault(Schema.about.asNode(), List.of())) {
            if (entity.isURI()) {
                about.add(new Named(entity.getURI(), literal(graph, entity, Schema.name.asNode())));
            }
        }
        Named who = speaker == null || !speaker.isURI() ? null
                : new Named(speaker.getURI(), literal(graph, speaker, Schema.name.asNode()));
        return new View(statement.getURI(), article.getURI(), literal(graph, article, Schema.headline.asNode()),
                literal(graph, article, Facts.DATE_PUBLISHED), lexical(first(p, Schema.text.asNode())),
                kind == null ? null : vocabulary.label(reads, kind), span(graph, first(p, NG.content.asNode())),
                span(graph, first(p, NG.sentence.asNode())), span(graph, first(p, NG.cue.asNode())),
                span(graph, first(p, NG.speakerMention.asNode())), who,
                rule == null ? null : vocabulary.label(reads, rule), rule == null ? null : vocabulary.comment(reads, rule),
                lexical(first(p, NG.confidence.asNode())), List.copyOf(about));
    }

    private static Node first(Map<Node, List<Node>> properties, Node property) {
        List<Node> values = properties.get(property);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A literal value, remembered for the request: a page's statements share articles, speakers, subjects. */
    private String literal(Node graph, Node subject, Node property) {
        List<Node> key = List.of(graph, subject, property);
        if (literals.containsKey(key)) {
            return literals.get(key);
        }
        String value = lookUp(graph, subject, property);
        literals.put(key, value);
        return value;
    }

    private String lookUp(Node graph, Node subject, Node property) {
        Iterator<Quad> found = reads.dataset().find(graph, subject, property, Node.ANY);
        while (found.hasNext()) {
            Node value = found.next().getObject();
            if (value.isLiteral()) {
                return value.getLiteralLexicalForm();
            }
        }
        return null;
    }

    private static String lexical(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** A span's offsets, from its nif:beginIndex and nif:endIndex in the graph; null if it has none. */
    private Span span(Node graph, Node span) {
        if (span == null) {
            return null;
        }
        String begin = lookUp(graph, span, BEGIN);
        String end = lookUp(graph, span, END);
        if (begin == null || end == null) {
            return null;
        }
        try {
            return new Span(Integer.parseInt(begin), Integer.parseInt(end));
        } catch (NumberFormatException e) {
            return null;
        }
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
}
