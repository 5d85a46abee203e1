package newsgraph.text;

/** An input that cannot be read as an article, with a one-line reason that names the file. */
public final class BadArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadArticleException(String message) {
        super(message);
    }
}
