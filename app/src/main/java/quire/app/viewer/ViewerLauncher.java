package quire.app.viewer;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/** Starts the desktop viewer and blocks until its window closes. */
public final class ViewerLauncher {

    private ViewerLauncher() {
    }

    /** Runs the viewer with these files open; returns when the user closes it. */
    public static void launch(List<Path> files) throws ViewerUnavailableException {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux") && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new ViewerUnavailableException("no display to open the viewer on (DISPLAY is not set); "
                    + "use the command-line commands (quire --help) or run under a desktop session");
        }
        ViewerApp.setInitialFiles(files);
        Application.launch(ViewerApp.class);
    }
}
