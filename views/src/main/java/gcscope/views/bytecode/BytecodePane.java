package gcscope.views.bytecode;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.function.IntConsumer;

/** The bytecode panel: a function chooser and the listing with the next instruction highlighted; picking an instruction reports its source line. */
public final class BytecodePane extends BorderPane {
    private final BytecodeModel model;
    private final ListView<InstructionRow> list = new ListView<>();
    private final ComboBox<String> chooser = new ComboBox<>();
    private IntConsumer onLinePicked = line -> { };
    private boolean updating;

    public BytecodePane(BytecodeModel model) {
        this.model = model;
        list.setId("bytecode");
        list.setItems(model.rows());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(InstructionRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("instruction", "current", "verifier-finding");
                if (empty || r == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                getStyleClass().add("instruction");
                if (r.current()) getStyleClass().add("current");
                if (!r.finding().isEmpty()) getStyleClass().add("verifier-finding");
                setText(String.format("%s%4d  %-5s %s%s", r.current() ? "\u25B6" : " ", r.pc(),
                        r.line() > 0 ? "L" + r.line() : "", r.text(), r.finding().isEmpty() ? "" : "   \u26A0 slot type"));
                setTooltip(r.finding().isEmpty() ? null : new javafx.scene.control.Tooltip(r.finding()));
            }
        });
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE); // every instruction of a source line
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.line() > 0 && !updating) onLinePicked.accept(now.line());
        });
        chooser.setId("function-chooser");
        chooser.setOnAction(e -> {
            int i = chooser.getSelectionModel().getSelectedIndex();
            if (!updating && i >= 0) model.showFunction(i);
        });
        model.functionProperty().addListener((o, was, now) -> syncChooser());
        model.rows().addListener((ListChangeListener<InstructionRow>) c -> scrollToCurrent());
        model.currentIndexProperty().addListener((o, was, now) -> scrollToCurrent());
        Label title = new Label("Bytecode");
        title.getStyleClass().add("pane-title");
        HBox top = new HBox(6, title, chooser);
        setTop(top);
        setCenter(list);
        Label slotTypes = new Label();
        slotTypes.setId("slot-types");
        slotTypes.getStyleClass().add("status-line");
        slotTypes.textProperty().bind(model.slotTypesProperty());
        slotTypes.setWrapText(true);
        // a function of many slots wraps its table over many lines: at most SLOT_TYPE_LINES of them show, the rest
        // scroll, so the table never takes the instruction list's room
        ScrollPane slotScroll = new ScrollPane(slotTypes);
        slotScroll.setId("slot-types-scroll");
        slotScroll.setFitToWidth(true);
        slotScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        slotScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        slotScroll.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0;");
        double cap = Math.ceil(slotTypes.getFont().getSize() * 1.5 * SLOT_TYPE_LINES);
        slotScroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(cap, slotTypes.getHeight()), slotTypes.heightProperty()));
        slotScroll.setMaxHeight(cap + 4);
        setBottom(slotScroll);
    }

    /** Lines of the slotTypes table shown at once below the instructions (more scroll). */
    static final int SLOT_TYPE_LINES = 3;

    public ListView<InstructionRow> list() {
        return list;
    }

    /** Called with a source line when the person picks an instruction (line mapping back to source). */
    public void setOnLinePicked(IntConsumer handler) {
        onLinePicked = handler == null ? line -> { } : handler;
    }

    /** Selects the instructions of a source line (line mapping from source to bytecode). */
    public void revealLine(int line) {
        updating = true;
        try {
            list.getSelectionModel().clearSelection();
            for (int pc : model.pcsOfLine(line)) list.getSelectionModel().select(pc);
            if (!model.pcsOfLine(line).isEmpty()) list.scrollTo(model.pcsOfLine(line).get(0));
        } finally {
            updating = false;
        }
    }

    private void syncChooser() {
        updating = true;
        try {
            if (chooser.getItems().size() != model.functionNames().size()) chooser.getItems().setAll(model.functionNames());
            chooser.getSelectionModel().select(model.functionProperty().get());
        } finally {
            updating = false;
        }
    }

    private void scrollToCurrent() {
        int i = model.currentIndexProperty().get();
        if (i >= 0) list.scrollTo(Math.max(0, i - 3));
    }
}
