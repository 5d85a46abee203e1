package newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsgraph.text.Article;
import newsgraph.text.Block;

/**
 * Everything newsgraph found in one article. Immutable; the input of the RDF mapping.
 *
 * @param sameAs by entity key, IRIs outside the graph that name the same real thing (Wikidata, GeoNames);
 *               filled by the linking stage (newsgraph.link.Linker), empty after extraction alone
 */
public record Analysis(Article article, List<Block> blocks, List<Entity> entities, List<Statement> statements,
                       Map<String, List<String>> sameAs) {

    public Analysis {
        blocks = List.copyOf(blocks);
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
        sameAs = Map.copyOf(sameAs);
    }

    public Analysis(Article article, List<Block> blocks, List<Entity> entities, List<Statement> statements) {
        this(article, blocks, entities, statements, Map.of());
    }

    /** The same analysis with these links (issue 11: the linking stage's output). */
    public Analysis withSameAs(Map<String, List<String>> links) {
        return new Analysis(article, blocks, entities, statements, links);
    }

    /**
     * The same analysis with entities joined into others ({@code into}: the key of each entity joined → the key of
     * the one it joins): that one takes their names, mentions (offsets unchanged), roles and memberships, and every
     * statement, role and membership that pointed at them points at it. Their links are dropped.
     */
    public Analysis withEntitiesJoined(Map<String, String> into) {
        if (into.isEmpty()) {
            return this;
        }
        Map<String, Entity> byKey = entitiesByKey();
        Function<String, String> to = k -> k == null ? null : into.getOrDefault(k, k);
        List<Entity> kept = new ArrayList<>();
        for (Entity e : entities) {
            if (into.containsKey(e.key())) {
                continue;
            }
            List<Entity> parts = new ArrayList<>(List.of(e));
            into.forEach((from, target) -> {
                if (target.equals(e.key()) && byKey.containsKey(from)) {
                    parts.add(byKey.get(from));
                }
            });
            LinkedHashSet<String> names = new LinkedHashSet<>();
            List<Mention> mentions = new ArrayList<>();
            LinkedHashSet<Role> roles = new LinkedHashSet<>();
            LinkedHashSet<String> memberOf = new LinkedHashSet<>();
            for (Entity p : parts) {
                names.addAll(p.names());
                p.mentions().forEach(m -> mentions.add(new Mention(m.span(), m.text(), m.kind(), e.key())));
                p.roles().forEach(r -> roles.add(new Role(r.title(), to.apply(r.inEntityKey()))));
                p.memberOf().forEach(k -> memberOf.add(to.apply(k)));
            }
            memberOf.remove(e.key());
            mentions.sort(Comparator.comparing(Mention::span));
            kept.add(new Entity(e.key(), e.type(), e.name(), List.copyOf(names), mentions, List.copyOf(roles),
                    List.copyOf(memberOf), e.local()));
        }
        List<Statement> joined = new ArrayList<>();
        for (Statement s : statements) {
            joined.add(new Statement(s.content(), s.kind(), s.cue(), s.speakerMention(), to.apply(s.speakerKey()), s.rule(),
                    s.confidence(), s.about().stream().map(to).distinct().toList(), s.sentence()));
        }
        Map<String, List<String>> links = new LinkedHashMap<>(sameAs);
        links.keySet().removeAll(into.keySet());
        return new Analysis(article, blocks, kept, joined, links);
    }

    public Map<String, Entity> entitiesByKey() {
        return entities.stream().collect(Collectors.toMap(Entity::key, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** The headline: the text of the first block, or the empty string. */
    public String headline() {
        return blocks.isEmpty() ? "" : article.text(blocks.get(0).span());
    }
}
