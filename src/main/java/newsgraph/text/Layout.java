package newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits an article into its non-empty lines and labels each with its part of the layout: headline,
 * dateline, standfirst, heading, body, caption, credit or footer. Nothing is removed; later stages
 * ask a block's kind whether to take statements or names from it.
 *
 * <p>The rules look only at the shape of lines (length, final punctuation, credit wording, repetition,
 * position), never at particular articles.
 */
public final class Layout {

    private static final Pattern WEEKDAY_DATE = Pattern.compile(
            "(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
                    + "(?:\\d{1,2}\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+"
                    + "(?:\\d{1,2},?\\s+)?\\d{4}\\b.{0,30}$");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "^(?:(?:updated|published|posted)[: ]\\s*)?\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}(?:\\s+\\d{1,2}[:.]\\d{2}.*)?$",
            Pattern.CASE_INSENSITIVE);
    /** Words that photo and media credits are made of. */
    private static final Pattern CREDIT_WORDS = Pattern.compile(
            "(?i)\\b(?:images?|photos?|photograph(?:er|y)?|pictures?|getty|reuters|afp|ap photo|associated press|"
                    + "pa wire|pa archive|pa media|shutterstock|alamy|epa|bloomberg|credit|courtesy|handout|"
                    + "file photo|press association)\\b");
    /** A caption ending with its credit: "A crowd in the square. Image: Jane Doe." */
    private static final Pattern CAPTION_WITH_CREDIT = Pattern.compile(
            "(?i)(?:^|[.!?)\\s])(?:image|photo|picture|credit|source|photograph)\\s*:\\s*[^.]{1,80}\\.?\\s*$");
    private static final Pattern FOOTER_WORDS = Pattern.compile(
            "(?i)^(?:what's hot|what’s hot|related(?: articles| stories| coverage)?|read more|more from|"
                    + "share (?:this|on)|sign up|subscribe|follow us|advertisement|most popular|trending|"
                    + "sources?|external links|see also|categories:.*|comments?|newsletter)\\b.*$");

    private static final Pattern REPORTING = Pattern.compile(
            "(?i)\\b(?:said|says|told|tells|added|according to|announced|claimed|warned|insisted|argued|stated)\\b");

    /** "— Jane Doe (@janedoe) May 3, 2017": the credit line under an embedded social-media post. */
    public static final Pattern POST_CREDIT = Pattern.compile("[—–-]\\s*\\p{Lu}[^()]{1,80}\\(@\\w{1,30}\\)\\s*.{0,40}");

    private Layout() {
    }

    public static List<Block> of(String text) {
        List<Block> raw = lines(text);
        int n = raw.size();
        BlockKind[] kinds = new BlockKind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = firstGuess(raw.get(i).span().of(text), i);
        }
        for (int i = 0; i < n; i++) {
            String line = raw.get(i).span().of(text);
            if (kinds[i] == BlockKind.CREDIT && !POST_CREDIT.matcher(line).matches()) {
                // the lines just above a credit are its caption (often printed twice)
                for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                    if (kinds[j] == BlockKind.BODY && looksLikeCaption(raw.get(j).span().of(text))) {
                        kinds[j] = BlockKind.CAPTION;
                    } else {
                        break;
                    }
                }
            }
            if (i > 0 && kinds[i] != BlockKind.HEADLINE && line.equals(raw.get(i - 1).span().of(text))) {
                // a line printed twice in a row is a caption and its repeat
                if (kinds[i - 1] != BlockKind.HEADLINE) {
                    kinds[i - 1] = BlockKind.CAPTION;
                }
                kinds[i] = BlockKind.CAPTION;
            }
        }
        // the line right under the headline, short and without a full stop, is a standfirst
        if (n > 2 && (kinds[1] == BlockKind.HEADING || kinds[1] == BlockKind.BODY)
                && wordCount(raw.get(1).span().of(text)) <= 12) {
            kinds[1] = BlockKind.STANDFIRST;
        }
        // trailing boilerplate: short unpunctuated lines after the last body paragraph
        for (int i = n - 1; i > 0; i--) {
            String line = raw.get(i).span().of(text);
            if (kinds[i] == BlockKind.HEADING || FOOTER_WORDS.matcher(line).matches()) {
                kinds[i] = BlockKind.FOOTER;
            } else if (kinds[i] == BlockKind.BODY) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            String line = raw.get(i).span().of(text);
            if (kinds[i] == BlockKind.HEADING && FOOTER_WORDS.matcher(line).matches()) {
                kinds[i] = BlockKind.FOOTER;
            }
        }
        List<Block> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            blocks.add(raw.get(i).withKind(kinds[i]));
        }
        return List.copyOf(blocks);
    }

    /** Non-empty lines, trimmed, with 1-based line numbers. */
    private static List<Block> lines(String text) {
        List<Block> out = new ArrayList<>();
        int line = 1;
        int start = 0;
        int len = text.length();
        for (int i = 0; i <= len; i++) {
            if (i == len || text.charAt(i) == '\n') {
                int b = start;
                int e = i;
                while (b < e && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > b) {
                    out.add(new Block(out.size(), line, new Span(b, e), BlockKind.BODY));
                }
                line++;
                start = i + 1;
            }
        }
        return out;
    }

    private static BlockKind firstGuess(String line, int index) {
        if (index == 0) {
            return BlockKind.HEADLINE;
        }
        String trimmed = line.strip();
        int words = wordCount(trimmed);
        if (words <= 8 && (WEEKDAY_DATE.matcher(trimmed).matches() || NUMERIC_DATE.matcher(trimmed).matches())) {
            return BlockKind.DATELINE;
        }
        if (isCredit(trimmed, words) || POST_CREDIT.matcher(trimmed).matches()) {
            return BlockKind.CREDIT;
        }
        if (words <= 40 && CAPTION_WITH_CREDIT.matcher(trimmed).find() && !hasQuotedSpeech(trimmed)) {
            return BlockKind.CAPTION;
        }
        if (words <= 12 && !endsLikeSentence(trimmed) && !hasQuotedSpeech(trimmed)) {
            return BlockKind.HEADING;
        }
        return BlockKind.BODY;
    }

    private static boolean isCredit(String line, int words) {
        if (words > 8 || endsLikeSentence(line) && !line.endsWith(".")) {
            return false;
        }
        if (hasQuotedSpeech(line)) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        boolean creditWords = CREDIT_WORDS.matcher(line).find();
        boolean agencySlash = line.matches("[\\p{L}. ]+/[\\p{L}. /]+");
        boolean via = lower.contains(" via ");
        return (creditWords && (agencySlash || via || words <= 4 || lower.startsWith("photo") || lower.startsWith("image")))
                || (agencySlash && words <= 6);
    }

    /** A line above a credit: short, no quotation, and no reporting verb (a story's sentence reports). */
    private static boolean looksLikeCaption(String line) {
        return wordCount(line) <= 30 && !hasQuotedSpeech(line) && !REPORTING.matcher(line).find();
    }

    private static boolean hasQuotedSpeech(String line) {
        return line.indexOf('“') >= 0 || line.indexOf('"') >= 0;
    }

    private static boolean endsLikeSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '”' || last == '"' || last == ':'
                || last == '’' || last == '\'' || last == ';' || last == ')' || last == '…';
    }

    static int wordCount(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) {
                count++;
            }
            in = !ws;
        }
        return count;
    }
}
