package newsgraph.names;

/** The kinds of entity newsgraph recognises. {@link #AGENT} is an unnamed source ("researchers", "officials"). */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, AGENT;

    /** Named entities are typed schema:Person / Organization / Place; an unnamed agent is not. */
    public boolean isNamedKind() {
        return this != AGENT;
    }

    /** Whether an entity of this type can be the speaker of a statement. */
    public boolean canSpeak() {
        return true;
    }
}
