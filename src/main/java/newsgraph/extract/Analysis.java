package newsgraph.extract;

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

    public Map<String, Entity> entitiesByKey() {
        return entities.stream().collect(Collectors.toMap(Entity::key, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** The headline: the text of the first block, or the empty string. */
    public String headline() {
        return blocks.isEmpty() ? "" : article.text(blocks.get(0).span());
    }
}
