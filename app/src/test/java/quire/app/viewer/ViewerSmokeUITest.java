package quire.app.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import quire.app.viewer.service.SettingsStore;
import quire.app.viewer.service.ViewerServices;
import quire.app.viewer.view.MainWindow;

@ExtendWith(ApplicationExtension.class)
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+", disabledReason = "no X display: run under xvfb-run")
class ViewerSmokeUITest {

    @TempDir
    static Path tmp;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Viewer viewer = new Viewer(ViewerServices.standard(new SettingsStore(tmp.resolve("config"))));
        window = viewer.show(stage, List.of(), null);
    }

    @Test
    void droppingAPdfShowsItsPages(FxRobot robot) throws Exception {
        Path pdf = TestDocs.longPdf(tmp.resolve("long.pdf"), 5, "A long report");
        robot.interact(() -> window.openDropped(List.of(pdf.toFile())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".page").queryAll().size() == 5);
        assertThat(robot.lookup(".page").queryAll()).hasSize(5);
    }
}
