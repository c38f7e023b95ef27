package quire.app.viewer.view;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import quire.app.viewer.viewmodel.Highlight;
import quire.app.viewer.viewmodel.ViewTransform;
import quire.ocr.text.BBox;

/**
 * One page in the continuous view: a placeholder until its image arrives, the image, and an overlay of
 * highlight rectangles placed by {@link ViewTransform}.
 */
final class PageNode extends Pane {

    private final int page;
    private final ImageView image = new ImageView();
    private final Label placeholder;
    private final Pane overlay = new Pane();
    private float imageDpi = -1;
    private double zoom = 1;

    PageNode(int page) {
        this.page = page;
        getStyleClass().add("page");
        placeholder = new Label("Page " + page);
        placeholder.getStyleClass().add("page-placeholder");
        image.setSmooth(true);
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(false);
        getChildren().addAll(placeholder, image, overlay);
    }

    int page() {
        return page;
    }

    float imageDpi() {
        return imageDpi;
    }

    /** Sizes the node for the zoom; the image (maybe of another dpi) stretches until the new one comes. */
    void resize(double width, double height, double zoom) {
        this.zoom = zoom;
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
        resize(width, height);
        image.setFitWidth(width);
        image.setFitHeight(height);
        placeholder.resizeRelocate(0, 0, width, height);
        overlay.resizeRelocate(0, 0, width, height);
    }

    void setImage(Image img, float dpi) {
        image.setImage(img);
        imageDpi = dpi;
        placeholder.setVisible(img == null);
    }

    void dropImage() {
        setImage(null, -1);
    }

    boolean hasImage() {
        return image.getImage() != null;
    }

    void setHighlights(List<Highlight> highlights) {
        overlay.getChildren().clear();
        for (Highlight h : highlights) {
            Rectangle r = rectangle(h.bbox());
            r.getStyleClass().addAll("highlight", h.kind().styleClass());
            if (h.label() != null && !h.label().isBlank()) {
                Tooltip.install(r, new Tooltip(h.label()));
            }
            overlay.getChildren().add(r);
        }
    }

    /** Blinks an outline around a region so the eye finds it after a scroll. */
    void flash(BBox box) {
        Rectangle r = rectangle(box);
        double pad = 4;
        r.setX(r.getX() - pad);
        r.setY(r.getY() - pad);
        r.setWidth(r.getWidth() + 2 * pad);
        r.setHeight(r.getHeight() + 2 * pad);
        r.getStyleClass().add("highlight-flash");
        r.setMouseTransparent(true);
        overlay.getChildren().add(r);
        Timeline t = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(r.opacityProperty(), 1)),
                new KeyFrame(Duration.millis(250), new KeyValue(r.opacityProperty(), 0.2)),
                new KeyFrame(Duration.millis(500), new KeyValue(r.opacityProperty(), 1)),
                new KeyFrame(Duration.millis(750), new KeyValue(r.opacityProperty(), 0.2)),
                new KeyFrame(Duration.millis(1000), new KeyValue(r.opacityProperty(), 1)),
                new KeyFrame(Duration.millis(1600), new KeyValue(r.opacityProperty(), 0)));
        t.setOnFinished(e -> overlay.getChildren().remove(r));
        t.play();
    }

    Pane overlay() {
        return overlay;
    }

    private Rectangle rectangle(BBox box) {
        double[] v = ViewTransform.toView(box, zoom);
        return new Rectangle(v[0], v[1], v[2], v[3]);
    }
}
