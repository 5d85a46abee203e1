package newsgraph.server;

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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
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
 *     browser adds the password it remembers for this server; a request with several {@code Origin} headers
 *     is refused whatever its method, since no browser sends one and a guard could read the wrong one;</li>
 * <li>(400) a {@code callback} parameter: Fuseki would answer JSONP, {@code callback({…})}, which any page
 *     can load with a {@code <script>} tag and read, whatever the same-origin policy says.</li>
 * </ul>
 * Every answer also carries {@code X-Content-Type-Options: nosniff}, so a browser never runs one as a script.
 * Programs (curl, Jena, Python) send no {@code Origin} and are not affected; the web UI is same-origin.
 */
final class BrowserRequestGuard implements Filter {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Fuseki's JSONP parameter ({@code HttpNames.paramCallback}). */
    private static final String CALLBACK = "callback";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String host = http.getHeader("Host");
        if (host != null && !LOOPBACK_NAMES.contains(hostName(host))) {
            refuse(response, "this server answers only to 127.0.0.1 and localhost, not to the name '" + host + "'");
            return;
        }
        ((HttpServletResponse) response).setHeader("X-Content-Type-Options", "nosniff");
        List<String> origins = Collections.list(http.getHeaders("Origin"));
        if (origins.size() > 1) {
            refuse(response, "a request with " + origins.size() + " Origin headers is refused");
            return;
        }
        if (asksForJsonp(http)) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST, "JSONP (the callback"
                    + " parameter) is not offered: another site's page could read the answer with a <script> tag");
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

    /** A {@code callback} parameter in the URL, or in a form's body (where Fuseki looks for it too). */
    private static boolean asksForJsonp(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (decoded(pair.split("=", 2)[0]).strip().equalsIgnoreCase(CALLBACK)) {
                    return true;
                }
            }
        }
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && request.getParameterMap().keySet().stream().anyMatch(n -> n.strip().equalsIgnoreCase(CALLBACK));
    }

    private static String decoded(String urlEncoded) {
        try {
            return URLDecoder.decode(urlEncoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return urlEncoded; // a bad %-escape: Jetty refuses the request itself
        }
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
