package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the sentence tests of extraction ask of an analysis: who spoke which words, and about whom. */
final class StatementAssertions {

    private StatementAssertions() {
    }

    /** A one-paragraph article under a headline. */
    static String body(String paragraph) {
        return "A Headline For The Test\n\n" + paragraph + "\n";
    }

    /** The statement holding {@code content} (or most of it), checked to be {@code speakerName}'s of that kind. */
    static Statement assertSpeaker(Analysis a, String content, String speakerName, StatementKind kind) {
        String text = a.article().text();
        for (Statement s : a.statements()) {
            String words = s.content().of(text);
            if (words.contains(content) || content.contains(words) && words.length() * 2 > content.length()) {
                Entity speaker = speaker(a, s);
                assertTrue(speaker.names().stream().anyMatch(n -> n.equalsIgnoreCase(speakerName)),
                        () -> "speaker of \"" + content + "\" should be " + speakerName + " but is " + speaker.names());
                assertEquals(kind, s.kind(), () -> "kind of \"" + content + "\"");
                return s;
            }
        }
        return fail("no statement \"" + content + "\" among " + a.statements().stream()
                .map(s -> s.content().of(text)).collect(Collectors.toList()));
    }

    static Entity speaker(Analysis a, Statement s) {
        Entity e = a.entitiesByKey().get(s.speakerKey());
        assertNotNull(e, () -> "speaker entity " + s.speakerKey());
        return e;
    }

    static List<String> aboutNames(Analysis a, Statement s) {
        Map<String, Entity> byKey = a.entitiesByKey();
        return s.about().stream().map(k -> byKey.get(k).name()).toList();
    }
}
