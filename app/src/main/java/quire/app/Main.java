package quire.app;

import picocli.CommandLine;
import quire.app.cli.ErrorHandler;
import quire.app.cli.QuireCommand;

/** Entry point of the {@code quire} launcher: the command line, or the viewer when started without arguments. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        OpenMpLimit.apply();
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (cli.md); never exits the JVM, so tests can call it. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** As {@link #run(String...)}, with the command's stdout and stderr (null: the process's own). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new QuireCommand());
        if (out != null) {
            cli.setOut(out);
        }
        if (err != null) {
            cli.setErr(err);
        }
        ErrorHandler handler = new ErrorHandler();
        cli.setExecutionExceptionHandler(handler);
        cli.setParameterExceptionHandler(handler);
        return cli.execute(args);
    }
}
