package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import newsgraph.lexicon.Lexicon;
import newsgraph.names.EntityType;
import newsgraph.nlp.NameFinder;
import newsgraph.nlp.OpenNlp;
import newsgraph.nlp.Sentence;
import newsgraph.text.Article;
import org.junit.jupiter.api.Test;

/**
 * The extractor is built from an OpenNLP pipeline, a lexicon and a {@link NameFinder}: another finder (here a
 * dictionary of names, in the manner of OpenNLP's DictionaryNameFinder) changes the names and nothing else.
 */
class ExtractorPartsTest {

    private static final String TEXT = """
            Harbour Plan Approved

            Harwick Council said that the harbour plan would create jobs.
            """;

    /** Names from a list of token sequences, each with a type: what a dictionary knows, nothing about titles. */
    private record DictionaryNameFinder(List<List<String>> names, String type) implements NameFinder {

        @Override
        public List<Name> find(List<Sentence> sentences) {
            List<Name> out = new ArrayList<>();
            for (Sentence s : sentences) {
                for (int i = 0; i < s.size(); i++) {
                    for (List<String> name : names) {
                        int end = i + name.size();
                        if (end <= s.size() && name.equals(s.tokens().subList(i, end).stream().map(t -> t.text()).toList())) {
                            out.add(new Name(s.index(), i, end, type, 0.5));
                        }
                    }
                }
            }
            return out;
        }
    }

    @Test
    void theStandardExtractorTypesANameByItsKeyword() {
        assertEquals(EntityType.ORGANIZATION, speakerType(Extractor.create()));
    }

    @Test
    void anExtractorReadsTheNamesOfTheNameFinderItIsGiven() {
        NameFinder dictionary = new DictionaryNameFinder(List.of(List.of("Harwick", "Council")), NameFinder.PERSON);
        Extractor extractor = new Extractor(OpenNlp.english(), Lexicon.standard(), dictionary);
        assertEquals(EntityType.PERSON, speakerType(extractor));
    }

    @Test
    void theBuilderTakesTheFinderAndKeepsTheOtherParts() {
        // a person, not a place: a place that speaks is an institution (an organisation, as the standard finder says)
        NameFinder dictionary = new DictionaryNameFinder(List.of(List.of("Harwick", "Council")), NameFinder.PERSON);
        assertEquals(EntityType.PERSON, speakerType(Extractor.builder().names(dictionary).build()));
    }

    @Test
    void aFinderThatFindsNoNamesLeavesAnUnnamedSource() {
        Analysis a = Extractor.builder().names(sentences -> List.of()).build().extract(new Article("parts", TEXT));
        assertEquals(1, a.statements().size());
        assertEquals(EntityType.AGENT, a.entitiesByKey().get(a.statements().get(0).speakerKey()).type());
    }

    private static EntityType speakerType(Extractor extractor) {
        Analysis a = extractor.extract(new Article("parts", TEXT));
        assertEquals(1, a.statements().size(), a.statements()::toString);
        return a.entitiesByKey().get(a.statements().get(0).speakerKey()).type();
    }
}
