package quire.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import quire.app.viewer.ViewerLauncher;
import quire.app.viewer.ViewerUnavailableException;

/** {@code quire open FILE...}: the desktop viewer with these documents open. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Opens the desktop viewer with these documents (PDFs and images).")
public final class OpenCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "documents to open")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws ViewerUnavailableException {
        ViewerLauncher.launch(files);
        return ExitCode.OK;
    }
}
