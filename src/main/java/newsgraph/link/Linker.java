package newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import newsgraph.extract.Analysis;
import newsgraph.extract.Entity;
import newsgraph.extract.Role;
import newsgraph.names.EntityType;

/**
 * The linking stage: after extraction, decides for each named entity of an article which entry of the
 * knowledge pack it is — and so its Wikidata and GeoNames ids — or that it is none. A pure function from
 * an {@link Analysis} to the same analysis with {@link Analysis#sameAs()} filled.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.create().then(new Linker(KnowledgePack.standard()));
 * }</pre>
 *
 * How it decides (README, "Links to Wikidata and GeoNames", says it for users):
 * <ol>
 * <li>Candidates: the pack's entries one of whose names is one of the entity's names ({@link NameKey}), of a
 *     kind its type can be ({@link EntryKind#fits}). Entries with one Wikidata id are one candidate.</li>
 * <li>Each candidate scores its prior (the log of a place's population, a country or a capital above a town)
 *     plus twice its support in the article's context ({@link ArticleContext}): the other places and demonyms
 *     it names that contain the candidate, lie in it, or are its siblings (a region next to another region of
 *     the same country). A party is supported by its country; a newspaper by its state.</li>
 * <li>The best candidate is linked if it is plausible on its own (a town needs context, a party its country)
 *     and beats the next by a clear margin; otherwise the entity stays unlinked: a wrong link costs more than
 *     a missing one. All of the entity's names that decide must decide the same.</li>
 * <li>People: a full name must match, and the article must support the person: a role they held ("Senator"),
 *     membership of their party, their state or country. A surname alone links only with a matching role
 *     and their state or party, and only if one person fits.</li>
 * <li>Entities of the article linked to one Wikidata item are one entity ({@link #oneEntityPerItem}): the context
 *     decided once.</li>
 * </ol>
 */
public final class Linker implements UnaryOperator<Analysis> {

    /** How much better than the next the best candidate must score. */
    static final double MARGIN = 1.0;
    /** {@code -Dnewsgraph.link.debug=true}: each decision, its score and the next best's, on standard error. */
    private static final boolean DEBUG = Boolean.getBoolean("newsgraph.link.debug");
    /** The weight of context against the prior, and the most context counts. */
    private static final double CONTEXT_WEIGHT = 2.0;
    private static final double MAX_SUPPORT = 3.0;

    private final Supplier<KnowledgePack> source;
    private volatile KnowledgePack pack;

    public Linker(KnowledgePack pack) {
        Objects.requireNonNull(pack, "pack");
        this.source = () -> pack;
        this.pack = pack;
    }

    /** A linker whose pack is asked for on first use (it may still be loading meanwhile). */
    public Linker(Supplier<KnowledgePack> pack) {
        this.source = Objects.requireNonNull(pack, "pack");
    }

    private KnowledgePack pack() {
        KnowledgePack p = pack;
        if (p == null) {
            synchronized (this) {
                if (pack == null) {
                    pack = source.get();
                }
                p = pack;
            }
        }
        return p;
    }

    /**
     * The links of each entity, by key: Wikidata and GeoNames IRIs; and the outlet's Wikidata item under
     * {@link newsgraph.text.ArticleMetadata.Publisher#LINK_KEY} when the pack knows it.
     */
    @Override
    public Analysis apply(Analysis analysis) {
        Map<String, PackEntry> decided = decided(analysis);
        analysis = analysis.withEntitiesJoined(oneEntityPerItem(analysis, decided));
        decided.keySet().retainAll(analysis.entitiesByKey().keySet());
        Map<String, List<String>> links = iris(decided);
        newsgraph.text.ArticleMetadata.Publisher publisher = analysis.article().metadata().publisher();
        List<String> outlet = publisher == null ? List.of() : outlet(publisher.name());
        if (!outlet.isEmpty()) {
            links = new LinkedHashMap<>(links);
            links.put(newsgraph.text.ArticleMetadata.Publisher.LINK_KEY, outlet);
        }
        return analysis.withSameAs(links);
    }

    /**
     * The Wikidata item of an outlet named so (its own name for itself, so no context is needed): the one newspaper
     * of the pack with that name, with or without a leading "The"; none when the pack has none or several.
     */
    public List<String> outlet(String name) {
        String key = NameKey.of(name);
        Set<String> keys = new LinkedHashSet<>(List.of(key, key.startsWith("the ") ? key.substring(4) : "the " + key));
        Set<String> qids = new LinkedHashSet<>();
        for (String k : keys) {
            for (PackEntry e : pack().named(k)) {
                if (e.kind() == EntryKind.NEWSPAPER && !e.qid().isEmpty()) {
                    qids.add(e.qid());
                }
            }
        }
        return qids.size() == 1 ? List.of(PackEntry.wikidataIri(qids.iterator().next())) : List.of();
    }

