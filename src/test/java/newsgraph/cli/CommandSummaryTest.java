package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code newsgraph --help} lists the commands with one summary each, the first line of the command's description:
 * it must be a whole sentence (issue 14: "Extract who said what about whom from articles and store their graphs in
 * the").
 */
class CommandSummaryTest {

    @ParameterizedTest
    @ValueSource(strings = {"extract", "load", "serve", "query", "validate", "bench"})
    void theCommandListGivesAWholeSentence(String command) {
        CommandRun help = CommandRun.of("--help");
        assertEquals(ExitCode.OK, help.exit(), help.toString());
        String summary = summaries(help.out()).get(command);
        assertTrue(summary != null && summary.endsWith(".") && Character.isUpperCase(summary.charAt(0)),
                command + ": '" + summary + "'\n" + help.out());
        assertTrue(CommandRun.of(command, "--help").out().replaceAll("\\s+", " ").contains(summary),
                "the summary opens the command's own help");
    }

    /** The summaries of the "Commands:" list, each joined from its wrapped lines. */
    private static Map<String, String> summaries(String help) {
        Map<String, String> summaries = new LinkedHashMap<>();
        String current = null;
        boolean inList = false;
        for (String line : help.lines().toList()) {
            if (line.equals("Commands:")) {
                inList = true;
            } else if (inList && line.matches("  \\S+\\s+\\S.*")) {
                current = line.strip().split("\\s+", 2)[0];
                summaries.put(current, line.strip().split("\\s+", 2)[1]);
            } else if (inList && current != null && line.startsWith("    ")) {
                summaries.merge(current, " " + line.strip(), String::concat);
            }
        }
        return summaries;
    }
}
