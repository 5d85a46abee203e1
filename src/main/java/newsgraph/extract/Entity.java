package newsgraph.extract;

import java.util.List;
import java.util.Locale;
import newsgraph.lexicon.Lexicon;
import newsgraph.names.EntityType;

/**
 * One real entity of an article, with all the names it goes by there and its mentions.
 *
 * @param key       identifier local to the article (stable for the same input)
 * @param type      person, organisation, place or unnamed agent
 * @param name      canonical name: the fullest proper name (no title), or the description of an unnamed agent
 * @param names     every surface name used for it in the article, canonical first
 * @param mentions  every mention, in text order
 * @param roles     roles the article gives it
 * @param memberOf  keys of organisations it belongs to or speaks for
 * @param local     true when the entity exists only within this article (an unnamed spokesperson):
 *                  its IRI is then scoped to the article
 */
public record Entity(String key, EntityType type, String name, List<String> names, List<Mention> mentions,
                     List<Role> roles, List<String> memberOf, boolean local) {

    /** The key of a named entity within its article: its type and its name, compared as names are. */
    static String keyOf(EntityType type, String name) {
        return type.name().toLowerCase(Locale.ROOT) + ":" + Lexicon.normalName(name);
    }

    /** The key of an unnamed source local to the article: same description, same entity. */
    static String localKeyOf(EntityType type, String description) {
        return "local:" + type.name().toLowerCase(Locale.ROOT) + ":" + Lexicon.normalName(description.strip());
    }

    public Entity {
        names = List.copyOf(names);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        memberOf = List.copyOf(memberOf);
    }
}
