package quire.app.viewer.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import quire.app.viewer.viewmodel.DocumentViewModel;
import quire.app.viewer.viewmodel.Highlight;
import quire.app.viewer.viewmodel.PageLayout;
import quire.app.viewer.viewmodel.ViewTransform;
import quire.ocr.text.BBox;
import quire.pipeline.document.Document;

/**
 * The continuous page view: every page has a light node of its size (placeholder), only pages in or near the
 * viewport get rendered images, and images of far pages are dropped. Ctrl+wheel zooms; a drag draws a
 * rectangle when region selection is on.
 */
public final class PageView extends ScrollPane {

    static final double GAP = 12;
    private static final int PRELOAD = 1;
    private static final int KEEP = 3;

    private final DocumentViewModel vm;
    private final PageImages images;
    private final Pane content = new Pane();
    private final List<PageNode> nodes = new ArrayList<>();
    private PageLayout layout;
    private Consumer<RegionPick> regionListener;
    private boolean selecting;
    private Rectangle rubberBand;
    private double dragX;
    private double dragY;
    private PageNode dragNode;

    /** A rectangle dragged on a page, in displayed-page points. */
    public record RegionPick(int page, BBox bbox) {
    }

    public PageView(DocumentViewModel vm, PageImages images) {
        this.vm = vm;
        this.images = images;
        getStyleClass().add("page-view");
        content.getStyleClass().add("page-view-content");
        setContent(content);
        setPannable(false);
        // DocumentViewModel.show sets the pages first, then the document: rebuild once, on the document
        vm.documentProperty().addListener((o, a, b) -> rebuild());
        vm.zoomProperty().addListener((o, a, b) -> relayout(a.doubleValue(), b.doubleValue()));
        vm.highlights().addListener((ListChangeListener<Highlight>) c -> refreshHighlights());
        vm.revealProperty().addListener((o, a, r) -> {
            if (r != null) {
                reveal(r.page(), r.bbox());
            }
        });
        vvalueProperty().addListener((o, a, b) -> updateVisible());
        viewportBoundsProperty().addListener((o, a, b) -> {
            if (a.getWidth() != b.getWidth()) {
                placeNodes();
            }
            updateVisible();
        });
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() || e.isShortcutDown()) {
                if (e.getDeltaY() > 0) {
                    vm.zoomIn();
                } else if (e.getDeltaY() < 0) {
                    vm.zoomOut();
                }
                e.consume();
            }
        });
        content.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        content.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        content.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /** Turns rectangle picking on; the next drag on a page goes to {@code listener}. */
    public void setRegionSelection(boolean on, Consumer<RegionPick> listener) {
        selecting = on;
        regionListener = listener;
        setCursor(on ? javafx.scene.Cursor.CROSSHAIR : javafx.scene.Cursor.DEFAULT);
    }

    /** The page nodes, for tests and the thumbnail sync. */
    List<PageNode> pageNodes() {
        return nodes;
    }

    public Node pageNode(int page) {
        return page >= 1 && page <= nodes.size() ? nodes.get(page - 1) : null;
    }

    public PageLayout pageLayout() {
        return layout;
    }

    private void rebuild() {
        images.clear();
        nodes.clear();
        content.getChildren().clear();
        for (int p = 1; p <= vm.pages().size(); p++) {
            nodes.add(new PageNode(p));
        }
        content.getChildren().addAll(nodes);
        relayout(vm.zoomProperty().get(), vm.zoomProperty().get());
        setVvalue(0);
        setHvalue(0);
    }

    /** Places the nodes for the zoom, keeping the point at the top of the viewport where it was. */
    private void relayout(double oldZoom, double newZoom) {
        double anchorPage = layout == null || nodes.isEmpty() ? 0 : topPageFraction();
        layout = new PageLayout(vm.pages(), newZoom, GAP);
        for (PageNode n : nodes) {
            n.resize(layout.width(n.page()), layout.height(n.page()), newZoom);
        }
        placeNodes();
        refreshHighlights();
        if (oldZoom != newZoom && anchorPage > 0) {
            int page = (int) Math.floor(anchorPage);
            double y = layout.top(page) + (anchorPage - page) * layout.height(page);
            scrollToY(y);
        }
        updateVisible();
    }

    /** Pages narrower than the viewport are centred in it. */
    private double centring() {
        return layout == null ? 0 : Math.max(0, (getViewportBounds().getWidth() - layout.contentWidth()) / 2);
    }

    private void placeNodes() {
        if (layout == null) {
            return;
        }
        double dx = centring();
        content.setPrefSize(layout.contentWidth() + 2 * dx, layout.contentHeight());
        content.setMinSize(layout.contentWidth() + 2 * dx, layout.contentHeight());
        for (PageNode n : nodes) {
            n.relocate(dx + layout.left(n.page()), layout.top(n.page()));
        }
    }

    /** The page at the top of the viewport plus the fraction of it scrolled past (page 3, halfway: 3.5). */
    private double topPageFraction() {
        double y = viewportTop();
        int p = layout.pageAt(y);
        return p + Math.max(0, Math.min(0.999, (y - layout.top(p)) / layout.height(p)));
    }

    private double viewportTop() {
        Bounds vp = getViewportBounds();
        double extra = Math.max(0, content.getHeight() - vp.getHeight());
        return getVvalue() * extra;
    }

    private void scrollToY(double y) {
        Bounds vp = getViewportBounds();
        double extra = Math.max(0, layout.contentHeight() - vp.getHeight());
        content.resize(content.getPrefWidth(), layout.contentHeight());
        setVvalue(extra <= 0 ? 0 : Math.max(0, Math.min(1, y / extra)));
    }

    /** Requests images for the pages in view (and one either side) and drops those far away. */
    void updateVisible() {
        Document doc = vm.documentProperty().get();
        if (layout == null || doc == null || nodes.isEmpty()) {
            return;
        }
        double top = viewportTop();
        int[] vis = layout.visible(top, top + getViewportBounds().getHeight());
        if (vis[1] < vis[0]) {
            vis = new int[] {1, Math.min(1, nodes.size())};
        }
        int first = Math.max(1, vis[0] - PRELOAD);
        int last = Math.min(nodes.size(), vis[1] + PRELOAD);
        vm.currentPageProperty().set(layout.pageAt(top + getViewportBounds().getHeight() / 3));
        images.retainOnly(first, last);
        double scale = getScene() == null || getScene().getWindow() == null ? 1
                : getScene().getWindow().getOutputScaleX();
        float dpi = ViewTransform.renderDpi(vm.zoomProperty().get(), scale);
        for (PageNode n : nodes) {
            int p = n.page();
            if (p >= first && p <= last) {
                if (!n.hasImage() || n.imageDpi() != dpi) {
                    images.request(doc, p, dpi, img -> {
                        if (vm.documentProperty().get() == doc) {
                            n.setImage(img, dpi);
                        }
                    }, e -> {
                        if (vm.documentProperty().get() == doc) {
                            n.getStyleClass().add("page-failed");
                        }
                    });
                }
            } else if ((p < first - KEEP || p > last + KEEP) && n.hasImage()) {
                n.dropImage();
            }
        }
    }

    private void refreshHighlights() {
        boolean showRouter = getProperties().get("show-router") == Boolean.TRUE;
        List<List<Highlight>> perPage = new ArrayList<>();
        nodes.forEach(n -> perPage.add(new ArrayList<>()));
        for (Highlight h : vm.highlights()) {
            if (h.page() >= 1 && h.page() <= nodes.size()
                    && (h.kind() != Highlight.Kind.ROUTER_REGION || showRouter)) {
                perPage.get(h.page() - 1).add(h);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).setHighlights(perPage.get(i));
        }
    }

    /** Shows or hides router regions (a debug toggle). */
    public void setShowRouterRegions(boolean show) {
        getProperties().put("show-router", show);
        refreshHighlights();
    }

    /** Scrolls so the region sits in the upper third of the viewport, then flashes it. */
    public void reveal(int page, BBox box) {
        if (layout == null || page < 1 || page > nodes.size()) {
            return;
        }
        double zoom = vm.zoomProperty().get();
        double y = box == null ? layout.top(page) - GAP / 2
                : layout.top(page) + box.y0() * zoom - getViewportBounds().getHeight() / 3;
        scrollToY(Math.max(0, y));
        if (box != null) {
            double x = centring() + layout.left(page) + box.centerX() * zoom - getViewportBounds().getWidth() / 2;
            double extraW = Math.max(0, layout.contentWidth() - getViewportBounds().getWidth());
            setHvalue(extraW <= 0 ? 0 : Math.max(0, Math.min(1, x / extraW)));
            nodes.get(page - 1).flash(box);
        }
        updateVisible();
    }

    private void pressed(MouseEvent e) {
        if (!selecting) {
            return;
        }
        dragNode = nodeAt(e.getX(), e.getY());
        if (dragNode == null) {
            return;
        }
        dragX = e.getX() - dragNode.getLayoutX();
        dragY = e.getY() - dragNode.getLayoutY();
        rubberBand = new Rectangle(dragX, dragY, 0, 0);
        rubberBand.getStyleClass().addAll("highlight", Highlight.Kind.SELECTION.styleClass());
        dragNode.overlay().getChildren().add(rubberBand);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (rubberBand == null) {
            return;
        }
        double x = clamp(e.getX() - dragNode.getLayoutX(), dragNode.getWidth());
        double y = clamp(e.getY() - dragNode.getLayoutY(), dragNode.getHeight());
        rubberBand.setX(Math.min(x, dragX));
        rubberBand.setY(Math.min(y, dragY));
        rubberBand.setWidth(Math.abs(x - dragX));
        rubberBand.setHeight(Math.abs(y - dragY));
        e.consume();
    }

    private void released(MouseEvent e) {
        if (rubberBand == null) {
            return;
        }
        dragged(e);
        dragNode.overlay().getChildren().remove(rubberBand);
        BBox box = ViewTransform.toPage(rubberBand.getX(), rubberBand.getY(),
                rubberBand.getX() + rubberBand.getWidth(), rubberBand.getY() + rubberBand.getHeight(),
                vm.zoomProperty().get());
        int page = dragNode.page();
        rubberBand = null;
        dragNode = null;
        if (box.width() > 4 && box.height() > 4 && regionListener != null) {
            regionListener.accept(new RegionPick(page, box));
        }
        e.consume();
    }

    private PageNode nodeAt(double x, double y) {
        for (PageNode n : nodes) {
            if (n.getBoundsInParent().contains(x, y)) {
                return n;
            }
        }
        return null;
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
