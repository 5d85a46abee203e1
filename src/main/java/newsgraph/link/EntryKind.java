package newsgraph.link;

import newsgraph.names.EntityType;

/** What a pack entry is, and so which of the article's entity types it can be. */
public enum EntryKind {
    COUNTRY, REGION, CITY, PARTY, ORGANIZATION, NEWSPAPER, PERSON;

    /** The name in the pack's first column. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EntryKind of(String code) {
        for (EntryKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + code + "' (one of country, region, city, party,"
                + " organization, newspaper, person)");
    }

    public boolean isPlace() {
        return this == COUNTRY || this == REGION || this == CITY;
    }

    /**
     * Whether an entity of this type can be this kind of thing. A country is also a state, so an organisation
     * ("Russia said", "North Korea warned") can be one; a region or a city cannot.
     */
    public boolean fits(EntityType type) {
        return switch (type) {
            case PLACE -> isPlace();
            case ORGANIZATION -> this == PARTY || this == ORGANIZATION || this == NEWSPAPER || this == COUNTRY;
            case PERSON -> this == PERSON;
            case AGENT -> false;
        };
    }
}
