package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s safety options refuse what would open the database to writes without a password. */
class ServeOptionsTest {

    @TempDir
    Path temp;

    @Test
    void updatesNeedAPasswordFile() {
        CommandRun run = serve("--allow-updates").withoutStackTrace();
        assertEquals(ExitCode.USAGE, run.exit());
        assertEquals(List.of("newsgraph serve: --allow-updates needs --password-file FILE: writes over HTTP are never"
                + " open to everyone"), run.messages());
    }

    @Test
    void aPasswordFileAloneIsAMistake() throws IOException {
        Path passwords = Files.writeString(temp.resolve("passwords"), "editor: secret\n");
        CommandRun run = serve("--password-file", passwords.toString()).withoutStackTrace();
        assertEquals(ExitCode.USAGE, run.exit());
        assertEquals(List.of("newsgraph serve: --password-file is only for --allow-updates"), run.messages());
    }

    @Test
    void aMissingOrEmptyPasswordFileStopsTheServer() throws IOException {
        Path missing = temp.resolve("missing");
        CommandRun absent = serve("--allow-updates", "--password-file", missing.toString()).withoutStackTrace();
        assertEquals(ExitCode.SERVER, absent.exit());
        assertEquals(List.of("newsgraph serve: the password file " + missing + " does not exist"), absent.messages());

        Path empty = Files.writeString(temp.resolve("empty"), "# nobody yet\n\neditor:\n");
        CommandRun noUser = serve("--allow-updates", "--password-file", empty.toString()).withoutStackTrace();
        assertEquals(ExitCode.SERVER, noUser.exit());
        assertEquals(List.of("newsgraph serve: the password file " + empty + " has no line 'USER: PASSWORD'"),
                noUser.messages());
    }

    @Test
    void limitsMustBePositive() {
        assertEquals(ExitCode.USAGE, serve("--max-results", "0").exit());
        assertEquals(ExitCode.USAGE, serve("--timeout", "0").exit());
        CommandRun negative = serve("--warm-up", "-1");
        assertEquals(ExitCode.USAGE, negative.exit());
        assertTrue(String.join("\n", negative.messages()).contains("--warm-up"), negative.messages().toString());
        CommandRun word = serve("--warm-up", "soon");
        assertEquals(ExitCode.USAGE, word.exit());
        assertTrue(String.join("\n", word.messages()).contains("'auto'"), word.messages().toString());
    }

    private CommandRun serve(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "serve";
        args[1] = "--db";
        args[2] = temp.resolve("db").toString();
        args[3] = "--port";
        args[4] = "0";
        System.arraycopy(options, 0, args, 5, options.length);
        return CommandRun.of(args);
    }
}
