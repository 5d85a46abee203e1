package newsgraph.lexicon;

/** What the lexicon knows a word or a sequence of words to be, as a name or a part of one. */
public enum NameKind {
    /** A given name: "Helen", "Tomas". */
    FIRST_NAME,
    /** Says the person is a man: a man's given name, "Mr", "Sir", "he". */
    MALE,
    /** Says the person is a woman. */
    FEMALE,
    /** A person's full name the sources list. */
    PERSON,
    /** A title written before a name: Mr, Sir, Dr, President, General. */
    HONORIFIC,
    /** A role or job title: Health Secretary, spokesman, director, leader. */
    ROLE,
    /** An organisation's name the sources list. */
    ORGANIZATION,
    /** A word that ends organisation names: Party, Council, Authority, Inc. */
    ORG_KEY,
    /** A place's name the sources list. */
    PLACE,
    /** A country's name. */
    COUNTRY,
    /** A word that ends place names: River, Street, Airport, Hall. */
    PLACE_KEY,
    /** A word that begins place names: Lake, Mount, Cape, North. */
    PLACE_PREKEY,
    /** A nationality or country adjective: British, Russian. */
    NATIONALITY,
    /** A particle inside surnames: van, de, al, bin. */
    SURNAME_PARTICLE,
    /** A capitalised word that is never a name: months, days, festivals. */
    NOT_NAME,
    /** A word that ends the names of newspapers and media: Times, Post, Gazette, News. */
    MEDIA_KEY,
    /** A surname WordNet knows on its own ("Dickens"): weak evidence of a person. */
    KNOWN_SURNAME,
    /** A capitalised word for a concept, not a name: "IQ", "CEO", "HTML", "VIP". */
    CONCEPT,
    /** A word that ends names of buildings and sites, which are places: Museum, Airport, Stadium. */
    FACILITY_KEY,
    /** A word that ends names of events, which are not entities here: Day, Festival, Cup, Expo. */
    EVENT_KEY,
    /** A city or town (for "the city"). */
    CITY,
    /** A capitalised word WordNet knows as a belief or doctrine (noun.cognition): "Islam", "Wicca", "Marxism". */
    BELIEF
}
