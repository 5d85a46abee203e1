package newsgraph.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Another web site, as far as a browser can tell: a page served from another port of 127.0.0.1 (another origin),
 * which tries to read this server's data or make it act.
 */
final class OtherSite implements AutoCloseable {

    private final HttpServer http;

    /** Serves {@code html} at {@code /}. */
    OtherSite(String html) {
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        http.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
