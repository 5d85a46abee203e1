package newsgraph.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses (403) the requests that a web page open in the user's browser could send to this server behind their
 * back. Listening on 127.0.0.1 keeps other machines out, not the pages of other sites:
 * <ul>
 * <li>a {@code Host} that is not a loopback name: a page of evil.example whose name was re-pointed at 127.0.0.1
 *     (DNS rebinding) would otherwise read everything as if it were this server's own page;</li>
 * <li>any request but GET, HEAD and OPTIONS that comes from another origin ({@code Origin}, or
 *     {@code Sec-Fetch-Site: cross-site / same-site}): a form on another site can POST an update, and the
 *     browser adds the password it remembers for this server.</li>
 * </ul>
 * Programs (curl, Jena, Python) send no {@code Origin} and are not affected; the web UI is same-origin.
 */
final class BrowserRequestGuard implements Filter {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String host = http.getHeader("Host");
        if (host != null && !LOOPBACK_NAMES.contains(hostName(host))) {
            refuse(response, "this server answers only to 127.0.0.1 and localhost, not to the name '" + host + "'");
            return;
        }
        if (!SAFE_METHODS.contains(http.getMethod().toUpperCase(Locale.ROOT))) {
            String origin = http.getHeader("Origin");
            String site = http.getHeader("Sec-Fetch-Site");
            if (origin != null && !isThisServer(origin, http.getLocalPort())
                    || "cross-site".equals(site) || "same-site".equals(site)) {
                refuse(response, "a " + http.getMethod() + " from another site (" + (origin == null ? site : origin)
                        + ") is refused: only this server's own pages and programs may send one");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(ServletResponse response, String why) throws IOException {
        ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, why);
    }

    /** "127.0.0.1:3030" → "127.0.0.1"; "[::1]:3030" → "[::1]". */
    private static String hostName(String hostHeader) {
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(0, close + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static boolean isThisServer(String origin, int port) {
        try {
            URI uri = new URI(origin);
            return "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && LOOPBACK_NAMES.contains(uri.getHost().toLowerCase(Locale.ROOT)) && uri.getPort() == port;
        } catch (URISyntaxException e) {
            return false; // "null" (a sandboxed frame, a file) or garbage
        }
    }
}
