package newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsgraph.text.Article;
import newsgraph.text.Block;

/** Everything newsgraph found in one article. Immutable; the input of the RDF mapping. */
public record Analysis(Article article, List<Block> blocks, List<Entity> entities, List<Statement> statements) {

    public Analysis {
        blocks = List.copyOf(blocks);
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
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