    Map<String, List<String>> links(Analysis analysis) {
        return iris(decided(analysis));
    }

    private static Map<String, List<String>> iris(Map<String, PackEntry> decided) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        decided.forEach((key, entry) -> {
            if (!entry.iris().isEmpty()) {
                out.put(key, entry.iris());
            }
        });
        return out;
    }

    /**
     * Entities of one article that the pack decided are one Wikidata item (a company and its other name) are one
     * entity, the article's context having decided once: by key, the entities to join → the one they join, which
     * is of the type the item is (a place for a country) and else the one named most, else first.
     */
    static Map<String, String> oneEntityPerItem(Analysis analysis, Map<String, PackEntry> decided) {
        Map<String, List<Entity>> byItem = new LinkedHashMap<>();
        for (Entity e : analysis.entities()) {
            PackEntry p = decided.get(e.key());
            if (p != null && !p.qid().isEmpty() && !e.local()) {
                byItem.computeIfAbsent(p.qid(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, String> into = new LinkedHashMap<>();
        for (List<Entity> same : byItem.values()) {
            if (same.size() < 2) {
                continue;
            }
            EntryKind kind = decided.get(same.get(0).key()).kind();
            EntityType natural = kind.isPlace() ? EntityType.PLACE : kind == EntryKind.PERSON ? EntityType.PERSON
                    : EntityType.ORGANIZATION;
            Entity keep = same.get(0);
            for (Entity e : same) {
                boolean better = (e.type() == natural) != (keep.type() == natural) ? e.type() == natural
                        : names(e) > names(keep);
                if (better) {
                    keep = e;
                }
            }
            for (Entity e : same) {
                if (e != keep) {
                    into.put(e.key(), keep.key());
                }
            }
        }
        return into;
    }

    private static long names(Entity e) {
        return e.mentions().stream().filter(m -> m.kind() == newsgraph.extract.MentionKind.NAME).count();
    }

    private Map<String, PackEntry> decided(Analysis analysis) {
        List<String> placeNames = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            if (e.type() == EntityType.PLACE) {
                e.mentions().forEach(m -> placeNames.add(m.text()));
            }
        }
        ArticleContext context = ArticleContext.of(analysis.article().text(), placeNames, pack());
        Map<String, PackEntry> decided = new LinkedHashMap<>();
        for (Entity e : analysis.entities()) {
            if (!e.local() && e.type() != EntityType.PERSON && e.type().isNamedKind()) {
                PackEntry entry = decide(e, context);
                if (entry != null) {
                    decided.put(e.key(), entry);
                }
            }
        }
        Map<String, Entity> byKey = analysis.entitiesByKey();
        for (Entity e : analysis.entities()) {
            if (!e.local() && e.type() == EntityType.PERSON) {
                PackEntry entry = person(e, context, decided, byKey);
                if (entry != null) {
                    decided.put(e.key(), entry);
                }
            }
        }
        return decided;
    }

    // ------------------------------------------------------------------ places and organisations

    /** A candidate reading: the entries the sources hold for one Wikidata item (or one GeoNames place). */
    private record Candidate(List<PackEntry> entries) {
    }

    /** A candidate as the article supports it: its best-supported entry, its score, its local support. */
    private record Scored(PackEntry entry, double prior, double score, double support, double local,
                          double national) {
    }

    private PackEntry decide(Entity e, ArticleContext context) {
        Set<String> keys = keysOf(e);
        // "California Theater", also called "California": when the full name is unknown, a part of it is not it
        String full = NameKey.of(e.name());
        Set<String> fullWords = keys.contains(full) && candidates(pack().named(full), e.type()).isEmpty()
                ? new java.util.HashSet<>(List.of(full.split(" "))) : Set.<String>of();
        PackEntry chosen = null;
        for (String key : keys) {
            if (!fullWords.isEmpty() && !key.equals(full) && fullWords.containsAll(List.of(key.split(" ")))) {
                continue;
            }
            List<Candidate> candidates = candidates(pack().named(key), e.type());
            if (candidates.isEmpty()) {
                continue;
            }
            // a name that cannot decide ("NPP", "America") leaves it to the others; two that decide must agree
            PackEntry best = best(candidates, key, keys, context);
            if (best != null && chosen == null) {
                chosen = best;
            } else if (best != null && !same(chosen, best)) {
                return null; // "England" and "United Kingdom" named one entity: which is it?
            }
        }
        return chosen;
    }

    private PackEntry best(List<Candidate> candidates, String key, Set<String> ownKeys, ArticleContext context) {
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            scored.add(score(c, ownKeys, context));
        }
        givePlaceToNamesakeSeats(scored);
        Scored best = null;
        double second = Double.NEGATIVE_INFINITY;
        for (Scored s : scored) {
            if (best == null || s.score() > best.score()) {
                second = best == null ? second : best.score();
                best = s;
            } else if (s.score() > second) {
                second = s.score();
            }
        }
        if (DEBUG) {
            System.err.println("newsgraph link: " + key + " -> " + (best == null ? null : best.entry().name() + " " + best.entry().qid()
                    + " " + best.entry().region() + " score " + best.score() + " support " + best.support()
                    + " local " + best.local()) + " / next " + second + " of " + scored.size());
        }
        if (best == null || best.score() - second < MARGIN) {
            return null;
        }
        return plausible(best, scored.size(), key) ? best.entry() : null;
    }

    /**
     * A region that shares its name with its seat ("Kabul", "Livorno") is, in the news, the city — unless the
     * city is small beside it ("Quebec" is the province).
     */
    private static void givePlaceToNamesakeSeats(List<Scored> scored) {
        List<Scored> regions = new ArrayList<>();
        for (Scored r : scored) {
            if (r.entry().kind() == EntryKind.REGION) {
                for (Scored c : scored) {
                    PackEntry city = c.entry();
                    if (city.kind() == EntryKind.CITY && city.region().equals(r.entry().region())
                            && (city.hasRole("seat") || city.hasRole("capital") || city.population() >= 100_000)
                            && city.population() * 4 >= r.entry().population()) {
                        regions.add(r);
                        break;
                    }
                }
            }
        }
        scored.removeAll(regions);
    }

    /** Whether the best reading may stand on what the article says, not only on being the best. */
    private static boolean plausible(Scored c, int candidates, String key) {
        return switch (c.entry().kind()) {
            case COUNTRY, ORGANIZATION -> true;
            case REGION -> c.support() >= 0.5 || c.prior() >= 7;
            // a town needs its region named; a city of 100,000 its country; only a large city stands alone
            case CITY -> c.local() >= 0.5 || c.prior() >= 5 && c.national() >= 0.5 || c.prior() >= 6;
            case PARTY -> c.support() >= 1 || candidates == 1 && NameKey.words(key) >= 2;
            case NEWSPAPER -> c.support() >= 0.5 && NameKey.words(key) >= 2;
            case PERSON -> false;
        };
    }

    /** Type-compatible entries, grouped by the Wikidata item (else the GeoNames place) they are. */
    private static List<Candidate> candidates(List<PackEntry> entries, EntityType type) {
        Map<String, List<PackEntry>> byId = new LinkedHashMap<>();
        int n = 0;
        for (PackEntry p : entries) {
            n++;
            if (p.kind().fits(type)) {
                String id = !p.qid().isEmpty() ? p.qid() : !p.geonames().isEmpty() ? "g" + p.geonames() : "#" + n;
                byId.computeIfAbsent(id, k -> new ArrayList<>(2)).add(p);
            }
        }
        List<Candidate> out = new ArrayList<>();
        byId.values().forEach(list -> out.add(new Candidate(list)));
        return out;
    }

    /** The candidate's best-supported entry, with a GeoNames id another of its entries may add. */
    private static Scored score(Candidate c, Set<String> ownKeys, ArticleContext context) {
        Scored best = null;
        String geonames = "";
        boolean noContext = context.hits().stream().allMatch(h -> ownKeys.contains(h.key()));
        for (PackEntry p : c.entries()) {
            double[] support = support(p, ownKeys, context);
            double total = Math.min(MAX_SUPPORT, support[0] + support[1]);
            // rule "no-context-population": an article that names no other place says nothing for a capital
            // against a larger city of its name (a city name shared with a capital, alone): only the population counts
            double prior = noContext ? populationPrior(p) : prior(p);
            Scored s = new Scored(p, prior, prior + CONTEXT_WEIGHT * total, total, support[0], support[1]);
            if (best == null || s.score() > best.score()) {
                best = s;
            }
            if (geonames.isEmpty()) {
                geonames = p.geonames();
            }
        }
        PackEntry k = best.entry();
        if (k.geonames().isEmpty() && !geonames.isEmpty()) {
            k = new PackEntry(k.kind(), k.qid(), geonames, k.name(), k.aliases(), k.country(), k.region(),
                    k.population(), k.demonyms(), k.roles(), k.parties());
            best = new Scored(k, best.prior(), best.score(), best.support(), best.local(), best.national());
        }
        return best;
    }

    private static boolean same(PackEntry a, PackEntry b) {
        return a == b || !a.qid().isEmpty() && a.qid().equals(b.qid())
                || a.qid().isEmpty() && b.qid().isEmpty() && !a.geonames().isEmpty() && a.geonames().equals(b.geonames());
    }

    /** A city's prior without its standing as a capital or seat; others' priors as they are. */
    static double populationPrior(PackEntry e) {
        return e.kind() == EntryKind.CITY ? Math.log10(Math.max(e.population(), 1_000)) : prior(e);
    }

    /** What an entry is worth before the article says anything: log10 of a place's people, plus its standing. */
    static double prior(PackEntry e) {
        return switch (e.kind()) {
            case COUNTRY -> Math.log10(Math.max(e.population(), 10_000)) + 0.5; // before a province of its name
            case REGION -> Math.log10(Math.max(e.population(), 100_000));
            case CITY -> Math.log10(Math.max(e.population(), 1_000))
                    + (e.hasRole("capital") ? 1.5 : e.hasRole("seat") ? 0.3 : 0);
            default -> 0;
        };
    }

    /**
     * How much the article's other places support this reading, each counted by how likely that reading of it
     * is: {local, national}. Local: what lies in the candidate or is it (a city of a region, the demonym of a
     * country), for a city its region, and above all a place written after it ("London, Ontario").
     * National: the rest of its country, the same for every reading in that country (so it tells Georgia the
     * US state from the country, not Washington the state from the city); for a country, other countries.
     */
    static double[] support(PackEntry c, Set<String> ownKeys, ArticleContext context) {
        double local = 0;
        double national = 0;
        for (ArticleContext.Hit h : context.hits()) {
            if (ownKeys.contains(h.key())) {
                continue;
            }
            for (int i = 0; i < h.entries().size(); i++) {
                PackEntry e = h.entries().get(i);
                double w = h.shares()[i];
                boolean sameCountry = !c.country().isEmpty() && c.country().equals(e.country());
                boolean sameRegion = !c.region().isEmpty() && c.region().equals(e.region());
                switch (c.kind()) {
                    case COUNTRY, PARTY -> {
                        if (sameCountry) {
                            local += w; // the country itself, its demonym, a place in it
                        } else if (c.kind() == EntryKind.COUNTRY && e.kind() == EntryKind.COUNTRY && !h.demonym()) {
                            national += 0.5 * w; // a list of countries
                        }
                    }
                    case REGION, CITY, NEWSPAPER -> {
                        if (sameRegion) {
                            local += c.kind() == EntryKind.REGION || e.kind() == EntryKind.REGION ? w : 0.5 * w;
                        } else if (sameCountry) {
                            national += w;
                        }
                    }
                    default -> { }
                }
            }
        }
        for (String key : ownKeys) {
            for (ArticleContext.Hit q : context.qualifiersOf(key)) {
                for (int i = 0; i < q.entries().size(); i++) {
                    PackEntry e = q.entries().get(i);
                    boolean in = e.kind() == EntryKind.COUNTRY ? c.country().equals(e.country())
                            : !c.region().isEmpty() && c.region().equals(e.region());
                    if (in && c.kind() != EntryKind.COUNTRY) {
                        local += 2 * q.shares()[i];
                    }
                }
            }
        }
        return new double[] {local, Math.min(1, national)};
    }

    // ------------------------------------------------------------------ people

    private PackEntry person(Entity e, ArticleContext context, Map<String, PackEntry> decided, Map<String, Entity> byKey) {
        Set<String> keys = keysOf(e);
        Map<PackEntry, Boolean> candidates = new LinkedHashMap<>();
        for (String key : keys) {
            if (NameKey.words(key) >= 2) {
                for (PackEntry p : pack().named(key)) {
                    if (p.kind() == EntryKind.PERSON) {
                        candidates.put(p, true);
                    }
                }
            }
        }
        boolean surnameOnly = false;
        if (candidates.isEmpty()) {
            String canonical = NameKey.of(e.name());
            if (NameKey.words(canonical) != 1) {
                return null; // a full name the pack does not know
            }
            surnameOnly = true;
            for (PackEntry p : pack().withSurname(canonical)) {
                candidates.put(p, true);
            }
        }
        PackEntry best = null;
        int bestPoints = -100;
        int second = -100;
        Set<String> seenIds = new LinkedHashSet<>();
        for (PackEntry p : candidates.keySet()) {
            if (!p.qid().isEmpty() && !seenIds.add(p.qid())) {
                continue;
            }
            Evidence ev = evidence(e, p, context, decided, byKey);
            int points = ev.points();
            if (surnameOnly && (!ev.role || !ev.region && !ev.party)) {
                points = Math.min(points, 0); // a surname alone needs the office and the state or party
            }
            if (points > bestPoints) {
                second = bestPoints;
                best = p;
                bestPoints = points;
            } else if (points > second) {
                second = points;
            }
        }
        if (DEBUG) {
            System.err.println("newsgraph link: person " + e.name() + " -> " + (best == null ? null : best.name() + " "
                    + best.qid()) + " points " + bestPoints + " / next " + second + " of " + candidates.size());
        }
        int needed = surnameOnly ? 3 : 2;
        return best != null && bestPoints >= needed && bestPoints - second >= MARGIN ? best : null;
    }

    private record Evidence(boolean role, boolean party, boolean region, boolean country) {
        int points() {
            return (role ? 2 : 0) + (party ? 2 : 0) + (region ? 1 : 0) + (country ? 1 : 0);
        }
    }

    private Evidence evidence(Entity e, PackEntry p, ArticleContext context, Map<String, PackEntry> decided,
                              Map<String, Entity> byKey) {
        boolean role = false;
        for (Role r : e.roles()) {
            PackEntry in = r.inEntityKey() == null ? null : decided.get(r.inEntityKey());
            if (in != null && in.kind() == EntryKind.COUNTRY && !in.country().equals(p.country())) {
                continue; // "Russian President": not the president this person was
            }
            role |= holds(p, r.title());
        }
        boolean party = false;
        for (String member : e.memberOf()) {
            PackEntry org = decided.get(member);
            party |= org != null && p.parties().contains(org.qid());
        }
        Set<String> own = keysOf(e);
        double region = 0;
        double country = 0;
        for (ArticleContext.Hit h : context.hits()) {
            if (own.contains(h.key())) {
                continue;
            }
            for (int i = 0; i < h.entries().size(); i++) {
                PackEntry x = h.entries().get(i);
                if (!p.region().isEmpty() && p.region().equals(x.region())) {
                    region += h.shares()[i];
                }
                if (!p.country().isEmpty() && p.country().equals(x.country())) {
                    country += h.shares()[i];
                }
            }
        }
        return new Evidence(role, party, region >= 0.9, country >= 0.9);
    }

    /** Words for an office that name one of the pack's roles. */
    private static final Map<String, String> OFFICE_WORDS = Map.of(
            "congressman", "representative", "congresswoman", "representative", "congressperson", "representative",
            "rep", "representative", "sen", "senator", "vp", "vice president");

    /** Whether a role title ("Senator", "US President", "Congresswoman") names an office the person held. */
    static boolean holds(PackEntry p, String title) {
        String t = " " + NameKey.of(title) + " ";
        for (Map.Entry<String, String> w : OFFICE_WORDS.entrySet()) {
            t = t.replace(" " + w.getKey() + " ", " " + w.getValue() + " ");
        }
        boolean vice = t.contains(" vice president ");
        for (String role : p.roles()) {
            String r = NameKey.of(role);
            if (r.equals("president") && vice) {
                continue;
            }
            if (!r.isEmpty() && t.contains(" " + r + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keys of the names the article uses for the entity. A canonical name the extraction supplied
     * ("United Kingdom" for "England", "Hong Kong SAR China" for "Hong Kong") is not what the article says.
     */
    private static Set<String> keysOf(Entity e) {
        Set<String> surface = new java.util.HashSet<>();
        for (newsgraph.extract.Mention m : e.mentions()) {
            surface.add(NameKey.of(m.text()));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String n : e.names()) {
            String k = NameKey.of(n);
            if (!k.isEmpty() && (surface.contains(k) || !n.equals(e.name()))) {
                keys.add(k);
            }
        }
        if (keys.isEmpty()) {
            String k = NameKey.of(e.name());
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    @Override
    public String toString() {
        return pack == null ? "Linker(pack loading)" : "Linker(" + pack.entries().size() + " entries)";
    }
}
