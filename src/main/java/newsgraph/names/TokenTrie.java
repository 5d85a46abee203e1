package newsgraph.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A trie over token sequences (lower-cased, apostrophes straightened) holding a bit set of name-list
 * flags per entry. Longest-match lookup from a position costs one hash probe per token, so looking up
 * every position of an article is linear in its length, unlike a dictionary name finder that tries
 * each entry.
 */
final class TokenTrie {

    private static final class Node {
        Map<String, Node> next;
        int flags;
    }

    private final Node root = new Node();
    private int size;

    void add(List<String> tokens, int flags) {
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        for (String t : tokens) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(t, k -> new Node());
        }
        if (node.flags == 0) {
            size++;
        }
        node.flags |= flags;
    }

    /** Flags of exactly this sequence, 0 if absent. */
    int flags(List<String> tokens) {
        Node node = root;
        for (String t : tokens) {
            if (node.next == null || (node = node.next.get(t)) == null) {
                return 0;
            }
        }
        return node.flags;
    }

    /**
     * The longest entry starting at {@code from} among {@code tokens} (keys by {@code key}) whose flags
     * intersect {@code mask}: returns its end index (exclusive), or {@code from} when none matches.
     */
    <T> int longestMatch(List<T> tokens, int from, int limit, int mask, Function<T, String> key) {
        Node node = root;
        int best = from;
        for (int i = from; i < limit; i++) {
            if (node.next == null || (node = node.next.get(key.apply(tokens.get(i)))) == null) {
                break;
            }
            if ((node.flags & mask) != 0) {
                best = i + 1;
            }
        }
        return best;
    }

    int size() {
        return size;
    }
}
