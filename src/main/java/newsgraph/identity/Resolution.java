package newsgraph.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsgraph.names.EntityType;

/**
 * Decides which entities of different articles are one real entity: a pure stage from {@link EntityRecord}s to
 * clusters. Rules, strongest first, each a union of clusters that is made only when the two are compatible (the
 * same type, no two different Wikidata items, no article in both — the extractor has already resolved each
 * article, so two entities of one article are never merged):
 * <ol>
 * <li>the same Wikidata item;
 * <li>the same full name: a person's name of two or more words without titles, an organisation's or place's
 *     name (an organisation's also without its legal suffix), any of the names the article gives it;
 * <li>an acronym and the one organisation whose initials it is ("NATO", "North Atlantic Treaty Organization");
 * <li>a short form and the one entity whose full name starts with it ("Northrop" → "Northrop Grumman") or, for a
 *     person, ends with it ("Mr Halvorsen" → "Tom Halvorsen");
 * <li>a named part of a venue and the one venue it belongs to ("Harwick West Convention Center" → "Harwick
 *     Center": the words before a point of the compass and the same last word, rule "venue-part");
 * </ol>
 * Rules 3 to 5 join only where the target is unambiguous: exactly one compatible cluster, or, among several,
 * exactly one that the context supports (the same role, party or organisation, entities named alongside, the
 * same outlet, a date close by) with no rival near it. Anything else stays apart: a wrong merge costs a reader
 * more than a missed one.
 *
 * <p>A person's {@link Corrections} come before every rule and above them: {@code owl:differentFrom} makes two
 * entities incompatible for every rule, {@code owl:sameAs} joins two entities whatever the rules say (even two of
 * one article, even with two Wikidata items), but never a person with an organisation or place, nor against a
 * {@code owl:differentFrom}.
 */
public final class Resolution {

    private final NameForms forms;
    private final List<EntityRecord> records;
    private final int[] parent;
    private final Map<Integer, Cluster> clusters = new HashMap<>();

    private Resolution(NameForms forms, List<EntityRecord> records) {
        this.forms = forms;
        this.records = records;
        this.parent = new int[records.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            clusters.put(i, new Cluster(records.get(i)));
        }
    }

    /** The clusters of the records: each a list of records, one real entity; records in the order given. */
    public static List<List<EntityRecord>> clusters(List<EntityRecord> records, NameForms forms) {
        return clusters(records, forms, Corrections.NONE, Map.of()).clusters();
    }

    /** The clusters, a person's corrections applied; a hub IRI in them stands for its members in {@code hubOf}. */
    static Outcome clusters(List<EntityRecord> records, NameForms forms, Corrections corrections,
            Map<String, String> hubOf) {
        Resolution r = new Resolution(forms, records);
        Corrections.Applied applied = r.correct(corrections, hubOf);
        r.byWikidata();
        r.byFullName();
        r.byAcronym();
        r.byShortForm();
        r.byVenuePart();
        Map<Integer, List<EntityRecord>> out = new TreeMap<>();
        for (int i = 0; i < records.size(); i++) {
            out.computeIfAbsent(r.find(i), k -> new ArrayList<>()).add(records.get(i));
        }
        return new Outcome(new ArrayList<>(out.values()), applied);
    }

    /** The clusters and what became of the corrections. */
    record Outcome(List<List<EntityRecord>> clusters, Corrections.Applied applied) {
    }

    // ------------------------------------------------------------------ a person's word

