package newsgraph.stats;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * Statements counted as {@code most-quoted} counts them: once per work — the same words of a statement in copies of
 * one story (articles with one {@code schema:exampleOfWork}: syndication, a reload under another URL) are one — with
 * the direct quotes among them, and every article (every copy) they are in. The key of a statement is the query's
 * {@code ?said}: the work its article is a copy of (the article itself without one), a space, and its words (its IRI
 * when it has none); a key is direct when one statement with it is a direct quote. Summed by adding statements, from
 * one article graph ({@link ArticleCounts}) or from the store ({@link Statistics#recountGroup}).
 */
final class SaidOnce {

    private final Set<String> said = new HashSet<>();
    private final Set<String> direct = new HashSet<>();
    private final Set<Node> articles = new HashSet<>();

    /**
     * Adds one statement.
     *
     * @param worksOf the works of an article ({@code schema:exampleOfWork}), none when it states none
     */
    void add(Node statement, Collection<Node> partOf, Function<Node, Collection<Node>> worksOf, Collection<Node> texts,
            boolean isDirect) {
        for (Node article : partOf) {
            articles.add(article);
            Collection<Node> works = worksOf.apply(article);
            for (Node work : works.isEmpty() ? List.of(article) : works) {
                if (!work.isURI()) {
                    continue; // STR of a blank node is an error in SPARQL: the query binds no ?said
                }
                for (String words : words(statement, texts)) {
                    String key = work.getURI() + " " + words;
                    said.add(key);
                    if (isDirect) {
                        direct.add(key);
                    }
                }
            }
        }
    }

    /** The statement's words as CONCAT takes them (string literals only), or its IRI when it has no words. */
    private static List<String> words(Node statement, Collection<Node> texts) {
        if (texts.isEmpty()) {
            return statement.isURI() ? List.of(statement.getURI()) : List.of();
        }
        return texts.stream().filter(SaidOnce::isWords).map(Node::getLiteralLexicalForm).toList();
    }

    /** Whether a statement's text is words CONCAT takes: a string literal, plain or with a language. */
    static boolean isWords(Node text) {
        return text.isLiteral() && (XSDDatatype.XSDstring.getURI().equals(text.getLiteralDatatypeURI())
                || RDF.dtLangString.getURI().equals(text.getLiteralDatatypeURI()));
    }

    long statements() {
        return said.size();
    }

    long direct() {
        return direct.size();
    }

    long articles() {
        return articles.size();
    }

    boolean isEmpty() {
        return said.isEmpty() && articles.isEmpty();
    }
}
