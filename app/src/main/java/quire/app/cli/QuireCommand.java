package quire.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import quire.app.viewer.ViewerLauncher;
import quire.app.viewer.ViewerUnavailableException;

/** {@code quire}: with no subcommand it opens the desktop viewer. */
@Command(name = "quire",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads documents and charts on your machine and answers questions about them.",
        subcommands = {OpenCommand.class, InfoCommand.class, RenderCommand.class, TextCommand.class, OcrCommand.class,
                RouteCommand.class, AskCommand.class, Chart2TableCommand.class, SummarizeCommand.class,
                ModelsCommand.class})
public final class QuireCommand implements Callable<Integer> {

    @Override
    public Integer call() throws ViewerUnavailableException {
        ViewerLauncher.launch(List.of());
        return ExitCode.OK;
    }
}
