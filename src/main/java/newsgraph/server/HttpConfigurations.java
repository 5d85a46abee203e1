package newsgraph.server;

import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.HttpConfiguration;

/**
 * The sizes of the buffers Jetty takes for each response.
 *
 * <p>Fuseki gives every response an output buffer of 5 MB, far more than the 64 KB that Jetty's buffer pool keeps
 * ({@link ArrayByteBufferPool}): so each response took 5 MB of direct memory anew, left to the garbage collector. With
 * {@code serve}'s bound on direct memory (256 MB), every fiftieth request or so then called {@code System.gc()}, a full
 * collection of the heap with the index cache in it: 40–70 ms on a store of 10,000 articles (README, Performance). A
 * buffer the pool keeps costs nothing per request. The answer is not streamed the less safely: {@link BoundedQuery}
 * computes it whole before a byte is sent, so a query out of time is still a 503.
 */
final class HttpConfigurations {

    /** The output buffer: the largest the pool keeps. */
    static final int OUTPUT_BUFFER = 64 * 1024;

    /**
     * The response headers Jetty starts with, and the most they may grow to: the editor links redirect with the whole
     * bound query in the Location header, and a per-person query that follows identity (issue 11) and reads its
     * articles first (issue 15) is longer than Jetty's default 8 KB, and URL-encoded beyond 64 KB
     * (what-a-said-about-b with its pairs' keys, issue 16).
     */
    static final int RESPONSE_HEADERS = 16 * 1024;
    static final int MAX_RESPONSE_HEADERS = 128 * 1024;

    private HttpConfigurations() {
    }

    /** Sets the buffer sizes of one connector's configuration. */
    static void bufferWithinPool(HttpConfiguration configuration) {
        configuration.setOutputBufferSize(OUTPUT_BUFFER);
        configuration.setResponseHeaderSize(RESPONSE_HEADERS);
        configuration.setMaxResponseHeaderSize(MAX_RESPONSE_HEADERS);
    }
}
