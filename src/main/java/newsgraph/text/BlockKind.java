package newsgraph.text;

/** The part of an article's layout a line is. Noise kinds are kept and labelled, never deleted. */
public enum BlockKind {
    HEADLINE, DATELINE, STANDFIRST, HEADING, BODY, CAPTION, CREDIT, FOOTER;

    /** Whether statements may be taken from a block of this kind. */
    public boolean carriesStatements() {
        return this == BODY || this == STANDFIRST;
    }

    /** Whether names in a block of this kind count as entities of the article. */
    public boolean carriesEntities() {
        return this != CREDIT && this != FOOTER && this != DATELINE;
    }
}
