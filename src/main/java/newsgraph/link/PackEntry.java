package newsgraph.link;

import java.util.List;

/**
 * One real thing the knowledge pack knows: a row of the pack.
 *
 * @param kind       country, region, city, party, organisation, newspaper or person
 * @param qid        its Wikidata id ("Q30"), or empty
 * @param geonames   its GeoNames id ("6252001"), or empty
 * @param name       its canonical English name
 * @param aliases    other names it goes by (abbreviations, short and official names)
 * @param country    ISO 3166-1 alpha-2 code of its country (a country's own), or empty
 * @param region     ISO 3166-2 code of its first-level region ("US-TX"; a region's own), or empty
 * @param population inhabitants of a place, 0 when unknown or not a place
 * @param demonyms   what its people are called ("Georgian"), for countries
 * @param roles      offices a person held ("senator"), or what a place is ("capital", "seat")
 * @param parties    Wikidata ids of a person's parties
 */
public record PackEntry(EntryKind kind, String qid, String geonames, String name, List<String> aliases,
                        String country, String region, long population, List<String> demonyms,
                        List<String> roles, List<String> parties) {

    public PackEntry {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        roles = List.copyOf(roles);
        parties = List.copyOf(parties);
    }

    /** The IRIs this entry names outside the graph: Wikidata, then GeoNames. */
    public List<String> iris() {
        if (qid.isEmpty()) {
            return geonames.isEmpty() ? List.of() : List.of(geonamesIri(geonames));
        }
        return geonames.isEmpty() ? List.of(wikidataIri(qid)) : List.of(wikidataIri(qid), geonamesIri(geonames));
    }

    public static String wikidataIri(String qid) {
        return "http://www.wikidata.org/entity/" + qid;
    }

    public static String geonamesIri(String id) {
        return "https://sws.geonames.org/" + id + "/";
    }

    boolean hasRole(String role) {
        return roles.contains(role);
    }
}
