package newsgraph.names;

import newsgraph.nlp.NameFinder;

/** The kinds of entity newsgraph recognises. {@link #AGENT} is an unnamed source ("researchers", "officials"). */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, AGENT;

    /** Named entities are typed schema:Person / Organization / Place; an unnamed agent is not. */
    public boolean isNamedKind() {
        return this != AGENT;
    }

    /** The type of a {@code NameFinder}'s name ("person", "organization", "place"), or null for another. */
    public static EntityType ofName(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case NameFinder.PERSON -> PERSON;
            case NameFinder.ORGANIZATION -> ORGANIZATION;
            case NameFinder.PLACE -> PLACE;
            default -> null;
        };
    }

    /** The type as a {@code NameFinder} writes it. */
    public String nameType() {
        return switch (this) {
            case PERSON -> NameFinder.PERSON;
            case ORGANIZATION -> NameFinder.ORGANIZATION;
            case PLACE -> NameFinder.PLACE;
            case AGENT -> "agent";
        };
    }

    /** Whether an entity of this type can be the speaker of a statement. */
    public boolean canSpeak() {
        return true;
    }
}
