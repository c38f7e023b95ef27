package quire.app.viewer.view;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import quire.app.viewer.service.Evidence;
import quire.app.viewer.viewmodel.AskViewModel;

/** Question box, streamed answer, citation chips (click: scroll to the region), stop, engine. */
final class AskPanel extends VBox {

    AskPanel(AskViewModel vm) {
        super(8);
        setPadding(new Insets(10));
        getStyleClass().add("ask-panel");
        TextField question = new TextField();
        question.setId("ask-question");
        question.setPromptText("Ask about this document");
        question.textProperty().bindBidirectional(vm.questionProperty());
        question.setOnAction(e -> vm.ask());
        Button ask = new Button("Ask");
        ask.setId("ask-button");
        ask.setDefaultButton(false);
        ask.disableProperty().bind(vm.runningProperty());
        ask.setOnAction(e -> vm.ask());
        Button stop = new Button("Stop");
        stop.setId("ask-stop");
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.stop());
        HBox.setHgrow(question, Priority.ALWAYS);
        HBox row = new HBox(6, question, ask, stop);

        TextArea answer = new TextArea();
        answer.setId("ask-answer");
        answer.setEditable(false);
        answer.setWrapText(true);
        answer.setPrefRowCount(6);
        answer.textProperty().bind(vm.answerProperty());

        FlowPane chips = new FlowPane(6, 6);
        chips.setId("ask-citations");
        vm.citations().addListener((ListChangeListener<Evidence>) c -> {
            chips.getChildren().clear();
            for (Evidence e : vm.citations()) {
                Button chip = new Button(AskViewModel.chipLabel(e));
                chip.getStyleClass().add("citation-chip");
                chip.setOnAction(a -> vm.open(e));
                chips.getChildren().add(chip);
            }
        });
        Label status = new Label();
        status.setId("ask-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label engine = new Label();
        engine.getStyleClass().add("engine-label");
        engine.textProperty().bind(vm.engineProperty().map(e -> "Engine: " + e));
        getChildren().addAll(new Label("Question"), row, new Label("Answer"), answer, new Label("Evidence"), chips,
                status, engine);
    }
}
