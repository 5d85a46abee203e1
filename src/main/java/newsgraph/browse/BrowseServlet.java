package newsgraph.browse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only page or document: GET and HEAD only (any other method is 405 and changes nothing), answered whole
 * from one read transaction within the server's query timeout (503 after it), with a page for every error and no
 * stack trace in any.
 */
abstract class BrowseServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BrowseServlet.class);

    /** A request that cannot be answered as asked: 400 with this message. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    final transient Browsing browsing;

    BrowseServlet(Browsing browsing) {
        this.browsing = browsing;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Reply reply;
        try {
            reply = Txn.calculateRead(browsing.dataset(), () -> answer(request, new Reads(browsing.dataset(),
                    browsing.vocabulary(), browsing.timeout(), browsing.aside())));
        } catch (QueryCancelledException e) {
            reply = Reply.problem(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Too slow to answer",
                    "This page took longer than the server's query timeout (serve --timeout) and was stopped,"
                            + " or the server is busy. Try again, or ask for a smaller page.");
        } catch (BadRequest e) {
            reply = Reply.problem(HttpServletResponse.SC_BAD_REQUEST, "Bad request", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), e.toString(), e);
            reply = Reply.problem(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Something went wrong",
                    "The page could not be made (" + e.getClass().getSimpleName() + "); the server's log says more.");
        }
        reply.send(response);
    }

    /** The answer to a GET, made in a read transaction. */
    abstract Reply answer(HttpServletRequest request, Reads reads);

    /** A request parameter given at most once, or null. */
    static String parameter(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw new BadRequest("the parameter '" + name + "' is given " + values.length + " times; give it once");
        }
        return values[0];
    }

    /** A whole number parameter within bounds, or the default when absent. */
    static long number(HttpServletRequest request, String name, long fallback, long min, long max) {
        String value = parameter(request, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n < min || n > max) {
                throw new BadRequest("'" + name + "' must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + name + "' must be a whole number between " + min + " and " + max);
        }
    }
}
