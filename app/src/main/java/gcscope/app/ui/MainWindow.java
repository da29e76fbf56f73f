package gcscope.app.ui;

import gcscope.views.InspectorModel;
import gcscope.views.bytecode.BytecodePane;
import gcscope.views.common.DebugTarget;
import gcscope.views.common.SnapshotFeed;
import gcscope.views.console.ConsolePane;
import gcscope.views.gcstate.GcPane;
import gcscope.views.heapgraph.HeapGraphPane;
import gcscope.views.heapgraph.HeapListPane;
import gcscope.views.layouts.LayoutPane;
import gcscope.views.slots.SlotsPane;
import gcscope.views.source.SourceModel;
import gcscope.views.source.SourcePane;
import gcscope.views.timeline.TimelinePane;
import gcscope.vm.config.RunOptions;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The inspector window: source, bytecode, stack, heap graph and list, GC, layout and console panes
 * around one {@link InspectorModel}; the menus, debugger toolbar and settings bar; and the keys of
 * UX.md, caught with a scene event filter so the menu bar cannot take F10. All VM work happens on the
 * target's own thread; snapshots come back through a {@link SnapshotFeed} (newest wins).
 */
public final class MainWindow {
    private final Stage stage;
    private final Backend backend;
    private final InspectorModel model = new InspectorModel();
    private final SnapshotFeed feed = new SnapshotFeed(Platform::runLater, this::show);
    private final SourcePane source = new SourcePane(model.source());
    private final BytecodePane bytecode = new BytecodePane(model.bytecode());
    private final SlotsPane slots = new SlotsPane(model.slots(), model.selection());
    private final HeapGraphPane graph = new HeapGraphPane(model.selection());
    private final HeapListPane heapList = new HeapListPane(model.heap(), model.selection());
    private final GcPane gc = new GcPane(model.gc());
    private final LayoutPane layout = new LayoutPane(model.layout());
    private final ConsolePane console = new ConsolePane(model.console());
    private final TimelinePane timeline = new TimelinePane(model.timeline());
    private final SettingsBar settings = new SettingsBar();
    private final Map<Command, Runnable> actions = new EnumMap<>(Command.class);
    private final FileActions files;
    private final Comparisons comparisons = new Comparisons(this);
    private final PredictMode predict = new PredictMode(this);
    private final Label running = new Label();
    private final javafx.scene.control.TextArea lessonText = new javafx.scene.control.TextArea("Lessons are in the Lessons menu.");
    private Tab lessonTab;
    private SplitPane left;
    private SplitPane middle;
    private SplitPane all;
    private TabPane lower;
    private gcscope.samples.Lesson lesson;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private DebugTarget target;
    private long session;
    private double fontSize = 13;
    private RecoveryStore recovery;
    private javafx.animation.Timeline autosaveTimer;
    private boolean dark;

