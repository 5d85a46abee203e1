package newsgraph.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsgraph.nlp.NameFinder;
import newsgraph.nlp.OpenNlp;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistical name finder beside the rules: GUM's CoNLL-U read into names (on a document written for the
 * test), the rules deciding and the model filling only what they missed, and the shipped model readable.
 */
class StatisticalNamesTest {

    /** Two sentences in GUM's format: nested names, a description that is no name, one name closed on its token. */
    private static final String CONLLU = """
            # newdoc id = test_doc
            # global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
            # text = Mara Lind taught at Halden Grammar School.
            1\tMara\tMara\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1,2-coref
            2\tLind\tLind\tPROPN\tNNP\t_\t3\tflat\t_\tEntity=1)
            3\ttaught\tteach\tVERB\tVBD\t_\t0\troot\t_\t_
            4\tat\tat\tADP\tIN\t_\t7\tcase\t_\t_
            5\tHalden\tHalden\tPROPN\tNNP\t_\t7\tcompound\t_\tEntity=(2-organization-new-snnnn-cf2-1,2,3-sgl(3-place-new-snnnn-cf3-1-sgl)
            6\tGrammar\tGrammar\tPROPN\tNNP\t_\t7\tcompound\t_\t_
            7\tSchool\tSchool\tPROPN\tNNP\t_\t3\tobl\t_\tEntity=2)|SpaceAfter=No
            8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

            # text = The school closed.
            1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(2-organization-giv-snnnn-cf1-2-coref
            2\tschool\tschool\tNOUN\tNN\t_\t3\tnsubj\t_\tEntity=2)
            3\tclosed\tclose\tVERB\tVBD\t_\t0\troot\t_\t_
            4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
            """;

    @Test
    void gumMentionsWhoseMinimalSpanIsAllProperNounsAreNamesTheOuterOneKept() {
        List<OpenNlp.TrainingSentence> sentences = GumCorpus.parse(CONLLU);
        assertEquals(2, sentences.size());
        OpenNlp.TrainingSentence first = sentences.get(0);
        assertEquals(List.of("person", "organization"), first.types());
        assertEquals(List.of("Mara Lind", "Halden Grammar School"), first.spans().stream()
                .map(s -> String.join(" ", first.words().subList(s[0], s[1]))).toList());
        assertEquals(List.of(), sentences.get(1).spans(), "\"the school\" is a description, not a name");
    }

    @Test
    void newsDocumentsAreNeverTrainedOn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("GUM_news_anything.conllu"), CONLLU);
        assertThrows(IllegalArgumentException.class, () -> GumCorpus.read(dir));
    }

    @Test
    void theRulesDecideAndTheModelFillsOnlyWhatTheyMissed() {
        List<Sentence> sentences = TinyLexicon.sentences("A Headline\n\nHelen Garrow met Okonkwo Adebayo in Lisbon today.\n");
        Sentence s = sentences.get(sentences.size() - 1);
        int okonkwo = index(s, "Okonkwo");
        NameFinder model = ss -> List.of(
                new NameFinder.Name(s.index(), 0, 2, NameFinder.ORGANIZATION, 0.99), // overlaps the rules' person
                new NameFinder.Name(s.index(), okonkwo, okonkwo + 2, NameFinder.PERSON, 0.95),
                new NameFinder.Name(s.index(), index(s, "today"), index(s, "today") + 1, NameFinder.PLACE, 0.99),
                new NameFinder.Name(s.index(), index(s, "Lisbon"), index(s, "Lisbon") + 1, NameFinder.PERSON, 0.5));
        NameFinder rules = new NameRecognizer(TinyLexicon.LEXICON);
        List<NameFinder.Name> both = new StatisticalNames(rules, model).find(sentences);
        List<String> found = both.stream().map(n -> Token.joined(sentences.get(n.sentence()).tokens(), n.start(), n.end())
                + "/" + n.type()).toList();
        assertTrue(found.contains("Helen Garrow/person"), found::toString);
        assertTrue(found.contains("Okonkwo Adebayo/person"), found::toString);
        assertTrue(found.stream().noneMatch(f -> f.startsWith("today")), "a lower-case word is no name: " + found);
        assertEquals(1, found.stream().filter(f -> f.startsWith("Okonkwo")).count(), "one name, not two: " + found);
        assertTrue(found.contains("Lisbon/place"), "the model's unsure person does not replace the rules' place: " + found);
        List<NameFinder.Name> ruleNames = rules.find(sentences);
        boolean rulesFoundIt = ruleNames.stream().anyMatch(n -> n.start() == okonkwo);
        assertEquals(ruleNames.size() + (rulesFoundIt ? 0 : 1), both.size(), found::toString);
    }

    @Test
    void theShippedModelReadsAndNamesOnlyPeopleOrganisationsAndPlaces() {
        NameFinder model = StatisticalNames.shippedModel();
        List<Sentence> sentences = TinyLexicon.sentences("A Headline\n\nHelen Garrow of the Harwick Rowing Club spoke"
                + " in Lisbon on Monday.\n");
        for (NameFinder.Name n : model.find(sentences)) {
            assertTrue(Set.of(NameFinder.PERSON, NameFinder.ORGANIZATION, NameFinder.PLACE).contains(n.type()), n::toString);
        }
    }

    private static int index(Sentence s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }
}
