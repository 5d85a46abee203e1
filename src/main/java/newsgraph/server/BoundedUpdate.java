package newsgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update (only ever behind the password) without its two ways of reaching out: {@code LOAD <url>}
 * fetches a document from any address (or reads a file of this machine), and a {@code SERVICE} in a
 * {@code WHERE} sends a query to any address. Both are refused with 400: the server sends no requests. Data is
 * sent to it instead (a Graph Store PUT, {@code INSERT DATA}).
 */
final class BoundedUpdate extends SPARQL_Update {

    private final boolean serviceAllowed;

    BoundedUpdate(boolean serviceAllowed) {
        this.serviceAllowed = serviceAllowed;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] request;
        try {
            request = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        String refused = refusal(new String(request, StandardCharsets.UTF_8));
        if (refused != null) {
            ServletOps.errorBadRequest(refused);
        }
        super.execute(action, new ByteArrayInputStream(request));
    }

    /** Why the update is refused, or null (a syntax error is left to Fuseki, which reports it). */
    private String refusal(String text) {
        UpdateRequest parsed;
        try {
            parsed = UpdateFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            return null;
        }
        for (Update update : parsed.getOperations()) {
            if (update instanceof UpdateLoad) {
                return "LOAD is refused: this server fetches nothing; send the data itself (a Graph Store PUT to /news/data,"
                        + " or INSERT DATA)";
            }
            if (!serviceAllowed && update instanceof UpdateModify modify && modify.getWherePattern() != null
                    && BoundedQuery.callsService(Algebra.compile(modify.getWherePattern()))) {
                return "SERVICE is refused: this server sends no requests to other servers";
            }
        }
        return null;
    }
}