    public MainWindow(Stage stage, Backend backend, RecentFiles recent) {
        this.stage = stage;
        this.backend = backend;
        this.files = new FileActions(this, recent);
        bindActions();
        Menus menus = new Menus(this, recent);
        running.setId("running");
        VBox top = new VBox(menus.menuBar(), menus.debugBar(running), settings);
        root.setTop(top);
        root.setCenter(center());
        root.setBottom(timeline);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(880, screen.getHeight()));
        scene.getStylesheets().add(css("inspector.css"));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        files.installDragAndDrop(scene);
        stage.setScene(scene);
        settings.setOnChange(o -> reload());
        source.setOnToggleBreakpoint(this::toggleBreakpoint);
        bytecode.setOnLinePicked(line -> {
            source.area().moveTo(line - 1, 0);
            source.area().showParagraphInViewport(line - 1);
        });
        gc.setOnPickAddress(a -> model.selection().select(a));
        gc.setOnGoToStep(n -> command(() -> target.goToStep(n)));
        source.area().currentParagraphProperty().addListener((o, was, now) -> bytecode.revealLine(now + 1));
        timeline.setOnGoTo(n -> command(() -> target.goToStep(n)));
        model.source().dirtyProperty().addListener((o, w, n) -> updateTitle());
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) e.consume();
            else {
                close();
                recoverySaved();
            }
        });
        updateTitle();
    }

    private Parent center() {
        lessonText.setId("lesson-text");
        lessonText.setEditable(false);
        lessonText.setWrapText(true);
        lessonTab = hiddenWhenUnselected(tab("Lesson", lessonText));
        lower = new TabPane(hiddenWhenUnselected(tab("Console", console)), hiddenWhenUnselected(tab("Layout", layout)), lessonTab);
        lower.setId("lower-tabs");
        left = new SplitPane(source, lower);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.62);
        middle = new SplitPane(bytecode, slots);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.45);
        Tab predictTab = tab("Predict", predict.pane());
        predict.showWhen(predictTab.selectedProperty());
        Tab heapTab = hiddenWhenUnselected(tab("Heap objects", heapList));
        model.heap().setLive(heapTab.isSelected());
        heapTab.selectedProperty().addListener((o, was, now) -> model.heap().setLive(now));
        TabPane right = new TabPane(tab("Heap graph", graph), heapTab, hiddenWhenUnselected(tab("GC", gc)), predictTab);
        right.setId("right-tabs");
        all = new SplitPane(left, middle, right);
        all.setDividerPositions(0.33, 0.62);
        return all;
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab t = new Tab(name, content);
        t.setClosable(false);
        t.setId("tab-" + name.toLowerCase().replace(' ', '-'));
        return t;
    }

    /**
     * Takes the tab's content out of the scene while another tab is shown: a hidden table or chart would
     * otherwise be restyled and laid out at every step (its models stay current; it catches up when shown).
     */
    private static Tab hiddenWhenUnselected(Tab t) {
        javafx.scene.Node content = t.getContent();
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane();
        holder.getStyleClass().add("tab-holder");
        Runnable sync = () -> {
            boolean in = !holder.getChildren().isEmpty();
            if (t.isSelected() && !in) holder.getChildren().setAll(content);
            else if (!t.isSelected() && in) holder.getChildren().clear();
        };
        t.selectedProperty().addListener((o, was, now) -> sync.run());
        t.setContent(holder);
        sync.run();
        return t;
    }

    private void bindActions() {
        actions.put(Command.CONTINUE, () -> longCommand(() -> target.run()));
        actions.put(Command.REVERSE_CONTINUE, () -> longCommand(() -> target.runBack()));
        actions.put(Command.PAUSE, () -> {
            if (target != null) target.pause();
        });
        actions.put(Command.RESET, () -> command(() -> target.reset()));
        actions.put(Command.STEP_OVER, () -> command(() -> target.stepOver()));
        actions.put(Command.STEP_BACK_OVER, () -> command(() -> target.stepBackOver()));
        actions.put(Command.STEP_INTO, () -> command(() -> target.stepInto()));
        actions.put(Command.STEP_BACK_INTO, () -> command(() -> target.stepBackInto()));
        actions.put(Command.STEP_OUT, () -> command(() -> target.stepOut()));
        actions.put(Command.STEP_BACK_OUT, () -> command(() -> target.stepBackOut()));
        actions.put(Command.STEP_INSTRUCTION, () -> command(() -> target.stepInstruction()));
        actions.put(Command.STEP_BACK_INSTRUCTION, () -> command(() -> target.stepBack()));
        actions.put(Command.TOGGLE_BREAKPOINT, () -> toggleBreakpoint(source.caretLine()));
        actions.put(Command.GO_TO_STEP, files::askGoToStep);
        actions.put(Command.NEW, files::newProgram);
        actions.put(Command.OPEN, files::askOpen);
        actions.put(Command.SAVE, files::save);
        actions.put(Command.SAVE_AS, files::askSaveAs);
        actions.put(Command.RECOMPILE, this::reload);
        actions.put(Command.ZOOM_IN, () -> setFontSize(fontSize + 1));
        actions.put(Command.ZOOM_OUT, () -> setFontSize(fontSize - 1));
        actions.put(Command.FIND, files::askFind);
    }

    /** Runs a command as if its key was pressed or its menu item chosen. */
    public void perform(Command c) {
        actions.get(c).run();
    }

    private void onKey(KeyEvent e) {
        for (Command c : Command.values()) {
            if (c.key().match(e)) {
                e.consume();
                perform(c);
                return;
            }
        }
    }

    /** Sends a step-like command to the target; its snapshot arrives through the feed. */
    private void command(Supplier<CompletableFuture<VmSnapshot>> c) {
        if (target == null) return;
        long mine = session;
        c.get().whenComplete((s, err) -> {
            if (err != null) Platform.runLater(() -> model.console().setMessage("error: " + rootMessage(err)));
            else if (mine == session) feed.offer(s);
        });
    }

    /** A command that may run long (continue, reverse continue): shows that it is running and enables Pause. */
    private void longCommand(Supplier<CompletableFuture<VmSnapshot>> c) {
        if (target == null) return;
        running.setText("running\u2026 (F6 pauses)");
        long mine = session;
        c.get().whenComplete((s, err) -> Platform.runLater(() -> {
            if (mine != session) return;
            running.setText("");
            if (err != null) model.console().setMessage("error: " + rootMessage(err));
            else feed.offer(s);
        }));
    }

    /** One instruction; {@code then} sees its snapshot (on the FX thread) before the panels do. */
    void stepInstructionThen(java.util.function.Consumer<VmSnapshot> then) {
        if (target == null) return;
        long mine = session;
        target.stepInstruction().whenComplete((s, err) -> Platform.runLater(() -> {
            if (mine != session) return;
            if (err != null) model.console().setMessage("error: " + rootMessage(err));
            else {
                then.accept(s);
                feed.offer(s);
            }
        }));
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private void show(VmSnapshot s) {
        // The session's listener and the command's future both deliver a stop's snapshot: applying it twice
        // would compare it with itself and wipe the "changed by the last step" marks.
        if (s == model.snapshot()) return;
        model.apply(s);
        graph.show(s);
    }

    private void toggleBreakpoint(int line) {
        if (target == null) return;
        target.toggleBreakpoint(line);
        model.source().setBreakpoints(target.breakpoints());
    }

    /** Loads program text under a document name and starts it. */
    public void load(Document doc, String text) {
        files.setDocument(doc);
        source.load(text);
        reload();
    }

    /** Compiles the editor's text with the settings' options and starts a fresh session on it. */
    public void reload() {
        if (target != null) target.close();
        target = null;
        session++;
        running.setText("");
        RunOptions options = settings.options();
        Backend.Opened opened;
        try {
            opened = backend.open(files.document().name(), source.text(), options);
        } catch (RuntimeException ex) {
            opened = Backend.Opened.failed(java.util.List.of(), "internal error while compiling: " + ex);
        }
        model.load(opened.code());
        model.source().setDiagnostics(opened.diagnostics());
        if (!opened.ok()) {
            StringBuilder m = new StringBuilder(opened.message());
            for (SourceModel.Marker d : opened.diagnostics()) {
                m.append('\n').append(files.document().name()).append(':').append(d.line()).append(':').append(d.column()).append(": ").append(d.message());
            }
            model.console().setMessage(m.toString());
            return;
        }
        model.console().setMessage("");
        target = opened.target();
        long mine = session;
        target.addListener(s -> {
            if (mine == session) feed.offer(s);
        });
        model.source().setBreakpoints(target.breakpoints());
        show(target.current());
    }

    /** Opens a guided lesson: its program with its options, and its text in the Lesson tab beside the code. */
    public void openLesson(gcscope.samples.Lesson l, boolean contrast) {
        if (!files.confirmDiscard()) return;
        RunOptions o;
        try {
            o = LessonOptions.apply(RunOptions.DEFAULT.withOnViolation(gcscope.vm.config.OnViolation.CONTINUE).withRecord(true),
                    contrast ? l.contrastOptions() : l.options());
        } catch (RuntimeException e) {
            model.console().setMessage("lesson " + l.name() + ": bad options: " + e.getMessage());
            return;
        }
        lesson = l;
        settings.set(o);
        lessonText.setText((contrast ? "[the fix: " : "[options: ") + String.join(" ", contrast ? l.contrastOptions() : l.options())
                + "]\n\n" + l.text());
        load(new Document(null, l.name() + ".vo"), l.program());
        lower.getSelectionModel().select(lessonTab);
    }

    /**
     * Opens the window where it was last time (fitted to the current screen, maximised if it was)
     * with the dividers where they were, and remembers all of it when the window closes.
     */
    public void rememberPlacement(WindowPlacement places) {
        javafx.geometry.Rectangle2D v = javafx.stage.Screen.getPrimary().getVisualBounds();
        java.util.Optional<WindowPlacement.Placement> saved = places.load();
        WindowPlacement.Rect r = WindowPlacement.fit(saved.map(WindowPlacement.Placement::bounds),
                new WindowPlacement.Rect(v.getMinX(), v.getMinY(), v.getWidth(), v.getHeight()));
        stage.setX(r.x());
        stage.setY(r.y());
        stage.setWidth(r.width());
        stage.setHeight(r.height());
        stage.setMaximized(saved.map(WindowPlacement.Placement::maximized).orElse(false));
        left.setDividerPositions(places.dividers("left", left.getDividerPositions()));
        middle.setDividerPositions(places.dividers("middle", middle.getDividerPositions()));
        all.setDividerPositions(places.dividers("all", all.getDividerPositions()));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
            if (!stage.isMaximized()) {
                places.save(new WindowPlacement.Placement(new WindowPlacement.Rect(stage.getX(), stage.getY(),
                        stage.getWidth(), stage.getHeight()), false));
            } else {
                saved.ifPresentOrElse(p -> places.save(new WindowPlacement.Placement(p.bounds(), true)),
                        () -> places.save(new WindowPlacement.Placement(r, true)));
            }
            places.saveDividers("left", left.getDividerPositions());
            places.saveDividers("middle", middle.getDividerPositions());
            places.saveDividers("all", all.getDividerPositions());
        });
    }

    /** The state a session file keeps: program text, every option, breakpoints and the current step. */
    public SessionFile sessionState() {
        java.util.Set<Integer> bps = target == null ? model.source().breakpoints() : target.breakpoints();
        return SessionFile.of(files.document().name(), source.text(), settings.options(), bps,
                model.timeline().stepProperty().get());
    }

    /** Reopens a session file's exact state: its options, program, breakpoints, then goes to its step. */
    public void restore(SessionFile s) {
        settings.set(s.options());
        load(new Document(null, s.fileName()), s.program());
        if (target == null) return;
        for (int line : s.breakpoints()) {
            if (!target.breakpoints().contains(line)) target.toggleBreakpoint(line);
        }
        model.source().setBreakpoints(target.breakpoints());
        if (s.step() > 0) command(() -> target.goToStep(s.step()));
    }

    /**
     * Keeps a recovery copy of unsaved edits in {@code store} every {@code seconds}; the copy is
     * removed when the edits are saved or the window closes cleanly.
     */
    public void enableRecovery(RecoveryStore store, double seconds) {
        recovery = store;
        javafx.animation.Timeline t = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(seconds), e -> autosave()));
        t.setCycleCount(javafx.animation.Animation.INDEFINITE);
        t.play();
        autosaveTimer = t;
    }

    /** Writes the recovery copy now if there are unsaved edits (and drops a stale one when there are none). */
    public void autosave() {
        if (recovery == null) return;
        if (!model.source().dirtyProperty().get()) {
            recovery.clear();
            return;
        }
        recovery.save(files.document(), source.text()).ifPresent(m -> model.console().setMessage(m));
    }

    /** The edits are safe (saved, or deliberately discarded at exit): drop the recovery copy. */
    void recoverySaved() {
        if (recovery != null) recovery.clear();
    }

    public gcscope.samples.Lesson lesson() {
        return lesson;
    }

    public void close() {
        if (autosaveTimer != null) autosaveTimer.stop();
        if (target != null) target.close();
        target = null;
        session++;
    }

    void updateTitle() {
        stage.setTitle(files.document().title(model.source().dirtyProperty().get()));
    }

    public void setFontSize(double size) {
        fontSize = Math.max(8, Math.min(32, size));
        root.setStyle("-fx-font-size: " + fontSize + "px;");
    }

    public void setDark(boolean on) {
        dark = on;
        scene.getStylesheets().remove(css("dark.css"));
        if (on) scene.getStylesheets().add(css("dark.css"));
    }

    public boolean dark() {
        return dark;
    }

    private static String css(String name) {
        return java.util.Objects.requireNonNull(InspectorModel.class.getResource("/gcscope/views/" + name)).toExternalForm();
    }

    Backend backend() { return backend; }
    Comparisons comparisons() { return comparisons; }
    PredictMode predict() { return predict; }
    public Stage stage() { return stage; }
    public Scene scene() { return scene; }
    public InspectorModel model() { return model; }
    public SourcePane source() { return source; }
    public HeapGraphPane graph() { return graph; }
    public HeapListPane heapList() { return heapList; }
    public SlotsPane slots() { return slots; }
    public SettingsBar settings() { return settings; }
    public DebugTarget target() { return target; }
    public FileActions files() { return files; }
    public double fontSize() { return fontSize; }
}
