package newsgraph.browse;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * A whole answer, made inside the request's read transaction and sent after it: nothing is written to the client
 * until the page is complete, so a page that runs out of time is a 503, never half a page.
 */
final class Reply {

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Reply(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    static Reply html(int status, Document page) {
        return new Reply(status, "text/html; charset=utf-8", page.outerHtml().getBytes(StandardCharsets.UTF_8))
                .header("Content-Security-Policy", Html.POLICY)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
    }

    static Reply bytes(int status, String contentType, byte[] body) {
        return new Reply(status, contentType, body);
    }

    static Reply redirect(String location) {
        return new Reply(HttpServletResponse.SC_SEE_OTHER, null, new byte[0]).header("Location", location);
    }

    /** A page with a title and a one-sentence message: 400, 404, 406, 503. */
    static Reply problem(int status, String title, String message) {
        Document doc = Html.page(title, null);
        Html.main(doc).appendElement("h1").text(title);
        Html.main(doc).appendElement("p").text(message);
        Html.main(doc).appendElement("p").text("Find someone by name with the box above, or ask the graph in SPARQL.");
        return html(status, doc);
    }

    Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    void send(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        headers.forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-cache");
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
