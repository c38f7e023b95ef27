package quire.app.viewer.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import quire.app.viewer.viewmodel.DocumentViewModel;

/** Ctrl+F: a query box; Enter finds (then the next hit), Shift+Enter the previous one, Escape closes. */
final class FindBar extends HBox {

    private final TextField field = new TextField();

    FindBar(DocumentViewModel vm) {
        super(6);
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("find-field");
        field.setPromptText("Find in document");
        field.textProperty().bindBidirectional(vm.findQueryProperty());
        Button prev = new Button("▲");
        Button next = new Button("▼");
        Button close = new Button("✕");
        Label status = new Label();
        status.setId("find-status");
        status.textProperty().bind(vm.findStatusProperty());
        String[] last = {""};
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (field.getText().equals(last[0]) && !vm.findHits().isEmpty()) {
                    if (e.isShiftDown()) {
                        vm.previousHit();
                    } else {
                        vm.nextHit();
                    }
                } else {
                    last[0] = field.getText();
                    vm.find();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hideBar();
            }
        });
        prev.setOnAction(e -> vm.previousHit());
        next.setOnAction(e -> vm.nextHit());
        close.setOnAction(e -> hideBar());
        getChildren().addAll(new Label("Find:"), field, prev, next, status, close);
        hideBar();
    }

    void showBar() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    private void hideBar() {
        setVisible(false);
        setManaged(false);
    }
}
