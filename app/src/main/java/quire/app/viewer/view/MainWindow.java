package quire.app.viewer.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.HostServices;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import quire.app.viewer.service.Settings;
import quire.app.viewer.viewmodel.MainViewModel;
import quire.app.viewer.viewmodel.MainViewModel.OpenDocument;

/**
 * The main window: menu and toolbar (open, zoom, document switcher), thumbnails, the page view with its find
 * bar, and the panels (Ask, Chart, Batch, Models &amp; settings). Files dropped anywhere on it are opened.
 */
public final class MainWindow extends BorderPane {

    private static final double MARGIN = PageView.GAP;

    private final MainViewModel vm;
    private final PageImages pageImages = new PageImages(2, 16);
    private final PageImages thumbImages = new PageImages(1, 32);
    private final PageView pageView;
    private final FindBar findBar;
    private final TabPane panels = new TabPane();

    private final FxNotifier notifier;

    public MainWindow(MainViewModel vm, FxNotifier notifier, HostServices host) {
        this.vm = vm;
        this.notifier = notifier;
        getStyleClass().add("main-window");
        pageView = new PageView(vm.document(), pageImages);
        pageView.setId("page-view");
        findBar = new FindBar(vm.document());
        ThumbnailList thumbs = new ThumbnailList(vm.document(), thumbImages);
        thumbs.setId("thumbnails");

        ChartPanel chart = new ChartPanel(vm.chart(), notifier, on -> pageView.setRegionSelection(on,
                pick -> vm.chart().extract(pick.page(), pick.bbox())));
        Tab ask = new Tab("Ask", new AskPanel(vm.ask()));
        ask.setId("tab-ask");
        Tab charts = new Tab("Chart → table", chart);
        charts.setId("tab-chart");
        Tab batch = new Tab("Batch", new BatchPanel(vm.batch(), host));
        batch.setId("tab-batch");
        Tab settings = new Tab("Models & settings", new SettingsPanel(vm.settings()));
        settings.setId("tab-settings");
        panels.getTabs().addAll(ask, charts, batch, settings);
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panels.setMinWidth(300);
        pageView.setShowRouterRegions(vm.settings().showRouterRegionsProperty().get());
        vm.settings().showRouterRegionsProperty().addListener((o, a, b) -> pageView.setShowRouterRegions(b));

        VBox centre = new VBox(findBar, pageView);
        VBox.setVgrow(pageView, Priority.ALWAYS);
        SplitPane split = new SplitPane(thumbs, centre, panels);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.13, 0.68);
        SplitPane.setResizableWithParent(thumbs, false);
        SplitPane.setResizableWithParent(panels, false);

