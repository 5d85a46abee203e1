package newsgraph.cli;

import java.io.PrintWriter;
import newsgraph.server.ServerException;
import newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar newsgraph.jar COMMAND ...}: the command line's front door. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Who said what about whom: builds a knowledge graph of news statements.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ResolveCommand.class, ServeCommand.class,
            QueryCommand.class, ValidateCommand.class, StatsCommand.class, newsgraph.bench.BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        CheckedOutput.ownProcess();
        Integer served = ServeCommand.fromOwnHeap(args);
        System.exit(served != null ? served : run(args));
    }

    /** Runs a command line and returns its exit code; never exits the JVM. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            String command = "newsgraph " + line.getCommandName() + ": ";
            if (ex instanceof StoreException) {
                line.getErr().println(command + ex.getMessage());
                return ExitCode.STORE;
            }
            if (ex instanceof ServerException) {
                line.getErr().println(command + ex.getMessage());
                return ExitCode.SERVER;
            }
            if (ex instanceof CheckedOutput.Failure) {
                line.getErr().println(command + ex.getMessage());
                return ExitCode.OUTPUT;
            }
            line.getErr().println("newsgraph: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                    + " (this is a bug; please report it)");
            if (Boolean.getBoolean("newsgraph.debug")) {
                ex.printStackTrace(line.getErr());
            }
            return ExitCode.INTERNAL;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("newsgraph: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("newsgraph: out of memory; give Java more, e.g. java -Xmx4g -jar newsgraph.jar …");
            return ExitCode.INTERNAL;
        } catch (Error e) {
            // picocli hands only exceptions to the handler above; no user should see a stack trace either way
            System.err.println("newsgraph: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " (this is a bug; please report it)");
            if (Boolean.getBoolean("newsgraph.debug")) {
                e.printStackTrace();
            }
            return ExitCode.INTERNAL;
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgraph " + newsgraph.rdf.ArticleGraph.VERSION};
        }
    }
}
