package newsgraph.server;

/** The server cannot start (e.g. its port is in use); the message is one line and names the port. */
public final class ServerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
