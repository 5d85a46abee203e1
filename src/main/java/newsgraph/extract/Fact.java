package newsgraph.extract;

import newsgraph.names.EntityType;
import newsgraph.text.Span;

/**
 * What the attribution rules learn about the article's entities on their way to a speaker: a new mention of
 * an entity, a role it holds, an organisation it belongs to, or an entity the article does not name. Rules
 * return facts and never change the {@link EntityBook} themselves; {@link EntityBook#apply} alone does, once
 * the rule's question is answered.
 */
sealed interface Fact {

    /** A pronoun, description or group phrase that refers to an entity. */
    record Mentioned(String key, Span span, String text, MentionKind kind) implements Fact {
    }

    /** A role the article gives an entity: "Neil Garside, a representative for the Sheriff's office". */
    record HoldsRole(String key, Role role) implements Fact {
    }

    /** An entity belongs to or speaks for an organisation. */
    record MemberOf(String key, String organisationKey) implements Fact {
    }

    /**
     * An unnamed source that exists only within the article: a spokesperson of an organisation ("a Unity
     * spokesman") or a group ("researchers"), named by its description. Same description, same entity.
     */
    record Unnamed(String key, String description, EntityType type, String memberOf, Span span) implements Fact {

        Unnamed(String description, EntityType type, String memberOf, Span span) {
            this(Entity.localKeyOf(type, description), description.strip(), type, memberOf, span);
        }
    }

    /** A place that speaks ("the Kremlin said", "Downing Street insisted"): an institution there, not a location. */
    record ActsAsInstitution(String key) implements Fact {
    }

    /** A person named where no name rule looks (the credit line of an embedded post). */
    record Credited(String key, String name, Span span) implements Fact {

        Credited(String name, Span span) {
            this(Entity.keyOf(EntityType.PERSON, name), name, span);
        }
    }
}
