package newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How messages print a path: as it is, unless it holds something that could forge a line or repaint a terminal. */
class PrintablePathTest {

    @Test
    void ordinaryNamesInAnyScriptArePrintedAsTheyAre() {
        for (String name : new String[] {"seeds/a.txt", "my articles/Привет.txt", "新闻 2024.txt", "emoji 😀.txt",
            "quote \" and back\\slash.txt"}) {
            assertEquals(name, PrintablePath.of(Path.of(name)));
        }
    }

    @Test
    void lineEndsEscapesAndInvisibleCharactersAreQuotedAndEscaped() {
        assertEquals("\"a\\nnewsgraph load: loaded 99 articles.txt\"",
                PrintablePath.of("a\nnewsgraph load: loaded 99 articles.txt"));
        assertEquals("\"x\\r\\u001B[2K\\t\\\"q\\\"\\\\.txt\"", PrintablePath.of("x\r\u001B[2K\t\"q\"\\.txt"));
        assertEquals("\"evil\\u202Etxt.exe\"", PrintablePath.of("evil\u202Etxt.exe"));
        assertEquals("\"nel\\u0085and\\u2028sep\"", PrintablePath.of("nel\u0085and\u2028sep"));
    }
}
