package newsgraph.text;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A path as newsgraph's messages print it. A file name may hold a line end, an escape sequence or a
 * right-to-left override, and printed raw it could forge a line of its own ("newsgraph load: loaded 99
 * articles…") or repaint the terminal; such a name is printed in double quotes with those characters escaped
 * ({@code "evil\nname.txt"}). Every other name is printed as it is, so ordinary messages stay unchanged.
 */
public final class PrintablePath {

    private PrintablePath() {
    }

    public static String of(Path path) {
        return of(path.toString());
    }

    /** {@code name} as it is when every character is printable, else quoted with escapes. */
    public static String of(String name) {
        if (name.codePoints().allMatch(PrintablePath::printable)) {
            return name;
        }
        StringBuilder quoted = new StringBuilder(name.length() + 8).append('"');
        name.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (printable(c)) {
                        quoted.appendCodePoint(c);
                    } else {
                        quoted.append(String.format(Locale.ROOT, "\\u%04X", c));
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }

    /**
     * Not a control character (C0, DEL, C1 with NEL), line or paragraph separator, format character (bidi
     * overrides, zero-width characters), lone surrogate or unassigned code point.
     */
    private static boolean printable(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
    }
}
