package quire.app.viewer.view;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import quire.app.viewer.viewmodel.DocumentViewModel;
import quire.pipeline.document.Document;
import quire.pipeline.document.PageGeometry;

/** The thumbnails sidebar: a virtualised list; each visible cell renders its page small, off the FX thread. */
final class ThumbnailList extends ListView<PageGeometry> {

    private static final double WIDTH = 110;

    private final DocumentViewModel vm;
    private final PageImages images;
    private boolean syncing;

    ThumbnailList(DocumentViewModel vm, PageImages images) {
        this.vm = vm;
        this.images = images;
        getStyleClass().add("thumbnails");
        setPrefWidth(WIDTH + 40);
        setItems(vm.pages());
        // pages change before the document does (DocumentViewModel.show): refresh cells once both are set
        vm.documentProperty().addListener((o, a, d) -> {
            images.clear();
            refresh();
        });
        setCellFactory(lv -> new Cell());
        getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            if (g != null && !syncing) {
                vm.reveal(g.page(), null);
            }
        });
        vm.currentPageProperty().addListener((o, a, p) -> {
            int i = p.intValue() - 1;
            if (i >= 0 && i < getItems().size() && getSelectionModel().getSelectedIndex() != i) {
                syncing = true;
                getSelectionModel().select(i);
                scrollTo(Math.max(0, i - 1));
                syncing = false;
            }
        });
    }

    private final class Cell extends ListCell<PageGeometry> {
        private final ImageView view = new ImageView();

        Cell() {
            setContentDisplay(ContentDisplay.TOP);
            view.setPreserveRatio(true);
        }

        @Override
        protected void updateItem(PageGeometry g, boolean empty) {
            super.updateItem(g, empty);
            view.setImage(null);
            if (empty || g == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(Integer.toString(g.page()));
            double zoom = WIDTH / g.width();
            view.setFitWidth(WIDTH);
            view.setFitHeight(g.height() * zoom);
            setGraphic(view);
            Document doc = vm.documentProperty().get();
            if (doc != null) {
                float dpi = (float) (72 * zoom);
                images.request(doc, g.page(), dpi, img -> {
                    if (getItem() == g) {
                        view.setImage(img);
                    }
                }, e -> { });
            }
        }
    }
}
