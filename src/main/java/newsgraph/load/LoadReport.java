package newsgraph.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a load did.
 *
 * @param articles   articles stored
 * @param duplicates inputs that were the same article as an earlier input (stored once, not counted in articles)
 * @param statements statements found in them
 * @param entities   distinct people, organisations and places in them
 * @param failed     the inputs that were refused, as messages print them (each was reported with its reason)
 * @param time       how long it took
 * @param storing    how much of that time went into writing to the destination (extraction runs alongside)
 */
public record LoadReport(int articles, int duplicates, int statements, int entities, List<String> failed,
                         Duration time, Duration storing) {

    public LoadReport {
        failed = List.copyOf(failed);
    }

    /**
     * This report with what was found before loading counted too: inputs refused then (a missing file, a directory
     * without articles, a link out of its directory), first, and files named more than once (read once).
     */
    public LoadReport withInputs(List<String> refusedInputs, int repeatedFiles) {
        List<String> all = new ArrayList<>(refusedInputs);
        all.addAll(failed);
        return new LoadReport(articles, duplicates + repeatedFiles, statements, entities, all, time, storing);
    }

    /**
     * One line, e.g. "loaded 3 articles: 41 statements, 57 entities; 1 failed (x.txt); 4.2 s, 1.3 s of it storing",
     * with "; 2 duplicates (stored once)" after the entities when there were any.
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("loaded ").append(articles).append(articles == 1 ? " article: " : " articles: ")
                .append(statements).append(statements == 1 ? " statement, " : " statements, ")
                .append(entities).append(entities == 1 ? " entity; " : " entities; ");
        if (duplicates > 0) {
            sb.append(duplicates).append(duplicates == 1 ? " duplicate" : " duplicates").append(" (stored once); ");
        }
        sb.append(failed.size()).append(" failed");
        if (!failed.isEmpty()) {
            int shown = Math.min(failed.size(), 5);
            sb.append(" (").append(String.join(", ", failed.subList(0, shown)));
            if (shown < failed.size()) {
                sb.append(", …");
            }
            sb.append(')');
        }
        sb.append("; ").append(seconds(time)).append(", ").append(seconds(storing)).append(" of it storing");
        return sb.toString();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
