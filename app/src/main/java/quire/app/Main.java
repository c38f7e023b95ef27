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
        CommandLine cli = new CommandLine(new QuireCommand());
        ErrorHandler handler = new ErrorHandler();
        cli.setExecutionExceptionHandler(handler);
        cli.setParameterExceptionHandler(handler);
        return cli.execute(args);
    }
}
