package newsgraph.store;

/** The database cannot be used (locked, missing, unwritable); the message is one line and says what to do. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
