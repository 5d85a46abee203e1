package newsgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsgraph.text.ArticleMetadata.Author;

/**
 * Names from a byline as pages write it: "By Jane Doe and John Roe", "Jane Doe; John Roe", "Jane Doe | Staff".
 * A leading "By" goes; names are split at "and", "&amp;", ';' and '|', and at commas only when every part is a name
 * of two words or more ("Doe, Jane" stays one); what is not a name — an address, an e-mail, digits, more than six
 * words — is dropped.
 */
final class Bylines {

    private static final Pattern BY = Pattern.compile("(?i)^\\s*(?:written\\s+)?by[:\\s]+");
    private static final Pattern SEPARATORS = Pattern.compile("(?i)\\s+(?:and|&)\\s+|\\s*[;|]\\s*");
    private static final int MAX_NAMES = 10;

    private Bylines() {
    }

    static List<Author> people(String byline) {
        List<Author> out = new ArrayList<>();
        if (byline == null || byline.length() > 500) {
            return out;
        }
        String text = BY.matcher(byline.strip().replaceAll("\\s+", " ")).replaceFirst("");
        for (String part : SEPARATORS.split(text)) {
            String[] commaParts = part.split("\\s*,\\s*");
            boolean splitAtCommas = commaParts.length > 1;
            for (String c : commaParts) {
                splitAtCommas &= c.strip().split(" ").length >= 2;
            }
            for (String name : splitAtCommas ? commaParts : new String[] {part}) {
                String clean = BY.matcher(name).replaceFirst("").strip();
                if (isName(clean) && out.size() < MAX_NAMES) {
                    out.add(new Author(clean, false));
                }
            }
        }
        return out;
    }

    static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 80 || s.contains("://") || s.contains("@") || s.contains("/")) {
            return false;
        }
        if (s.chars().anyMatch(Character::isDigit) || s.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        return s.split(" ").length <= 6;
    }
}