    private Corrections.Applied correct(Corrections corrections, Map<String, String> hubOf) {
        if (corrections.isEmpty()) {
            return Corrections.Applied.NONE;
        }
        Map<String, List<Integer>> byIri = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String iri = records.get(i).iri();
            byIri.computeIfAbsent(iri, k -> new ArrayList<>()).add(i);
            String hub = hubOf.get(iri);
            if (hub != null) {
                byIri.computeIfAbsent(hub, k -> new ArrayList<>()).add(i);
            }
        }
        List<String> ignored = new ArrayList<>();
        int different = 0;
        for (Corrections.Pair p : corrections.different()) {
            String why = unknown(p, byIri);
            List<Integer> a = byIri.getOrDefault(p.a(), List.of());
            List<Integer> b = byIri.getOrDefault(p.b(), List.of());
            if (why == null && !java.util.Collections.disjoint(a, b)) {
                why = "both name one entity";
            }
            if (why != null) {
                ignored.add(p.show("owl:differentFrom") + ": " + why);
                continue;
            }
            // two tokens per correction, one for each side: two clusters holding the two tokens are incompatible
            for (int i : a) {
                clusters.get(i).markApart(2 * different);
            }
            for (int i : b) {
                clusters.get(i).markApart(2 * different + 1);
            }
            different++;
        }
        int same = 0;
        for (Corrections.Pair p : corrections.same()) {
            String why = unknown(p, byIri);
            Set<Integer> roots = new LinkedHashSet<>();
            if (why == null) {
                byIri.get(p.a()).forEach(i -> roots.add(find(i)));
                byIri.get(p.b()).forEach(i -> roots.add(find(i)));
                Set<String> types = new java.util.TreeSet<>();
                roots.forEach(root -> types.add(clusters.get(root).type.name().toLowerCase(java.util.Locale.ROOT)));
                if (types.size() > 1) {
                    why = "one real entity has one type, not " + types;
                }
            }
            if (why == null) {
                outer:
                for (int x : roots) {
                    for (int y : roots) {
                        if (x < y && apart(clusters.get(x), clusters.get(y))) {
                            why = "an owl:differentFrom says otherwise";
                            break outer;
                        }
                    }
                }
            }
            if (why != null) {
                ignored.add(p.show("owl:sameAs") + ": " + why);
                continue;
            }
            int first = roots.iterator().next();
            roots.forEach(root -> union(first, root));
            same++;
        }
        return new Corrections.Applied(same, different, ignored);
    }

    private static String unknown(Corrections.Pair p, Map<String, List<Integer>> byIri) {
        for (String iri : List.of(p.a(), p.b())) {
            if (!byIri.containsKey(iri)) {
                return "<" + iri + "> is no entity or hub of this store";
            }
        }
        return null;
    }

    private static boolean apart(Cluster x, Cluster y) {
        Cluster small = x.apart.size() <= y.apart.size() ? x : y;
        Cluster large = small == x ? y : x;
        for (int token : small.apart) {
            if (large.apart.contains(token ^ 1)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the rules

    private void byWikidata() {
        Map<String, List<Integer>> byQid = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            EntityRecord r = records.get(i);
            if (r.qid() != null) {
                byQid.computeIfAbsent(r.type() + " " + r.qid(), k -> new ArrayList<>()).add(i);
            }
        }
        byQid.values().forEach(this::unionAll);
    }

    private void byFullName() {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            EntityRecord r = records.get(i);
            for (String k : fullKeys(r)) {
                byKey.computeIfAbsent(r.type() + " " + k, x -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : byKey.values()) {
            // one name, several Wikidata items (Georgia the country, Georgia the state): who is unlinked is unknown
            Set<String> items = new HashSet<>();
            group.forEach(i -> {
                if (clusters.get(find(i)).qid != null) {
                    items.add(clusters.get(find(i)).qid);
                }
            });
            if (items.size() > 1) {
                group = group.stream().filter(i -> clusters.get(find(i)).qid != null).toList();
            }
            unionAll(group);
        }
    }

    /** The keys that name an entity fully: every name of an organisation or place, a person's of 2+ words. */
    Set<String> fullKeys(EntityRecord r) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : r.names()) {
            switch (r.type()) {
                case PERSON -> {
                    String k = forms.personKey(name);
                    if (NameForms.words(k).size() >= 2) {
                        keys.add(k);
                    }
                }
                case ORGANIZATION -> {
                    String k = forms.organisationKey(name);
                    if (!k.isEmpty() && !NameForms.isAcronym(name) || k.length() >= 3) {
                        keys.add(k);
                    }
                }
                default -> {
                    String k = NameForms.key(name);
                    if (!k.isEmpty()) {
                        keys.add(k);
                    }
                }
            }
        }
        return keys;
    }

    private void byAcronym() {
        Map<String, List<Integer>> byInitials = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            EntityRecord r = records.get(i);
            if (r.type() == EntityType.PERSON) {
                continue;
            }
            for (String name : r.names()) {
                String initials = NameForms.initials(forms.organisationKey(name));
                if (!initials.isEmpty() && !NameForms.isAcronym(name)) {
                    byInitials.computeIfAbsent(r.type() + " " + initials, k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (int i = 0; i < records.size(); i++) {
            EntityRecord r = records.get(i);
            if (r.type() == EntityType.PERSON || !NameForms.isAcronym(r.name())) {
                continue;
            }
            List<Integer> targets = byInitials.get(r.type() + " " + NameForms.key(r.name()).replace(" ", ""));
            if (targets != null) {
                joinUnambiguous(i, targets);
            }
        }
    }

    private void byShortForm() {
        // the full names by their first word (organisations, places) and by their last word (people)
        Map<String, List<Integer>> byEdgeWord = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            EntityRecord r = records.get(i);
            for (String k : fullKeys(r)) {
                List<String> w = NameForms.words(k);
                if (w.size() >= 2) {
                    String edge = r.type() == EntityType.PERSON ? w.get(w.size() - 1) : w.get(0);
                    byEdgeWord.computeIfAbsent(r.type() + " " + edge, x -> new ArrayList<>()).add(i);
                }
            }
        }
        for (int i = 0; i < records.size(); i++) {
            EntityRecord r = records.get(i);
            String k = r.type() == EntityType.PERSON ? forms.personKey(r.name()) : forms.organisationKey(r.name());
            if (NameForms.words(k).size() != 1 || NameForms.isAcronym(r.name()) && r.type() != EntityType.PERSON) {
                continue;
            }
            List<Integer> targets = byEdgeWord.get(r.type() + " " + k);
            if (targets != null) {
                joinUnambiguous(i, targets);
            }
        }
    }

    /** Rule "venue-part": a place named as a part of a venue ("Harwick West Convention Center") and the venue. */
    private void byVenuePart() {
        Map<String, List<Integer>> places = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            EntityRecord r = records.get(i);
            if (r.type() == EntityType.PLACE) {
                for (String k : fullKeys(r)) {
                    places.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
            }
        }
        for (int i = 0; i < records.size(); i++) {
            EntityRecord r = records.get(i);
            if (r.type() != EntityType.PLACE) {
                continue;
            }
            for (String name : r.names()) {
                List<Integer> targets = places.get(forms.venueOfPart(name));
                if (targets != null) {
                    joinUnambiguous(i, targets);
                }
            }
        }
    }

    /**
     * Joins record {@code i} to the one cluster among {@code targets} it may join: the only compatible one, or the
     * only one the context supports clearly; else nothing.
     */
    private void joinUnambiguous(int i, List<Integer> targets) {
        int own = find(i);
        Set<Integer> roots = new LinkedHashSet<>();
        for (int t : targets) {
            if (find(t) == own) {
                return; // it is already with an entity of that name (by an earlier rule or a person's word)
            }
        }
        for (int t : targets) {
            int root = find(t);
            if (compatible(own, root)) {
                roots.add(root);
            }
        }
        if (roots.isEmpty()) {
            return;
        }
        if (roots.size() == 1) {
            union(own, roots.iterator().next());
            return;
        }
        int best = -1;
        int bestScore = 0;
        int second = 0;
        for (int root : roots) {
            int s = clusters.get(root).support(clusters.get(own));
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = root;
            } else if (s > second) {
                second = s;
            }
        }
        if (best >= 0 && bestScore >= 2 && bestScore >= 2 * second + 1) {
            union(own, best);
        }
    }

    // ------------------------------------------------------------------ clusters

    private void unionAll(List<Integer> members) {
        for (int j = 1; j < members.size(); j++) {
            int a = find(members.get(0));
            int b = find(members.get(j));
            if (a != b && compatible(a, b)) {
                union(a, b);
            }
        }
        // members that could not join the first (its article already there) may still join each other
        for (int j = 1; j < members.size(); j++) {
            for (int k = j + 1; k < members.size(); k++) {
                int a = find(members.get(j));
                int b = find(members.get(k));
                if (a != b && compatible(a, b)) {
                    union(a, b);
                }
            }
            if (members.size() > 64) {
                break; // a long list is one name in many articles: the first pass has joined all that can be
            }
        }
    }

    private boolean compatible(int a, int b) {
        Cluster x = clusters.get(a);
        Cluster y = clusters.get(b);
        if (x.type != y.type) {
            return false;
        }
        if (x.qid != null && y.qid != null && !x.qid.equals(y.qid)) {
            return false;
        }
        if (!x.apart.isEmpty() && !y.apart.isEmpty() && apart(x, y)) {
            return false;
        }
        Set<String> small = x.articles.size() < y.articles.size() ? x.articles : y.articles;
        Set<String> large = small == x.articles ? y.articles : x.articles;
        for (String article : small) {
            if (large.contains(article)) {
                return false;
            }
        }
        return true;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        int root = Math.min(ra, rb);
        int other = Math.max(ra, rb);
        parent[other] = root;
        clusters.get(root).absorb(clusters.remove(other));
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** What a cluster knows of its real entity so far. */
    private static final class Cluster {
        final EntityType type;
        String qid;
        // a cluster of one record holds that record's own (immutable) sets, and copies them only when it absorbs
        // another: a store has hundreds of thousands of entities, most of them never joined
        Set<String> articles;
        Set<String> roles;
        Set<String> memberOf;
        /** The keys of the entities named alongside its members. */
        Set<String> context;
        Set<String> publishers;
        List<String> dates;
        /** The sides of the owl:differentFrom corrections its members are on (see {@link #correct}). */
        Set<Integer> apart = Set.of();
        private boolean owned;

        Cluster(EntityRecord r) {
            type = r.type();
            qid = r.qid();
            articles = Set.of(r.article());
            roles = r.roles();
            memberOf = r.memberOf();
            context = r.context();
            publishers = r.publisher() == null ? Set.of() : Set.of(r.publisher());
            dates = r.published() == null ? List.of() : List.of(r.published());
        }

        private void own() {
            if (!owned) {
                articles = new HashSet<>(articles);
                roles = new HashSet<>(roles);
                memberOf = new HashSet<>(memberOf);
                context = new HashSet<>(context);
                publishers = new HashSet<>(publishers);
                dates = new ArrayList<>(dates);
                apart = new HashSet<>(apart);
                owned = true;
            }
        }

        void markApart(int token) {
            own();
            apart.add(token);
        }

        void absorb(Cluster o) {
            own();
            if (qid == null) {
                qid = o.qid;
            }
            articles.addAll(o.articles);
            roles.addAll(o.roles);
            memberOf.addAll(o.memberOf);
            context.addAll(o.context);
            publishers.addAll(o.publishers);
            dates.addAll(o.dates);
            apart.addAll(o.apart);
        }

        /**
         * How much {@code other}'s context supports it being this entity: a shared role or membership counts 2,
         * each entity named alongside in both 1, the same outlet 1, a date within a month of one of ours 1.
         */
        int support(Cluster other) {
            int s = 0;
            for (String r : other.roles) {
                if (roles.contains(r)) {
                    s += 2;
                }
            }
            for (String m : other.memberOf) {
                if (memberOf.contains(m) || context.contains(m)) {
                    s += 2;
                }
            }
            for (String c : other.context) {
                if (context.contains(c)) {
                    s += 1;
                }
            }
            for (String p : other.publishers) {
                if (publishers.contains(p)) {
                    s += 1;
                    break;
                }
            }
            outer:
            for (String d : other.dates) {
                for (String mine : dates) {
                    if (withinAMonth(d, mine)) {
                        s += 1;
                        break outer;
                    }
                }
            }
            return s;
        }

        private static boolean withinAMonth(String a, String b) {
            try {
                java.time.LocalDate x = java.time.LocalDate.parse(a);
                java.time.LocalDate y = java.time.LocalDate.parse(b);
                return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(x, y)) <= 31;
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }
    }

    static Comparator<List<EntityRecord>> bySize() {
        return Comparator.<List<EntityRecord>>comparingInt(List::size).reversed()
                .thenComparing(c -> c.get(0).iri());
    }
}
