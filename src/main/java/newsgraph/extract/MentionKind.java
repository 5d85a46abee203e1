package newsgraph.extract;

/** How a mention refers to its entity. */
public enum MentionKind {
    /** A proper name, possibly with a title: "Defence Secretary Sir Michael Fallon", "Fallon". */
    NAME,
    /** A definite description or role: "the Labour leader", "the minister". */
    DESCRIPTION,
    /** A pronoun: he, she, they, it. */
    PRONOUN,
    /** A group or anonymous source: "Labour sources", "a Labour spokesman", "researchers". */
    GROUP
}
