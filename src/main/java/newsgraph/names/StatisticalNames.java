package newsgraph.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsgraph.nlp.NameFinder;
import newsgraph.nlp.OpenNlp;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * The rules and a statistical name finder side by side: the rules decide, and the model trained on the GUM
 * corpus ({@link NameModelTrainer}, shipped as {@link #MODEL}) adds the names the rules missed — a span that
 * overlaps no name of the rules, begins with a capitalised word, and that the model is sure of
 * ({@link #MIN_PROBABILITY}) — in sentences of blocks that carry entities.
 */
public final class StatisticalNames implements NameFinder {

    /** The model trained on GUM (CC BY 4.0 annotations; share-alike texts, see README). */
    public static final String MODEL = "/newsgraph/names/gum-names.bin";
    /** How sure the model must be of a name the rules did not find. */
    static final double MIN_PROBABILITY = 0.8;

    private final NameFinder rules;
    private final NameFinder model;

    public StatisticalNames(NameFinder rules, NameFinder model) {
        this.rules = rules;
        this.model = model;
    }

    /** The shipped model, read once. */
    public static NameFinder shippedModel() {
        try (InputStream in = StatisticalNames.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("name model " + MODEL + " is not on the class path");
            }
            return OpenNlp.nameFinder(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name model " + MODEL, e);
        }
    }

    @Override
    public List<Name> find(List<Sentence> sentences) {
        List<Name> found = new ArrayList<>(rules.find(sentences));
        int ruleCount = found.size();
        for (Name n : model.find(sentences)) {
            Sentence s = sentences.get(n.sentence());
            if (n.type() == null || n.probability() < MIN_PROBABILITY || !s.block().kind().carriesEntities()
                    || !s.token(n.start()).isCapitalised() || !s.token(n.end() - 1).isCapitalised()) {
                continue;
            }
            boolean overlaps = false;
            for (int i = 0; i < ruleCount && !overlaps; i++) {
                Name r = found.get(i);
                overlaps = r.sentence() == n.sentence() && r.titleStart() < n.end() && n.start() < r.end();
            }
            if (!overlaps && !onlyOrdinaryWords(s, n)) {
                found.add(n);
            }
        }
        found.sort(Comparator.comparingInt(Name::sentence).thenComparingInt(Name::start));
        return found;
    }

    /** "However", "Local": a capitalised ordinary word at a sentence's start is no name on the model's word alone. */
    private static boolean onlyOrdinaryWords(Sentence s, Name n) {
        if (n.end() - n.start() > 1) {
            return false;
        }
        Token t = s.token(n.start());
        return n.start() == 0 || "ADJ".equals(t.tag()) || "ADV".equals(t.tag()) || "VERB".equals(t.tag());
    }
}
