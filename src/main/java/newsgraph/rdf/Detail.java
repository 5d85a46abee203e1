package newsgraph.rdf;

import java.util.Locale;
import org.apache.jena.rdf.model.Resource;

/**
 * How much of an article's analysis its graph holds. Both levels write every statement in full (its words,
 * offsets, cue, speaker and speaker mention, sentence, rule and confidence), every entity with its names,
 * roles and memberships, and the article text; a node present at both levels is described the same way.
 * See docs/graph.md, "Detail levels", for what each holds and costs.
 */
public enum Detail {
    /**
     * The default: of the mentions, only those that name an entity (its proper names and group names, which
     * carry its identity across articles) and those that name a statement's speaker; no layout blocks.
     */
    LEAN("lean"),
    /** Everything found: every mention (pronouns and descriptions too) and the article's layout blocks. */
    FULL("full");

    private final String option;

    // no ontology term here: the command line's options hold a Detail, and NG's constants start Jena, which in
    // serve's launcher (a JVM that only starts the server's own) would cost some 55 MB of resident memory (README)
    Detail(String option) {
        this.option = option;
    }

    /** "lean" or "full", case-insensitively. */
    public static Detail parse(String name) {
        for (Detail d : values()) {
            if (d.option.equals(name.toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown detail level '" + name + "' (use lean or full)");
    }

    /** The name on the command line. */
    public String option() {
        return option;
    }

    /** The ontology's individual that the graph's extraction names ({@code ng:detailLevel}). */
    public Resource term() {
        return this == LEAN ? NG.LeanDetail : NG.FullDetail;
    }
}
