package newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import newsgraph.extract.Analysis;
import newsgraph.extract.Entity;
import newsgraph.extract.Extractor;
import newsgraph.text.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Within one article, one Wikidata item is one entity: two names that the extraction kept apart but the pack
 * says are one item (a company and its other name) become one entity, with every mention and statement. The
 * ids are Wikidata's sandbox items; the article is written for the test.
 */
class OneEntityPerItemTest {

    private static final String PACK = """
            kind\tqid\tgeonames\tname\taliases\tcountry\tregion\tpopulation\tdemonyms\troles\tparties
            organization\tQ4115189\t\tKestrel Airways\tBluewing\tGB
            """;
    private static final String ARTICLE = """
            Fares fall

            Kestrel Airways said on Monday that it would cut its fares by a tenth. Union leaders said Bluewing's \
            pilots welcomed the cut.
            """;

    private static Extractor unlinked;
    private static Extractor linked;

    @BeforeAll
    static void extractors() throws IOException {
        unlinked = Extractor.create();
        KnowledgePack pack = KnowledgePack.of(KnowledgePack.parse(
                new ByteArrayInputStream(PACK.getBytes(StandardCharsets.UTF_8)), "test"));
        linked = unlinked.then(new Linker(pack));
    }

    @Test
    void twoNamesOfOneItemInOneArticleAreOneEntity() {
        Analysis before = unlinked.extract(new Article("fares", ARTICLE));
        assertEquals(2, named(before, "Kestrel Airways", "Bluewing").size(), "extraction alone keeps them apart");
        Analysis a = linked.extract(new Article("fares", ARTICLE));
        List<Entity> found = named(a, "Kestrel Airways", "Bluewing");
        assertEquals(1, found.size(), () -> a.entities().toString());
        Entity kestrel = found.get(0);
        assertTrue(kestrel.names().containsAll(List.of("Kestrel Airways", "Bluewing")), kestrel::toString);
        assertTrue(kestrel.mentions().stream().allMatch(m -> m.entityKey().equals(kestrel.key())));
        assertEquals(2, kestrel.mentions().stream().filter(m -> m.text().equals("Kestrel Airways")
                || m.text().equals("Bluewing")).count(), "each name keeps its mention and offsets");
        assertEquals(List.of("http://www.wikidata.org/entity/Q4115189"), a.sameAs().get(kestrel.key()));
        assertTrue(a.statements().stream().allMatch(s -> a.entitiesByKey().containsKey(s.speakerKey())
                && s.about().stream().allMatch(a.entitiesByKey()::containsKey)), "statements point at kept entities");
    }

    private static List<Entity> named(Analysis a, String... names) {
        return a.entities().stream().filter(e -> e.names().stream().anyMatch(List.of(names)::contains)).toList();
    }
}
