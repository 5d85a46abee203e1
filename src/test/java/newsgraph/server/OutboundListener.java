package newsgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A port on 127.0.0.1 that counts the connections made to it and closes each at once: the address a hostile
 * query or document points the server at ({@code SERVICE <http://127.0.0.1:PORT/>}, a remote JSON-LD
 * {@code @context}). Nothing may ever connect.
 */
public final class OutboundListener implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();

    public OutboundListener() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket connected = socket.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    // closed
                }
            }
        }, "outbound-listener");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** {@code http://127.0.0.1:PORT/} plus the path. */
    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path;
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a listener
        }
    }
}
