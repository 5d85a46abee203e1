package newsgraph.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A trie over token sequences (lower-cased, apostrophes straightened: {@link Lexicon#key}) holding a value per
 * entry. Longest-match lookup from a position costs one hash probe per token, so looking up every position of
 * an article is linear in its length, unlike a dictionary name finder that tries each entry.
 */
public final class TokenTrie<V> {

    private static final class Node<V> {
        Map<String, Node<V>> next;
        V value;
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** Adds an entry; an entry added again gets {@code merge(old, value)}. */
    public void add(List<String> tokens, V value, BinaryOperator<V> merge) {
        if (tokens.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (String t : tokens) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(t, k -> new Node<>());
        }
        if (node.value == null) {
            size++;
            node.value = value;
        } else {
            node.value = merge.apply(node.value, value);
        }
    }

    /** The value of exactly this sequence, or null. */
    public V get(List<String> tokens) {
        Node<V> node = root;
        for (String t : tokens) {
            if (node.next == null || (node = node.next.get(t)) == null) {
                return null;
            }
        }
        return node.value;
    }

    /** The value of exactly this one token, or null. */
    public V get(String token) {
        Node<V> node = root.next == null ? null : root.next.get(token);
        return node == null ? null : node.value;
    }

    /**
     * The longest entry starting at {@code from} among {@code tokens} (keys by {@code key}) whose value
     * {@code accept}s: returns its end index (exclusive), or {@code from} when none matches.
     */
    public <T> int longestMatch(List<T> tokens, int from, int limit, Predicate<V> accept, Function<T, String> key) {
        Node<V> node = root;
        int best = from;
        for (int i = from; i < limit; i++) {
            if (node.next == null || (node = node.next.get(key.apply(tokens.get(i)))) == null) {
                break;
            }
            if (node.value != null && accept.test(node.value)) {
                best = i + 1;
            }
        }
        return best;
    }

    public int size() {
        return size;
    }
}
