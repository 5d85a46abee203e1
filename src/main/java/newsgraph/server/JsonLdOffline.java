package newsgraph.server;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;

/**
 * JSON-LD is read without fetching anything: a remote {@code @context} (or {@code @import}, or a local file named
 * by one) is refused with a parse error, where Jena's JSON-LD reader would fetch it. Reading a document must not
 * make a request that a stranger chose, to an address inside this network, and must not read this machine's
 * files for them: a document given to the server's validator, sent to its Graph Store, or checked by
 * {@code validate}. Installed once for the whole process (Jena's parsers take their settings from one global
 * context).
 */
public final class JsonLdOffline {

    private JsonLdOffline() {
    }

    /** Sets the JSON-LD options of every parser of this process to a loader that refuses every document. */
    public static synchronized void install() {
        JsonLdOptions options = new JsonLdOptions((uri, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "the JSON-LD refers to " + uri
                    + ": remote contexts are not fetched; put the context in the document itself");
        });
        RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, options);
    }
}
