package newsgraph.identity;

import java.util.Set;
import newsgraph.names.EntityType;

/**
 * What one article says about one of its named entities, as far as identity across articles goes: the
 * article-scoped IRI, its article, type, names, Wikidata links, roles, memberships, the names of the other
 * entities of the article, and the article's date and outlet when it has them.
 *
 * @param iri        the article-scoped IRI ({@code …/id/article/ID/person/SLUG})
 * @param article    the article's IRI (the name of its graph)
 * @param type       person, organisation or place
 * @param name       its canonical name in the article
 * @param names      every name the article gives it (canonical first)
 * @param wikidata   the Wikidata IRIs the linker gave it (schema:sameAs)
 * @param links      every schema:sameAs IRI (Wikidata and GeoNames)
 * @param roles      its job titles, lower case
 * @param memberOf   the names of the organisations it is a member of, as keys
 * @param context    the keys of the names of the other named entities of its article
 * @param published  the article's schema:datePublished (its first ten characters), or null
 * @param publisher  the article's schema:publisher (an IRI or a name), or null
 */
public record EntityRecord(String iri, String article, EntityType type, String name, Set<String> names,
        Set<String> wikidata, Set<String> links, Set<String> roles, Set<String> memberOf, Set<String> context,
        String published, String publisher) {

    public EntityRecord {
        names = Set.copyOf(names);
        wikidata = Set.copyOf(wikidata);
        links = Set.copyOf(links);
        roles = Set.copyOf(roles);
        memberOf = Set.copyOf(memberOf);
        context = Set.copyOf(context);
    }

    /** The one Wikidata item it is linked to, or null (none, or the linker was unsure between several). */
    public String qid() {
        return wikidata.size() == 1 ? wikidata.iterator().next() : null;
    }
}
