package newsgraph.server;

import java.io.IOException;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * For tests only: a second triple store in a process of its own, as a user's remote Fuseki would be. An
 * updatable in-memory dataset at {@code /ds} (Graph Store Protocol writes at {@code /ds/data}) on the loopback
 * interface, behind HTTP basic authentication. Prints {@code port=N} once it listens; stops when its
 * standard input closes.
 *
 * <pre>java -cp … newsgraph.server.PasswordedFuseki PASSWORD_FILE USER</pre>
 * The password file is Jetty's format: {@code user: password}.
 */
public final class PasswordedFuseki {

    private PasswordedFuseki() {
    }

    public static void main(String[] args) throws IOException {
        FusekiServer server = FusekiServer.create().loopback(true).port(0)
                .passwordFile(args[0]).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.policyAllowSpecific(args[1]))
                .add("/ds", DatasetGraphFactory.createTxnMem(), true)
                .build().start();
        System.out.println("port=" + server.getHttpPort());
        System.out.flush();
        while (System.in.read() != -1) {
            // wait for the test to close our standard input
        }
        server.stop();
        System.exit(0);
    }
}
