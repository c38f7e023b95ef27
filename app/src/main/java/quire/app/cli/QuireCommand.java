package quire.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code quire}: with no subcommand it opens the desktop viewer. */
@Command(name = "quire",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads documents and charts on your machine and answers questions about them.",
        subcommands = {ModelsCommand.class, AskCommand.class, SummarizeCommand.class})
public final class QuireCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        // the viewer arrives with the desktop issue; until then say what the command line offers
        System.err.println("quire: the desktop viewer is not built yet; see quire --help for the commands");
        return ExitCode.USAGE;
    }
}
