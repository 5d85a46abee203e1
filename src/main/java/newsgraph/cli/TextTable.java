package newsgraph.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Rows as a table for a person to read, at most {@code width} characters wide: when the natural widths do not
 * fit, the widest columns are narrowed and their long cells cut with "…" (the CSV and JSON formats are never
 * cut). Line ends and other control characters in a cell are shown as spaces, so one row is one line.
 */
final class TextTable {

    /** No column is narrowed below this. */
    private static final int MIN_COLUMN = 5;

    private TextTable() {
    }

    static void print(PrintStream out, List<String> header, List<List<String>> rows, int width) {
        int columns = header.size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], oneLine(row.get(c)).length());
            }
        }
        // "| a | b |": three characters around each column and one at the end
        int available = Math.max(width - 3 * columns - 1, MIN_COLUMN * columns);
        while (sum(widths) > available) {
            int widest = 0;
            for (int c = 1; c < columns; c++) {
                widest = widths[c] > widths[widest] ? c : widest;
            }
            if (widths[widest] <= MIN_COLUMN) {
                break;
            }
            widths[widest]--;
        }
        String rule = "-".repeat(sum(widths) + 3 * columns + 1);
        out.println(rule);
        out.println(line(header, widths));
        out.println("=".repeat(rule.length()));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
        out.println(rule);
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < widths.length; c++) {
            String cell = oneLine(cells.get(c));
            if (cell.length() > widths[c]) {
                cell = cell.substring(0, widths[c] - 1) + "…";
            }
            line.append(' ').append(cell).append(" ".repeat(widths[c] - cell.length())).append(" |");
        }
        return line.toString();
    }

    private static String oneLine(String cell) {
        StringBuilder shown = new StringBuilder(cell.length());
        cell.codePoints().forEach(cp -> shown.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return shown.toString();
    }

    private static int sum(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return total;
    }

    /** The terminal's width from {@code COLUMNS}, else 120. */
    static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        try {
            return columns == null ? 120 : Math.max(40, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 120;
        }
    }
}
