package newsgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import newsgraph.extract.Analysis;
import newsgraph.extract.Entity;
import newsgraph.extract.Mention;
import newsgraph.extract.MentionKind;
import newsgraph.extract.Role;
import newsgraph.extract.SpeakerRule;
import newsgraph.extract.Statement;
import newsgraph.extract.StatementKind;
import newsgraph.names.EntityType;
import newsgraph.text.Article;
import newsgraph.text.Block;
import newsgraph.text.BlockKind;
import newsgraph.text.Span;

/**
 * A small analysis written by hand, so that the mapping is tested without the extractor: a headline, a
 * named minister with a role making a mixed statement about a place, and an unnamed spokesperson of a
 * party quoted directly.
 */
final class HandBuiltAnalysis {

    static final String ID = "hand-built";
    static final String HEADLINE = "Minister backs plan";
    static final String FALLON_SENTENCE =
            "Defence Secretary Sir Michael Fallon said the plan was “a good one for Britain”.";
    static final String SPOKESMAN_SENTENCE = "“We will not comment on that,” a Labour spokesman said.";

    private HandBuiltAnalysis() {
    }

    static Analysis of() {
        return of(ID, "");
    }

    /** The same analysis with {@code prefix} put before the body (e.g. characters outside the BMP). */
    static Analysis of(String id, String prefix) {
        String text = HEADLINE + "\n" + prefix + FALLON_SENTENCE + "\n" + SPOKESMAN_SENTENCE + "\n";
        Article article = new Article(id, text);
        Span headline = at(text, HEADLINE);
        Span fallonLine = at(text, FALLON_SENTENCE);
        Span spokesmanLine = at(text, SPOKESMAN_SENTENCE);
        List<Block> blocks = List.of(
                new Block(0, 1, headline, BlockKind.HEADLINE),
                new Block(1, 2, new Span(headline.end() + 1, fallonLine.end()), BlockKind.BODY),
                new Block(2, 3, spokesmanLine, BlockKind.BODY));

        Span fallonMention = at(text, "Defence Secretary Sir Michael Fallon");
        Span spokesmanMention = at(text, "a Labour spokesman");
        List<Entity> entities = new ArrayList<>();
        entities.add(new Entity("p1", EntityType.PERSON, "Michael Fallon", List.of("Michael Fallon"),
                List.of(new Mention(at(text, "Michael Fallon"), "Michael Fallon", MentionKind.NAME, "p1")),
                List.of(new Role("Defence Secretary", null)), List.of(), false));
        entities.add(new Entity("g1", EntityType.PLACE, "United Kingdom", List.of("United Kingdom", "Britain"),
                List.of(new Mention(at(text, "Britain"), "Britain", MentionKind.NAME, "g1")),
                List.of(), List.of(), false));
        entities.add(new Entity("o1", EntityType.ORGANIZATION, "Labour", List.of("Labour"),
                List.of(new Mention(at(text, "Labour"), "Labour", MentionKind.NAME, "o1")),
                List.of(), List.of(), false));
        entities.add(new Entity("s1", EntityType.PERSON, "Labour spokesman", List.of("Labour spokesman"),
                List.of(new Mention(spokesmanMention, "a Labour spokesman", MentionKind.GROUP, "s1")),
                List.of(new Role("spokesman", "o1")), List.of("o1"), true));

        List<Statement> statements = List.of(
                new Statement(at(text, "the plan was “a good one for Britain”"), StatementKind.MIXED,
                        at(text, "said", fallonLine.begin()), fallonMention, "p1", SpeakerRule.APPOSITION, 0.9, List.of("g1"),
                        fallonLine),
                new Statement(at(text, "We will not comment on that,"), StatementKind.DIRECT,
                        at(text, "said", spokesmanLine.begin()), spokesmanMention, "s1", SpeakerRule.GROUP, 0.8, List.of(),
                        spokesmanLine));
        return new Analysis(article, blocks, entities, statements);
    }

    /** The span of the first occurrence of {@code part}. */
    static Span at(String text, String part) {
        return at(text, part, 0);
    }

    /** The span of the first occurrence of {@code part} at or after {@code from}. */
    static Span at(String text, String part, int from) {
        int i = text.indexOf(part, from);
        if (i < 0) {
            throw new IllegalArgumentException("not in the text: " + part);
        }
        return new Span(i, i + part.length());
    }
}
