package gcscope.views.console;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;

/** The console: program output, panics, traps and violations (read-only), and the status line. */
public final class ConsolePane extends BorderPane {
    private final TextArea text = new TextArea();
    private final Label status = new Label();

    public ConsolePane(ConsoleModel model) {
        text.setId("console");
        text.getStyleClass().add("console");
        text.setEditable(false);
        text.setWrapText(false);
        text.textProperty().bind(model.textProperty());
        text.textProperty().addListener((o, w, n) -> text.positionCaret(n.length()));
        status.setId("status");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(model.statusProperty());
        setCenter(text);
        setBottom(status);
    }

    public TextArea text() {
        return text;
    }

    public Label status() {
        return status;
    }
}
