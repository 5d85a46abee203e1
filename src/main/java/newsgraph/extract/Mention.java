package newsgraph.extract;

import newsgraph.text.Span;

/** A span of the article that refers to an entity (by its key, local to the article). */
public record Mention(Span span, String text, MentionKind kind, String entityKey) {
}
