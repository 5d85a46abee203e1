package newsgraph.nlp;

import java.util.List;

/**
 * Finds names in the tokens of a sentence, in the shape of OpenNLP's {@code TokenNameFinder}: spans
 * of token indices ({@code start} inclusive, {@code end} exclusive) with a type. The rule-based finder
 * and a trained OpenNLP model ({@link OpenNlp#nameFinder}) both fit behind it.
 */
@FunctionalInterface
public interface NameFinder {

    /** A name over tokens {@code [start, end)} of a sentence. Types: person, organization, place. */
    record Name(int start, int end, String type, double probability) {
    }

    List<Name> find(List<Token> sentence);
}
