package newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.text.Block;
import newsgraph.text.Layout;
import newsgraph.text.Span;

/**
 * An embedded social-media post: its text, then a line crediting it ("— Jane Doe (@janedoe) May 3, 2017").
 * The post is the named person's own words.
 *
 * @param name    the author's name as the credit writes it
 * @param nameSpan where
 * @param content the post's words without the links services append, or null when fewer than two words remain
 * @param cue     the credit's dash
 * @param post    the post's paragraph
 */
record EmbeddedPost(String name, Span nameSpan, Span content, Span cue, Span post) {

    /** The links services append to a post ("pic.twitter.com/…", "https://…"). */
    private static final Pattern POST_LINK = Pattern.compile("\\s(?:pic\\.twitter\\.com/|https?://)\\S*");

    /** {@link SpeakerRule#SPEECH_TAG}: the credit names the author. */
    static final double CONFIDENCE = 0.85;

    /** The post a credit line credits, or null when the line is no post's credit. */
    static EmbeddedPost creditedBy(Block credit, Document doc) {
        String line = doc.text(credit.span());
        if (!Layout.POST_CREDIT.matcher(line).matches() || credit.index() == 0) {
            return null;
        }
        Block post = doc.blocks.get(credit.index() - 1);
        if (!post.kind().carriesStatements()) {
            return null;
        }
        // the author: the name before "(@handle)"
        int open = line.indexOf("(@");
        int nameBegin = 1;
        while (nameBegin < open && !Character.isLetter(line.charAt(nameBegin))) {
            nameBegin++;
        }
        String name = line.substring(nameBegin, open).strip();
        if (name.isEmpty()) {
            return null;
        }
        Span nameSpan = new Span(credit.span().begin() + nameBegin, credit.span().begin() + nameBegin + name.length());
        String text = doc.text(post.span());
        Matcher link = POST_LINK.matcher(text);
        int end = link.find() ? link.start() : text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        Span content = QuoteFinder.wordCount(text, 0, end) < 2 ? null
                : new Span(post.span().begin(), post.span().begin() + end);
        int dash = credit.span().begin();
        return new EmbeddedPost(name, nameSpan, content, new Span(dash, dash + 1), post.span());
    }
}
