package newsgraph.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.security.Credential;

/**
 * HTTP basic authentication for the users of a password file in Jetty's realm format ({@code USER: PASSWORD},
 * one a line; {@code OBF:}, {@code MD5:} and {@code CRYPT:} passwords too).
 * <ul>
 * <li>The file is read once, when the server starts: Fuseki's own login re-reads it every 5 seconds and prints
 *     a stack trace each time when it has been moved or deleted.</li>
 * <li>Malformed credentials ({@code Authorization: Basic !!!!}) are a 401 like a wrong password, where Jetty
 *     answers 500 with the decoder's exception.</li>
 * </ul>
 */
final class PasswordLogin {

    private PasswordLogin() {
    }

    /**
     * @throws ServerException when the file cannot be read or names no user with a password
     */
    static ConstraintSecurityHandler securityHandler(Path passwordFile, String realm) {
        UserStore users = new UserStore();
        int known = 0;
        Properties file = read(passwordFile);
        for (String user : file.stringPropertyNames()) {
            String value = file.getProperty(user).strip();
            String[] passwordAndRoles = value.split(",");
            String password = passwordAndRoles[0].strip();
            if (!password.isEmpty()) {
                String[] roles = Arrays.stream(passwordAndRoles).skip(1).map(String::strip).filter(r -> !r.isEmpty())
                        .toArray(String[]::new);
                users.addUser(user.strip(), Credential.getCredential(password), roles);
                known++;
            }
        }
        if (known == 0) {
            throw new ServerException("the password file " + passwordFile + " has no line 'USER: PASSWORD'", null);
        }
        try {
            users.start();
        } catch (Exception e) {
            throw new ServerException("cannot use the password file " + passwordFile + ": " + e.getMessage(), e);
        }
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(realm, users, AuthScheme.BASIC);
        handler.setAuthenticator(new MalformedCredentialsRefused(realm));
        return handler;
    }

    /** The file as Jetty's {@code PropertyUserStore} reads it: Java properties, "user: password[, role…]". */
    private static Properties read(Path passwordFile) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(passwordFile, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new ServerException("the password file " + passwordFile + " does not exist", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ServerException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
        }
        return properties;
    }

    /** Basic authentication whose undecodable credentials are refused with 401, not a 500 and a stack trace. */
    private static final class MalformedCredentialsRefused extends BasicAuthenticator {

        private final String realm;

        MalformedCredentialsRefused(String realm) {
            this.realm = realm;
        }

        @Override
        public AuthenticationState validateRequest(Request request, Response response, Callback callback)
                throws ServerAuthException {
            try {
                return super.validateRequest(request, response, callback);
            } catch (IllegalArgumentException notBase64) {
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
                return AuthenticationState.writeError(request, response, callback, 401);
            }
        }
    }
}
