package quire.app.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import quire.app.viewer.TestDocs.Text;
import quire.app.viewer.service.SettingsStore;
import quire.app.viewer.service.ViewerServices;
import quire.app.viewer.view.MainWindow;
import quire.app.viewer.viewmodel.MainViewModel;

/** The viewer end to end under Xvfb: real documents, real rendering, real background threads. */
@ExtendWith(ApplicationExtension.class)
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+", disabledReason = "no X display: run under xvfb-run")
class ViewerUITest {

    private static final float PAGE_W = 300;
    private static final float PAGE_H = 200;
    private static final float SIZE = 16;

    @TempDir
    Path tmp;
    private Viewer viewer;
    private MainWindow window;
    private Stage stage;
    private Path config;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        config = Files.createTempDirectory("quire-ui-config");
        viewer = new Viewer(ViewerServices.standard(new SettingsStore(config)));
        window = viewer.show(stage, List.of(), null);
    }

    private MainViewModel vm() {
        return viewer.model();
    }

    private void open(FxRobot robot, Path file, int pages) throws Exception {
        robot.interact(() -> window.openDropped(List.of(file.toFile())));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm().document().pages().size() == pages);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForImages(FxRobot robot, int atLeast) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#page-view .page").queryAll().stream()
                .filter(n -> n.lookup(".image-view") instanceof ImageView iv && iv.getImage() != null).count() >= atLeast);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean hasImage(FxRobot robot, int page) {
        Node n = window.pageView().pageNode(page);
        return n.lookup(".image-view") instanceof ImageView iv && iv.getImage() != null;
    }

    private WritableImage snapshot(FxRobot robot) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(stage.getScene().snapshot(null)));
        return img.get();
    }

    @Test
    void droppingAPdfShowsItsPagesAndRendersOnlyThoseInView(FxRobot robot) throws Exception {
        Path pdf = TestDocs.longPdf(tmp.resolve("long.pdf"), 30, "A long report");
        open(robot, pdf, 30);
        waitForImages(robot, 1);
        Thread.sleep(500); // let any further renders land
        WaitForAsyncUtils.waitForFxEvents();
        long rendered = robot.lookup("#page-view .page").queryAll().stream()
                .filter(n -> n.lookup(".image-view") instanceof ImageView iv && iv.getImage() != null).count();
        assertThat(robot.lookup("#page-view .page").queryAll()).hasSize(30);
        assertThat(rendered).as("pages rendered (virtualised)").isBetween(1L, 6L);
        assertThat(stage.getTitle()).contains("long.pdf");

        // scrolling far renders the pages there and lets the first ones go
        robot.interact(() -> vm().document().reveal(20, null));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> hasImage(robot, 20));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hasImage(robot, 1)).as("page 1 dropped after scrolling to page 20").isFalse();
        assertThat(vm().document().currentPageProperty().get()).isBetween(19, 21);
        assertThat(vm().recentFiles()).first().isEqualTo(pdf.toAbsolutePath().normalize());

        // Ctrl+wheel zooms; the + button steps
        robot.moveTo("#page-view").press(javafx.scene.input.KeyCode.CONTROL)
                .scroll(2, javafx.geometry.VerticalDirection.UP).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().document().zoomProperty().get()).isNotEqualTo(1.0);
        double before = vm().document().zoomProperty().get();
        robot.clickOn("#zoom-in");
        assertThat(vm().document().zoomProperty().get()).isGreaterThan(before);
    }

    @Test
    void askingShowsTheAnswerAndCoversItsWordsWithHighlightAtTwoZooms(FxRobot robot) throws Exception {
        String line = "Revenue in 2023: 4.2 million";
        Path pdf = TestDocs.pdf(tmp.resolve("report.pdf"), PAGE_W, PAGE_H, List.of(List.of(
                new Text("Quarterly report", 20, 170, 14),
                new Text(line, 20, 110, SIZE),
                new Text("Costs in 2023: 3.1 million", 20, 70, SIZE))));
        open(robot, pdf, 1);
        robot.interact(() -> vm().document().setZoom(1.0));
        robot.interact(() -> vm().ask().questionProperty().set("What was the revenue in 2023?"));
        robot.clickOn("#ask-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm().ask().runningProperty().get()
                && !vm().ask().citations().isEmpty());
        assertThat(vm().ask().answerProperty().get()).isEqualTo("4.2 million");
        assertThat(robot.lookup(".citation-chip").queryAll()).hasSize(1);

        // where "4.2 million" was drawn, from the PDF's own numbers: x after "Revenue in 2023: ", baseline y=110
        double ax0 = 20 + TestDocs.width("Revenue in 2023: ", SIZE);
        double ax1 = 20 + TestDocs.width(line, SIZE);
        double baseline = PAGE_H - 110;
        for (double zoom : new double[] {1.0, 2.0}) {
            robot.interact(() -> vm().document().setZoom(zoom));
            Thread.sleep(1800); // the citation flash fades out
            waitForImages(robot, 1);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#page-view .page .image-view")
                    .queryAs(ImageView.class).getImage().getWidth() >= PAGE_W * zoom - 1);
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage shot = snapshot(robot);
            Pixels px = new Pixels(shot);
            Node view = robot.lookup("#page-view").query();
            AtomicReference<Bounds> area = new AtomicReference<>();
            robot.interact(() -> area.set(view.localToScene(view.getLayoutBounds())));
            Pixels.Rect page = px.pageRect(area.get());
            double sx = page.w() / PAGE_W;
            double sy = page.h() / PAGE_H;
            assertThat(sx).as("page found in the snapshot at zoom " + zoom).isCloseTo(zoom, org.assertj.core.data.Offset.offset(0.05));
            assertThat(sy).isCloseTo(sx, org.assertj.core.data.Offset.offset(0.03));
            // the answer's glyph band, inset by a point
            double bx0 = page.x() + (ax0 + 1) * sx;
            double bx1 = page.x() + (ax1 - 1) * sx;
            double by0 = page.y() + (baseline - 0.55 * SIZE) * sy;
            double by1 = page.y() + (baseline - 0.15 * SIZE) * sy;
            assertThat(px.tintedFraction(bx0, by0, bx1, by1)).as("answer covered at zoom " + zoom).isGreaterThan(0.6);
            // both ends sit where they should: "4.2" itself is covered, the blank after "million" is not
            double first = page.x() + (ax0 + TestDocs.width("4.2", SIZE) - 1) * sx;
            assertThat(px.tintedFraction(bx0, by0, first, by1)).as("'4.2' covered").isGreaterThan(0.6);
            assertThat(px.tintedFraction(page.x() + (ax1 + 3) * sx, by0, page.x() + (ax1 + 15) * sx, by1))
                    .as("nothing after the answer").isLessThan(0.02);
            // "Revenue" on the same line, and the blank band above the line, stay untouched
            double rx1 = page.x() + (20 + TestDocs.width("Revenue", SIZE) - 1) * sx;
            assertThat(px.tintedFraction(page.x() + 21 * sx, by0, rx1, by1)).as("no highlight on 'Revenue'")
                    .isLessThan(0.02);
            assertThat(px.tintedFraction(bx0, page.y() + (baseline - 2.2 * SIZE) * sy, bx1,
                    page.y() + (baseline - 1.4 * SIZE) * sy)).as("no highlight above the line").isLessThan(0.02);
        }
    }

    @Test
    void findHighlightsCoverTheWordOnARotatedPage(FxRobot robot) throws Exception {
        // MediaBox 200×300 with /Rotate 90: displayed 300×200, and a user-space point (x, y) shows at (y, x)
        Path pdf = TestDocs.pdf(tmp.resolve("rotated.pdf"), 200, 300, 90, List.of(List.of(
                new Text("Needle", 50, 100, SIZE), new Text("Haystack", 50, 160, SIZE))));
        open(robot, pdf, 1);
        robot.interact(() -> vm().document().setZoom(1.5));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        robot.write("needle").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm().document().findHits().size() == 1);
        Thread.sleep(1800); // the flash fades out
        waitForImages(robot, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#page-view .page .image-view")
                .queryAs(ImageView.class).getImage().getWidth() >= 300 * 1.5 - 1);
        WaitForAsyncUtils.waitForFxEvents();
        Pixels px = new Pixels(snapshot(robot));
        Node view = robot.lookup("#page-view").query();
        AtomicReference<Bounds> area = new AtomicReference<>();
        robot.interact(() -> area.set(view.localToScene(view.getLayoutBounds())));
        Pixels.Rect page = px.pageRect(area.get());
        double sx = page.w() / 300;
        double sy = page.h() / 200;
        assertThat(sx).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(sy).isCloseTo(sx, org.assertj.core.data.Offset.offset(0.03));
        double len = TestDocs.width("Needle", SIZE);
        // the glyph band of "Needle": user y in [100 + 0.15 size, 100 + 0.55 size], user x in [51, 50 + len - 1]
        assertThat(px.tintedFraction(page.x() + (100 + 0.15 * SIZE) * sx, page.y() + 51 * sy,
                page.x() + (100 + 0.55 * SIZE) * sx, page.y() + (50 + len - 1) * sy)).as("'Needle' covered")
                .isGreaterThan(0.6);
        double hay = TestDocs.width("Haystack", SIZE);
        assertThat(px.tintedFraction(page.x() + (160 + 0.15 * SIZE) * sx, page.y() + 51 * sy,
                page.x() + (160 + 0.55 * SIZE) * sx, page.y() + (50 + hay - 1) * sy)).as("'Haystack' untouched")
                .isLessThan(0.02);
    }

    @Test
    void aChartImageGivesATable(FxRobot robot) throws Exception {
        Path png = TestDocs.barChart(tmp.resolve("bars.png"), new int[] {100, 200, 150, 250});
        open(robot, png, 1);
        robot.interact(() -> window.panels().getSelectionModel().select(1));
        robot.clickOn("#chart-detect");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm().chart().rows().size() == 4);
        assertThat(vm().chart().rows().stream().map(r -> r.get(0)).toList())
                .containsExactly("2019", "2020", "2021", "2022");
        assertThat(vm().chart().rows().stream().map(r -> Math.round(Double.parseDouble(r.get(1)) / 10) * 10).toList())
                .containsExactly(100L, 200L, 150L, 250L);
        assertThat(vm().chart().asTsv()).contains("\n2019\t");
        assertThat(robot.lookup("#chart-table").queryTableView().getItems()).hasSize(4);

        // drag a rectangle around the value axis and the first two bars with their years (bars at x 60..110, 140..190)
        robot.clickOn("#chart-pick");
        Node page = window.pageView().pageNode(1);
        AtomicReference<javafx.geometry.Point2D> from = new AtomicReference<>();
        AtomicReference<javafx.geometry.Point2D> to = new AtomicReference<>();
        double zoom = vm().document().zoomProperty().get();
        robot.interact(() -> {
            from.set(page.localToScreen(2 * zoom, 30 * zoom));
            to.set(page.localToScreen(205 * zoom, 385 * zoom));
        });
        robot.moveTo(from.get()).press(javafx.scene.input.MouseButton.PRIMARY).moveTo(to.get())
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm().chart().rows().size() == 2);
        assertThat(vm().chart().rows().stream().map(r -> Math.round(Double.parseDouble(r.get(1)) / 10) * 10).toList())
                .containsExactly(100L, 200L);
        assertThat(vm().chart().selectingProperty().get()).isFalse();
    }

    @Test
    void aCorruptFileShowsAnErrorNotification(FxRobot robot) throws Exception {
        Path bad = TestDocs.corruptPdf(tmp.resolve("corrupt.pdf"));
        robot.interact(() -> window.openDropped(List.of(bad.toFile())));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !viewer.notifier().history().isEmpty());
        assertThat(viewer.notifier().history().get(0)).startsWith("Cannot open corrupt.pdf");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar").tryQuery().isPresent());
        // details on demand: the notification's action opens the technical cause
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar .button")
                .lookup((javafx.scene.control.Button b) -> "Details".equals(b.getText())).tryQuery().isPresent());
        Thread.sleep(600); // the notification slides in
        robot.clickOn(robot.lookup(".notification-bar .button")
                .lookup((javafx.scene.control.Button b) -> "Details".equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot().lookup(".exception-dialog") != null
                        || w.getScene() != null && w.getScene().getRoot().lookup(".dialog-pane") != null));
        assertThat(vm().document().pages()).isEmpty();
        // the window still answers
        robot.interact(() -> vm().document().zoomIn());
        assertThat(vm().document().zoomProperty().get()).isGreaterThan(1.0);
    }

    @Test
    void cancelStopsALongBatch(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        // enough work (12 different 60-page files: identical copies would be summarised once, by content hash)
        // that even a fast machine is still busy when Cancel is clicked
        for (int i = 0; i < 12; i++) {
            TestDocs.longPdf(dir.resolve(String.format("doc-%02d.pdf", i)), 60, "Batch document " + i);
        }
        robot.interact(() -> {
            window.panels().getSelectionModel().select(2);
            vm().batch().folderProperty().set(dir);
        });
        robot.clickOn("#batch-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().batch().items().stream()
                .anyMatch(i -> i.progressProperty().get() > 0));
        robot.clickOn("#batch-cancel");
        long t0 = System.nanoTime();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !vm().batch().runningProperty().get());
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
        assertThat(vm().batch().statusProperty().get()).startsWith("Cancelled");
        assertThat(vm().batch().items().stream().filter(i -> i.stateProperty().get().equals("cancelled")).count())
                .isGreaterThan(0);
        // the summarize job never writes half a report: finished files wait in its state folder for the next run
        Path report = vm().batch().reportProperty().get();
        assertThat(report).doesNotExist();
        assertThat(Path.of(report + ".quire-state")).isDirectory();
    }

    @Test
    void theDarkThemeRestylesTheWindowAndIsRemembered(FxRobot robot) throws Exception {
        robot.interact(() -> window.panels().getSelectionModel().select(3));
        robot.clickOn("#settings-theme").clickOn("DARK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).anyMatch(css -> css.endsWith("dark.css"));
        assertThat(vm().settings().settingsProperty().get().theme()).isEqualTo(
                quire.app.viewer.service.Settings.Theme.DARK);
        Path file = config.resolve("settings.properties");
        assertThat(Files.readString(file)).contains("theme=dark");
        assertThat(robot.lookup("#settings-models").queryListView().getItems()).hasSizeGreaterThanOrEqualTo(3);
    }

    private static boolean visibleIn(FxRobot robot, Node node, Node viewport) {
        AtomicReference<Boolean> in = new AtomicReference<>();
        robot.interact(() -> {
            Bounds n = node.localToScene(node.getBoundsInLocal());
            Bounds v = viewport.localToScene(viewport.getLayoutBounds());
            in.set(v.contains(n.getCenterX(), n.getCenterY()));
        });
        return in.get();
    }

    @Test
    void writesTheScreenshot(FxRobot robot) throws Exception {
        Path pdf = ScreenshotDoc.write(tmp.resolve("annual-report-2023.pdf"));
        robot.interact(() -> stage.setWidth(1360));
        open(robot, pdf, 3);
        robot.interact(window::fitWidth);
        robot.interact(() -> vm().ask().questionProperty().set("What was the net revenue in 2023?"));
        robot.clickOn("#ask-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm().ask().citations().isEmpty());
        Thread.sleep(1800);
        waitForImages(robot, 1);
        robot.interact(() -> vm().document().findQueryProperty().set("revenue"));
        robot.interact(() -> vm().document().find());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm().document().findHits().isEmpty());
        // scroll away to page 3, then a click on the citation chip brings the evidence back into view and flashes it
        robot.interact(() -> vm().document().reveal(3, null));
        WaitForAsyncUtils.waitForFxEvents();
        Node evidence = robot.lookup("#page-view .highlight-evidence").query();
        Node pageView = robot.lookup("#page-view").query();
        assertThat(visibleIn(robot, evidence, pageView)).as("evidence scrolled away").isFalse();
        robot.clickOn(".citation-chip");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#page-view .highlight-flash").tryQuery()
                .isPresent());
        assertThat(visibleIn(robot, evidence, pageView)).as("evidence back in view").isTrue();
        Thread.sleep(1800);
        waitForImages(robot, 1);
        WritableImage shot = snapshot(robot);
        String root = System.getProperty("quire.root");
        Path out = Path.of(root == null ? "." : root, "docs", "screenshot.png");
        Files.createDirectories(out.getParent());
        File f = out.toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", f);
        assertThat(f).exists();
        assertThat(f.length()).isGreaterThan(10_000);
    }
}
