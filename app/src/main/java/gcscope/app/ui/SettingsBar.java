package gcscope.app.ui;

import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.config.TagLayoutMode;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The settings toolbar: GC policy, call-buffer mode, tag-layout mode, sanitizer, time slice. Any
 * change reports the new {@link RunOptions} (the window then recompiles and restarts the program).
 * The inspector runs with the sanitizer on and continues past violations, so a person can watch
 * what the collector does next.
 */
public final class SettingsBar extends ToolBar {
    private final ChoiceBox<GcPolicy> gc = choice(GcPolicy.values(), GcPolicy::cliName, "gc-policy");
    private final ChoiceBox<CallBufferMode> callbuf = choice(CallBufferMode.values(), CallBufferMode::cliName, "callbuf");
    private final ChoiceBox<TagLayoutMode> tagLayout = choice(TagLayoutMode.values(), TagLayoutMode::cliName, "tag-layout");
    private final CheckBox sanitize = new CheckBox("sanitizer");
    private final Spinner<Integer> timeSlice = new Spinner<>(1, 1_000_000, 1000, 100);
    private Consumer<RunOptions> onChange = o -> { };
    private boolean updating;

    /** Options the bar has no control for (limits, pacing, fault, interning) come from the last {@link #set}. */
    private RunOptions base = RunOptions.DEFAULT;

    public SettingsBar() {
        sanitize.setId("sanitize");
        timeSlice.setId("time-slice");
        timeSlice.setEditable(true);
        timeSlice.setPrefWidth(90);
        gc.setTooltip(new Tooltip("when the collector runs (--gc)"));
        callbuf.setTooltip(new Tooltip("call buffer layout (--callbuf): split is correct, the others show the Vo bug"));
        tagLayout.setTooltip(new Tooltip("enum payload layout (--tag-layout): declared is correct, actual shows the Roc bug, patched its fix"));
        sanitize.setTooltip(new Tooltip("check slot types, references, layouts and colours at every instruction"));
        timeSlice.setTooltip(new Tooltip("instructions per goroutine time slice (--time-slice)"));
        set(RunOptions.DEFAULT.withSanitize(true));
        gc.setOnAction(e -> changed());
        callbuf.setOnAction(e -> changed());
        tagLayout.setOnAction(e -> changed());
        sanitize.setOnAction(e -> changed());
        timeSlice.valueProperty().addListener((o, w, n) -> changed());
        getItems().addAll(new Label("GC"), gc, new Label("call buffer"), callbuf, new Label("tag layout"), tagLayout,
                sanitize, new Label("time slice"), timeSlice);
    }

    public void setOnChange(Consumer<RunOptions> handler) {
        onChange = handler == null ? o -> { } : handler;
    }

    /** The options the controls show (sanitizer violations are recorded and execution continues). */
    public RunOptions options() {
        RunOptions o = base
                .withGc(gc.getValue())
                .withCompile(base.compile().withCallBuffer(callbuf.getValue()).withTagLayout(tagLayout.getValue()))
                .withSanitize(sanitize.isSelected())
                .withTimeSlice(timeSlice.getValue())
                .withOnViolation(OnViolation.CONTINUE)
                .withRecord(true);
        return o;
    }

    /** Shows these options without reporting a change. */
    public void set(RunOptions o) {
        base = o;
        updating = true;
        try {
            gc.setValue(o.gc());
            callbuf.setValue(o.compile().callBuffer());
            tagLayout.setValue(o.compile().tagLayout());
            sanitize.setSelected(o.sanitize());
            timeSlice.getValueFactory().setValue(o.timeSlice());
        } finally {
            updating = false;
        }
    }

    private void changed() {
        if (!updating) onChange.accept(options());
    }

    private static <T> ChoiceBox<T> choice(T[] values, Function<T, String> name, String id) {
        ChoiceBox<T> c = new ChoiceBox<>();
        c.getItems().addAll(values);
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                for (T t : values) if (name.apply(t).equals(s)) return t;
                return null;
            }
        });
        return c;
    }
}
