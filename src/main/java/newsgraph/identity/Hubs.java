package newsgraph.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsgraph.names.EntityType;
import newsgraph.rdf.Iris;

/**
 * Gives each cluster its hub IRI, keeping the hubs a store already has: a cluster keeps the hub most of its members
 * had (each hub goes to one cluster, the one with most of its members), and a new cluster gets a hub from its name,
 * numbered past any IRI ever given out ({@code tom-halvorsen-2}), so a hub IRI never changes its meaning.
 */
final class Hubs {

    private Hubs() {
    }

    /** A real entity: its hub IRI, its members and what identifies it. */
    record Hub(String iri, EntityType type, String name, Set<String> alternateNames, Set<String> links,
            List<EntityRecord> members) {
    }

    /**
     * @param clusters the clusters of {@link Resolution}
     * @param previous each member's hub as stored
     * @param known    every hub IRI ever given out in the store
     * @param base     the store's base
     */
    static List<Hub> assign(List<List<EntityRecord>> clusters, Map<String, String> previous, Set<String> known,
            String base) {
        List<List<EntityRecord>> ordered = new ArrayList<>(clusters);
        ordered.sort(Resolution.bySize());
        // each previous hub to the cluster holding most of its members (ties: the larger cluster, then the first)
        Map<String, Map<Integer, Integer>> votes = new HashMap<>();
        for (int c = 0; c < ordered.size(); c++) {
            for (EntityRecord r : ordered.get(c)) {
                String hub = previous.get(r.iri());
                if (hub != null) {
                    votes.computeIfAbsent(hub, h -> new HashMap<>()).merge(c, 1, Integer::sum);
                }
            }
        }
        Map<Integer, String> hubOfCluster = new HashMap<>();
        List<String> hubsInOrder = new ArrayList<>(new TreeSet<>(votes.keySet()));
        hubsInOrder.sort(Comparator.comparingInt((String h) -> -votes.get(h).values().stream()
                .mapToInt(Integer::intValue).max().orElse(0)).thenComparing(h -> h));
        for (String hub : hubsInOrder) {
            List<Map.Entry<Integer, Integer>> byVotes = new ArrayList<>(votes.get(hub).entrySet());
            byVotes.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<Integer, Integer> v : byVotes) {
                if (!hubOfCluster.containsKey(v.getKey())) {
                    hubOfCluster.put(v.getKey(), hub);
                    break;
                }
            }
        }
        Set<String> taken = new HashSet<>(known);
        taken.addAll(hubOfCluster.values());
        List<Hub> hubs = new ArrayList<>();
        for (int c = 0; c < ordered.size(); c++) {
            List<EntityRecord> members = ordered.get(c);
            EntityType type = members.get(0).type();
            String name = name(members);
            String iri = hubOfCluster.get(c);
            if (iri == null) {
                for (int n = 1;; n++) {
                    iri = Iris.rebased(Iris.hub(type, name, n), base);
                    if (taken.add(iri)) {
                        break;
                    }
                }
            }
            Set<String> alternates = new LinkedHashSet<>();
            for (EntityRecord r : members) {
                alternates.add(r.name());
            }
            for (EntityRecord r : members) {
                alternates.addAll(r.names());
            }
            alternates.remove(name);
            Set<String> links = new TreeSet<>();
            members.forEach(r -> links.addAll(r.links()));
            hubs.add(new Hub(iri, type, name, limit(alternates, 20), links, members));
        }
        return hubs;
    }

    /**
     * The hub's name: the name its members use most; for a person, a name of two or more words where there is one
     * (a surname alone names no one across an archive); ties go to the longer, then the first in order.
     */
    static String name(List<EntityRecord> members) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntityRecord r : members) {
            counts.merge(r.name(), 1, Integer::sum);
        }
        boolean person = members.get(0).type() == EntityType.PERSON;
        List<String> names = new ArrayList<>(counts.keySet());
        Collections.sort(names);
        names.sort(Comparator.comparingInt((String n) -> person && n.strip().contains(" ") ? 0 : 1)
                .thenComparing(n -> -counts.get(n)).thenComparing(n -> -n.length()));
        return names.get(0);
    }

    private static Set<String> limit(Set<String> set, int max) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : set) {
            if (out.size() == max) {
                break;
            }
            out.add(s);
        }
        return out;
    }
}
