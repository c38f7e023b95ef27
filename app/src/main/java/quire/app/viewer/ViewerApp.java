package quire.app.viewer;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import quire.app.viewer.service.SettingsStore;
import quire.app.viewer.service.ViewerServices;

/** The JavaFX application; started by {@link ViewerLauncher}. */
public final class ViewerApp extends Application {

    private static volatile List<Path> initialFiles = List.of();
    private Viewer viewer;

    static void setInitialFiles(List<Path> files) {
        initialFiles = List.copyOf(files);
    }

    @Override
    public void start(Stage stage) {
        viewer = new Viewer(ViewerServices.standard(SettingsStore.standard()));
        viewer.show(stage, initialFiles, getHostServices());
    }

    @Override
    public void stop() {
        if (viewer != null) {
            viewer.close();
        }
    }
}