        setTop(new VBox(menuBar(), toolBar()));
        setCenter(split);
        setBottom(statusBar());
        setOnDragOver(this::dragOver);
        setOnDragExited(e -> getStyleClass().remove("drop-target"));
        setOnDragDropped(this::dragDropped);
    }

    public PageView pageView() {
        return pageView;
    }

    public TabPane panels() {
        return panels;
    }

    /** Shows the window on {@code stage} with its scene, theme and shortcuts. */
    public Scene install(Stage stage, double width, double height) {
        Scene scene = new Scene(this, width, height);
        applyTheme(scene, vm.settings().themeProperty().get());
        vm.settings().themeProperty().addListener((o, a, t) -> applyTheme(scene, t));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), findBar::showBar);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> chooseFiles(stage));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                vm.document()::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                vm.document()::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                vm.document()::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                this::fitWidth);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setScene(scene);
        return scene;
    }

    /** What a drop does; the DnD handler and tests call the same method. */
    public void openDropped(List<File> files) {
        vm.open(files.stream().map(File::toPath).toList());
    }

    public void fitWidth() {
        vm.document().fitWidth(pageView.getViewportBounds().getWidth(), MARGIN);
    }

    public void fitPage() {
        vm.document().fitPage(pageView.getViewportBounds().getWidth(), pageView.getViewportBounds().getHeight(),
                MARGIN);
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!getStyleClass().contains("drop-target")) {
                getStyleClass().add("drop-target");
            }
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            openDropped(e.getDragboard().getFiles());
        }
        getStyleClass().remove("drop-target");
        e.setDropCompleted(ok);
        e.consume();
    }

    private static void applyTheme(Scene scene, Settings.Theme theme) {
        scene.getStylesheets().setAll(css("base.css"), css(theme == Settings.Theme.DARK ? "dark.css" : "light.css"));
    }

    private static String css(String name) {
        return MainWindow.class.getResource("/quire/app/viewer/" + name).toExternalForm();
    }

    private void chooseFiles(Stage stage) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open documents");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents", "*.pdf", "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = fc.showOpenMultipleDialog(stage);
        if (files != null) {
            openDropped(files);
        }
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open…");
        open.setOnAction(e -> chooseFiles((Stage) getScene().getWindow()));
        Menu recent = new Menu("Open recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : vm.recentFiles()) {
                MenuItem item = new MenuItem(p.toString());
                item.setOnAction(e -> vm.open(List.of(p)));
                recent.getItems().add(item);
            }
            recent.setDisable(vm.recentFiles().isEmpty());
        };
        fillRecent.run();
        vm.recentFiles().addListener((Observable o) -> fillRecent.run());
        MenuItem close = new MenuItem("Close document");
        close.setOnAction(e -> vm.closeCurrent());
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> getScene().getWindow().hide());
        MenuItem find = new MenuItem("Find…");
        find.setOnAction(e -> findBar.showBar());
        MenuItem messages = new MenuItem("Messages…");
        messages.setOnAction(e -> showMessages());
        Menu file = new Menu("File", null, open, recent, close, quit);
        Menu edit = new Menu("Edit", null, find);
        Menu help = new Menu("Help", null, messages);
        return new MenuBar(file, edit, help);
    }

    /** The notifications so far, newest last, in a window of their own (the GUI's log). */
    private void showMessages() {
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(notifier.history());
        Stage s = new Stage();
        s.initOwner(getScene().getWindow());
        s.setTitle("Messages — Quire");
        s.setScene(new Scene(list, 560, 320));
        s.show();
    }

    private ToolBar toolBar() {
        Button open = new Button("Open…");
        open.setOnAction(e -> chooseFiles((Stage) getScene().getWindow()));
        Button out = new Button("−");
        out.setId("zoom-out");
        out.setOnAction(e -> vm.document().zoomOut());
        Label zoom = new Label();
        zoom.setId("zoom-label");
        zoom.setMinWidth(48);
        zoom.textProperty().bind(vm.document().zoomProperty().map(z -> String.format(Locale.ROOT, "%.0f%%",
                z.doubleValue() * 100)));
        Button in = new Button("+");
        in.setId("zoom-in");
        in.setOnAction(e -> vm.document().zoomIn());
        Button width = new Button("Fit width");
        width.setOnAction(e -> fitWidth());
        Button page = new Button("Fit page");
        page.setOnAction(e -> fitPage());
        ComboBox<OpenDocument> docs = new ComboBox<>(vm.openDocuments());
        docs.setPromptText("No document");
        docs.setPrefWidth(220);
        vm.document().documentProperty().addListener((o, a, d) -> docs.getItems().stream()
                .filter(x -> x.document() == d).findFirst().ifPresentOrElse(docs::setValue, () -> docs.setValue(null)));
        docs.setOnAction(e -> {
            OpenDocument d = docs.getValue();
            if (d != null && d.document() != vm.document().documentProperty().get()) {
                vm.show(d);
            }
        });
        ToggleButton router = new ToggleButton("Router regions");
        router.selectedProperty().bindBidirectional(vm.settings().showRouterRegionsProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(open, new Separator(), out, zoom, in, width, page, new Separator(), docs, spacer, router);
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        Label page = new Label();
        page.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.document().pages().isEmpty()
                ? "" : "Page " + vm.document().currentPageProperty().get() + " of " + vm.document().pages().size(),
                vm.document().currentPageProperty(), vm.document().pages()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, page);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    /** Stops the render threads. */
    public void dispose() {
        pageImages.close();
        thumbImages.close();
    }
}
