package newsgraph.extract;

/** How a mention refers to its entity. */
public enum MentionKind {
    /** A proper name, possibly with a title: "Health Secretary Dame Ruth Ashby", "Ashby". */
    NAME,
    /** A definite description or role: "the Unity leader", "the minister". */
    DESCRIPTION,
    /** A pronoun: he, she, they, it. */
    PRONOUN,
    /** A group or anonymous source: "Unity sources", "a Unity spokesman", "researchers". */
    GROUP
}
