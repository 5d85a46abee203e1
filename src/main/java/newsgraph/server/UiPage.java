package newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Fuseki UI's page, with the controls of what this server does not offer hidden: its "manage" tab
 * (create, remove, back up a dataset) and the remove, backup and upload buttons, which would post to endpoints
 * that are not there (404). And the graph's IRIs in its results open on this server's pages ({@code /page/…})
 * instead of at their base ({@code https://w3id.org/…}, which nothing here answers): a link is rewritten as it is
 * clicked or focused. The rest of the UI is Fuseki's, unchanged.
 */
final class UiPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String HIDDEN = "<style>/* newsgraph: no admin endpoints on this server */"
            + " a.nav-link[href=\"#/manage\"], a.nav-link[href=\"#/manage/new\"], .dataset-remove, .dataset-backup,"
            + " .dataset-add-data { display: none !important; }</style>";

    private final byte[] page;

    /** @param dataNamespace the namespace of the graph's IRIs, e.g. {@code https://w3id.org/newsgraph/id/} */
    UiPage(String dataNamespace) {
        try (InputStream in = UiPage.class.getClassLoader().getResourceAsStream("webapp/index.html")) {
            if (in == null) {
                throw new IllegalStateException("the Fuseki UI (webapp/index.html) is missing from the class path");
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            this.page = html.replace("</head>", HIDDEN + localLinks(dataNamespace) + "</head>")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script that sends the graph's IRIs to the local pages; the namespace as a JSON string, '<' escaped. */
    private static String localLinks(String dataNamespace) {
        String ids = "\"" + dataNamespace.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c") + "\"";
        return "<script>/* newsgraph: the graph's IRIs open on this server's pages */ (function () {"
                + " var ids = " + ids + ";"
                + " function local(e) { var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;"
                + " if (a && a.href.indexOf(ids) === 0) { a.href = '/page/' + a.href.substring(ids.length); } }"
                + " ['mousedown', 'click', 'focusin'].forEach(function (t) { document.addEventListener(t, local, true); });"
                + " })();</script>";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
