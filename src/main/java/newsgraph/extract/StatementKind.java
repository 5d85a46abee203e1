package newsgraph.extract;

/** How a statement is reported. */
public enum StatementKind {
    /** The speaker's words inside quotation marks. */
    DIRECT,
    /** Reported speech in the writer's words. */
    INDIRECT,
    /** Reported speech that quotes some of the speaker's own words. */
    MIXED
}
