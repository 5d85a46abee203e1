package newsgraph.lexicon;

/**
 * An immutable set of {@link NameKind}s: what the lexicon knows of a word or a sequence of words. Lookups
 * return the set stored with the entry (no allocation); masks such as {@code NameKinds.of(PERSON,
 * ORGANIZATION, PLACE)} are constants of the rules that ask.
 */
public final class NameKinds {

    public static final NameKinds NONE = new NameKinds(0);

    private final int bits;

    private NameKinds(int bits) {
        this.bits = bits;
    }

    public static NameKinds of(NameKind... kinds) {
        int bits = 0;
        for (NameKind k : kinds) {
            bits |= bit(k);
        }
        return new NameKinds(bits);
    }

    public boolean has(NameKind kind) {
        return (bits & bit(kind)) != 0;
    }

    /** Whether any of the kinds of {@code other} is one of these. */
    public boolean hasAny(NameKinds other) {
        return (bits & other.bits) != 0;
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    /** These kinds and those of {@code other}. */
    public NameKinds with(NameKinds other) {
        return (bits | other.bits) == bits ? this : new NameKinds(bits | other.bits);
    }

    private static int bit(NameKind k) {
        return 1 << k.ordinal();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameKinds other && other.bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (NameKind k : NameKind.values()) {
            if (has(k)) {
                sb.append(sb.length() > 1 ? ", " : "").append(k);
            }
        }
        return sb.append(']').toString();
    }
}
