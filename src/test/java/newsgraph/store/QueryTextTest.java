package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The text newsgraph's clients send: the same query as Jena's printed form, without the blanks of its indentation. */
class QueryTextTest {

    @Test
    void everyNamedQueryBoundReadsBackAsTheSameQueryInAThirdOfItsPrintedText() {
        Map<String, String> parameters = Map.of("speaker_name", "Fallon", "about_name", "Corbyn", "from", "2024",
                "outlet", "BBC");
        for (String name : NamedQuery.packaged()) {
            NamedQuery named = NamedQuery.find(name);
            Map<String, String> its = new java.util.HashMap<>(parameters);
            its.keySet().retainAll(named.documentedParameters().keySet());
            Query query = named.bind(its);
            String compact = QueryText.compact(query);
            assertEquals(query, QueryFactory.create(compact), name);
            assertTrue(compact.length() < query.toString().length(), name);
        }
        Query deep = NamedQuery.find("timeline").bind(Map.of("speaker_name", "Fallon", "from", "2024", "outlet", "BBC"));
        assertTrue(QueryText.compact(deep).length() * 2 < deep.toString().length(),
                "the nested sub-queries' indentation is most of the printed text");
    }

    /** A string's line breaks are escaped in the printed form: the blanks after one are the string's own and stay. */
    @Test
    void aStringWithALineBreakAndBlanksKeepsThem() {
        Query query = QueryFactory.create("SELECT * { { SELECT ?s { ?s ?p \"\"\"two\n    lines\"\"\" } } }");
        Query sent = QueryFactory.create(QueryText.compact(query));
        assertEquals(query, sent);
        assertTrue(sent.toString().contains("two\\n    lines"), sent.toString());
    }
}
