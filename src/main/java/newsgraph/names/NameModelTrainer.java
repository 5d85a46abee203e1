package newsgraph.names;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsgraph.nlp.OpenNlp;

/**
 * Trains the statistical name finder shipped as {@link StatisticalNames#MODEL} from the GUM corpus:
 * {@code java -cp target/newsgraph.jar newsgraph.names.NameModelTrainer ../shared/train/gum
 * src/main/resources/newsgraph/names/gum-names.bin}. The same documents give the same model.
 */
public final class NameModelTrainer {

    /** Maximum-entropy (GIS) iterations: enough for the training names to settle. */
    static final int ITERATIONS = 100;

    private NameModelTrainer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: NameModelTrainer GUM_FOLDER MODEL_FILE");
            System.exit(2);
        }
        List<OpenNlp.TrainingSentence> sentences = new ArrayList<>();
        Set<Integer> ends = new HashSet<>();
        int names = 0;
        for (GumCorpus.Document d : GumCorpus.read(Path.of(args[0]))) {
            sentences.addAll(d.sentences());
            ends.add(sentences.size() - 1);
            names += d.sentences().stream().mapToInt(s -> s.spans().size()).sum();
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            OpenNlp.trainNameFinder(sentences, ends, ITERATIONS, out);
        }
        System.out.println(ends.size() + " documents, " + sentences.size() + " sentences, " + names + " names → " + args[1]);
    }
}
