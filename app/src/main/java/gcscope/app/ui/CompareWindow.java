package gcscope.app.ui;

import gcscope.views.InspectorModel;
import gcscope.views.common.DebugTarget;
import gcscope.views.compare.CompareModel;
import gcscope.views.compare.ComparePane;
import gcscope.vm.config.RunOptions;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Compare mode (UX.md): the same program in two synchronised columns with different options. Each
 * column has its own session; every command goes to both, and the columns are redrawn (with their
 * differences) once both sessions have answered, so they always show the same moment.
 */
public final class CompareWindow {
    private final Stage stage;
    private final CompareModel model = new CompareModel();
    private final Label status = new Label();
    private DebugTarget left;
    private DebugTarget right;
    private boolean busy;

    private CompareWindow(Stage stage) {
        this.stage = stage;
    }

    /** A one-line description of options as the CLI spells them, for the column headers. */
    static String describe(RunOptions o) {
        return "--callbuf " + o.compile().callBuffer().cliName() + "  --tag-layout " + o.compile().tagLayout().cliName()
                + "  --gc " + o.gc().cliName() + (o.sanitize() ? "  --sanitize" : "");
    }

    /**
     * Opens a compare window on {@code program} (compiled once per column); returns null and reports
     * through {@code error} when either side cannot be opened.
     */
    public static CompareWindow open(Stage stage, Backend backend, String name, String program, RunOptions leftOptions,
                                     RunOptions rightOptions, java.util.function.Consumer<String> error) {
        Backend.Opened l = backend.open(name, program, leftOptions);
        if (!l.ok()) {
            error.accept("compare: the left column (" + describe(leftOptions) + ") cannot start: " + l.message());
            return null;
        }
        Backend.Opened r = backend.open(name, program, rightOptions);
        if (!r.ok()) {
            l.target().close();
            error.accept("compare: the right column (" + describe(rightOptions) + ") cannot start: " + r.message());
            return null;
        }
        CompareWindow w = new CompareWindow(stage);
        w.left = l.target();
        w.right = r.target();
        w.model.left().setOptions("left: " + describe(leftOptions));
        w.model.right().setOptions("right: " + describe(rightOptions));
        w.build(name);
        w.model.show(w.left.current(), w.right.current());
        return w;
    }

    private void build(String name) {
        ToolBar bar = new ToolBar();
        bar.setId("compare-bar");
        bar.getItems().addAll(
                button("compare-step", "Step both", Command.STEP_INSTRUCTION, DebugTarget::stepInstruction),
                button("compare-over", "Over both", Command.STEP_OVER, DebugTarget::stepOver),
                button("compare-back", "Back both", Command.STEP_BACK_INSTRUCTION, DebugTarget::stepBack),
                button("compare-run", "Run both", Command.CONTINUE, DebugTarget::run),
                button("compare-reset", "Reset both", Command.RESET, DebugTarget::reset));
        Button first = new Button("First violation");
        first.setId("compare-first-violation");
        first.setTooltip(new Tooltip("Both columns go to the step of the earliest violation either side has recorded (run them first)"));
        first.setOnAction(e -> goToFirstViolation());
        Button pause = new Button("Pause");
        pause.setId("compare-pause");
        pause.setTooltip(new Tooltip(Command.PAUSE.tooltip()));
        pause.setOnAction(e -> pauseBoth());
        status.setId("compare-status");
        bar.getItems().addAll(first, pause, status);
        BorderPane root = new BorderPane(new ComparePane(model));
        root.setTop(bar);
        Scene scene = new Scene(root, 1200, 780);
        scene.getStylesheets().add(Objects.requireNonNull(InspectorModel.class.getResource("/gcscope/views/inspector.css")).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setTitle("Compare: " + name);
        stage.setOnHidden(e -> close());
    }

    private Button button(String id, String text, Command key, Function<DebugTarget, CompletableFuture<VmSnapshot>> c) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(text + " (" + key.key().getDisplayText() + ")"));
        b.setFocusTraversable(false);
        b.setOnAction(e -> both(c));
        return b;
    }

    private void onKey(KeyEvent e) {
        Function<DebugTarget, CompletableFuture<VmSnapshot>> c = null;
        if (Command.STEP_INSTRUCTION.key().match(e)) c = DebugTarget::stepInstruction;
        else if (Command.STEP_OVER.key().match(e)) c = DebugTarget::stepOver;
        else if (Command.STEP_BACK_INSTRUCTION.key().match(e)) c = DebugTarget::stepBack;
        else if (Command.CONTINUE.key().match(e)) c = DebugTarget::run;
        else if (Command.RESET.key().match(e)) c = DebugTarget::reset;
        else if (Command.PAUSE.key().match(e)) {
            e.consume();
            pauseBoth();
            return;
        }
        if (c != null) {
            e.consume();
            both(c);
        }
    }

    /** Sends one command to both columns; shows both answers together. Ignored while the previous one runs. */
    public void both(Function<DebugTarget, CompletableFuture<VmSnapshot>> c) {
        if (left == null || busy) return;
        busy = true;
        status.setText("working\u2026 (F6 pauses)");
        CompletableFuture<VmSnapshot> l = c.apply(left);
        CompletableFuture<VmSnapshot> r = c.apply(right);
        l.thenCombine(r, (a, b) -> new VmSnapshot[]{a, b}).whenComplete((pair, err) -> Platform.runLater(() -> {
            busy = false;
            if (left == null) return;
            if (err != null) {
                status.setText("error: " + err.getMessage());
                return;
            }
            status.setText("");
            model.show(pair[0], pair[1]);
        }));
    }

    /** Both columns go to the earliest step at which either recorded a violation. */
    public void goToFirstViolation() {
        long step = model.firstViolationStep();
        if (step < 0) {
            status.setText("no violation yet on either side (Run both first)");
            return;
        }
        both(t -> t.goToStep(step));
    }

    private void pauseBoth() {
        if (left == null) return;
        left.pause();
        right.pause();
    }

    public CompareModel model() { return model; }
    public Stage stage() { return stage; }
    public boolean busy() { return busy; }

    public void close() {
        if (left != null) left.close();
        if (right != null) right.close();
        left = null;
        right = null;
    }
}
