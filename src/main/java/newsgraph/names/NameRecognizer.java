package newsgraph.names;

import java.util.ArrayList;
import java.util.List;
import newsgraph.lexicon.Lexicon;
import newsgraph.nlp.NameFinder;
import newsgraph.nlp.Sentence;

/**
 * Finds the names of people, organisations and places in an article without a trained model, in four parts:
 * {@link CandidateRuns} (runs of capitalised tokens that may be names), {@link Segmenter} (a run cut into
 * names at titles, roles, nationalities and known names), {@link TypingRules} (an ordered list of named rules
 * for what each name is) and {@link DocumentEvidence} (the names settled with the whole article: one name, one
 * type; a bare surname is the person named in full; a name found once is recognised everywhere).
 *
 * <p>Configured once (the lexicon), then {@link #find} is a pure function of the sentences; safe to share
 * between threads.
 */
public final class NameRecognizer implements NameFinder {

    private final NameShapes shapes;
    private final CandidateRuns runs;
    private final Segmenter segmenter;
    private final DocumentEvidence evidence;

    public NameRecognizer(Lexicon lexicon) {
        this.shapes = new NameShapes(lexicon);
        this.runs = new CandidateRuns(lexicon, shapes);
        this.segmenter = new Segmenter(lexicon, shapes, new TypingRules(lexicon, shapes));
        this.evidence = new DocumentEvidence(lexicon, shapes);
    }

    @Override
    public List<Name> find(List<Sentence> sentences) {
        List<NameMention> mentions = mentions(sentences);
        List<Name> names = new ArrayList<>(mentions.size());
        for (NameMention m : mentions) {
            Sentence s = sentences.get(m.sentence());
            names.add(new Name(m.sentence(), m.start(), m.end(), m.type().nameType(), 1.0,
                    s.tokenAt(m.full().begin()), m.role(), m.roleOf(), m.gender()));
        }
        return names;
    }

    /** Names of an article, in text order, from sentences of blocks that carry entities, with the rules that typed them. */
    public List<NameMention> mentions(List<Sentence> sentences) {
        List<NameMention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!s.block().kind().carriesEntities() || shapes.isTitleCase(s)) {
                continue;
            }
            for (int[] run : runs.of(s)) {
                segmenter.segment(s, run[0], run[1], found);
            }
        }
        return List.copyOf(evidence.settle(found, sentences));
    }
}
