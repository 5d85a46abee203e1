package newsgraph.nlp;

import java.util.List;

/**
 * Finds the names of an article, in the shape of OpenNLP's {@code TokenNameFinder} (spans of token indices,
 * {@code start} inclusive, {@code end} exclusive, with a type and a probability) taken to the whole article:
 * where OpenNLP's finders keep "adaptive data" from sentence to sentence until told the document ended, a
 * {@code NameFinder} is given the document's sentences at once and keeps nothing, so one finder serves every
 * thread. The rule-based recogniser ({@code newsgraph.names.NameRecognizer}) and a trained OpenNLP model
 * ({@link OpenNlp#nameFinder}) both fit behind it.
 */
@FunctionalInterface
public interface NameFinder {

    String PERSON = "person";
    String ORGANIZATION = "organization";
    String PLACE = "place";

    /**
     * A name over tokens {@code [start, end)} of the sentence with index {@code sentence}: its type ({@link #PERSON},
     * {@link #ORGANIZATION} or {@link #PLACE}; other types are ignored), how sure the finder is, and what is
     * written before it about it, for finders that read it: the first token of the titles and roles written
     * before the name ({@code titleStart}, {@code start} when none: "Health Secretary Dame Ruth Ashby"), the role
     * ("Health Secretary"), whom the role belongs to as written ("Russia" for "Russian President …"), and the
     * person's gender ('m', 'f' or '?').
     */
    record Name(int sentence, int start, int end, String type, double probability, int titleStart, String role,
                String roleOf, char gender) {

        public Name {
            if (start < 0 || end <= start || titleStart < 0 || titleStart > start) {
                throw new IllegalArgumentException("tokens [" + start + ", " + end + ") after " + titleStart);
            }
        }

        /** A name and nothing about it: what a statistical finder gives. */
        public Name(int sentence, int start, int end, String type, double probability) {
            this(sentence, start, end, type, probability, start, null, null, '?');
        }
    }

    /** The names of an article's sentences, in text order. */
    List<Name> find(List<Sentence> sentences);
}
