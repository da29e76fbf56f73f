package gcscope.views.gcstate;

import gcscope.vm.gc.GcEvent;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.LongConsumer;

/**
 * The GC panel: phase and pacing, the gray and grayAgain worklists, counters, the event log (picking an
 * event selects its object), and a chart of heap bytes and live objects over steps.
 */
public final class GcPane extends BorderPane {
    private final XYChart.Series<Number, Number> bytes = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> objects = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> cycles = new XYChart.Series<>();
    private final ListView<GcEvent> events = new ListView<>();
    private final LineChart<Number, Number> chart;
    static final int CHART_POINTS = 300;
    /** What the chart shows: the series size, stride and newest point at the last redraw. */
    private int drawnSize;
    private int drawnStride;
    private GcModel.HeapPoint drawnLast;
    private LongConsumer onPickAddress = a -> { };
    private LongConsumer onGoToStep = n -> { };
    private boolean redrawPending;
    private boolean chartStale;
    private boolean logStale;

    public GcPane(GcModel model) {
        Label phase = new Label();
        phase.setId("gc-phase");
        phase.textProperty().bind(model.phaseProperty());
        phase.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        Label pacing = new Label();
        pacing.textProperty().bind(model.pacingProperty());
        ListView<String> gray = small(model.gray(), "gc-gray");
        ListView<String> grayAgain = small(model.grayAgain(), "gc-gray-again");
        ListView<String> counters = small(model.counters(), "gc-counters");
        gray.getSelectionModel().selectedItemProperty().addListener((o, w, n) -> pick(n));
        grayAgain.getSelectionModel().selectedItemProperty().addListener((o, w, n) -> pick(n));
        GridPane lists = new GridPane();
        lists.setHgap(6);
        lists.addRow(0, new Label("gray"), new Label("grayAgain"), new Label("counters"));
        lists.addRow(1, gray, grayAgain, counters);
        events.setId("gc-events");
        events.setItems(model.events());
        events.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(GcEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : GcModel.describe(e));
            }
        });
        events.getSelectionModel().selectedItemProperty().addListener((o, w, e) -> {
            if (e != null && e.address() != 0) onPickAddress.accept(e.address());
        });
        events.setTooltip(new javafx.scene.control.Tooltip("Arrow keys step through the log; Enter or double-click goes to the event's step"));
        events.setOnMouseClicked(m -> {
            GcEvent e = events.getSelectionModel().getSelectedItem();
            if (m.getClickCount() == 2 && e != null) onGoToStep.accept(e.step());
        });
        events.setOnKeyPressed(k -> {
            GcEvent e = events.getSelectionModel().getSelectedItem();
            if (k.getCode() == javafx.scene.input.KeyCode.ENTER && e != null) onGoToStep.accept(e.step());
        });
        model.events().addListener((ListChangeListener<GcEvent>) c -> {
            if (hidden()) logStale = true; // scrolled when the panel is shown again
            else scrollLogToEnd(model);
        });
        NumberAxis x = new NumberAxis();
        x.setLabel("step");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("heap");
        chart = new LineChart<>(x, y);
        chart.setId("gc-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true); // only the cycle series shows its symbols (inspector.css)
        chart.setPrefHeight(180);
        bytes.setName("bytes in use");
        objects.setName("live objects");
        chart.getData().add(bytes);
        chart.getData().add(objects);
        cycles.setName("\u25C6 collection cycle starts");
        chart.getData().add(cycles);
        chart.getStyleClass().add("gc-chart");
        model.heapSeries().addListener((ListChangeListener<GcModel.HeapPoint>) c -> scheduleRedraw(model));
        // a hidden panel (another tab is selected) is brought up to date when it is shown again
        javafx.beans.value.ChangeListener<Boolean> shown = (o, was, now) -> {
            if (now && !hidden()) catchUp(model);
        };
        visibleProperty().addListener(shown);
        parentProperty().addListener((o, was, now) -> {
            if (was != null) was.visibleProperty().removeListener(shown);
            if (now != null) now.visibleProperty().addListener(shown);
        });
        // or when its tab puts it back into the scene
        sceneProperty().addListener((o, was, now) -> {
            if (now != null && !hidden()) catchUp(model);
        });
        VBox top = new VBox(2, phase, pacing, lists);
        VBox.setVgrow(events, Priority.ALWAYS);
        VBox center = new VBox(4, top, new Label("events"), events, chart);
        setCenter(center);
    }

    public void setOnPickAddress(LongConsumer handler) {
        onPickAddress = handler == null ? a -> { } : handler;
    }

    /** Called with a step when the person picks an event to go to (Enter or double-click in the log). */
    public void setOnGoToStep(LongConsumer handler) {
        onGoToStep = handler == null ? n -> { } : handler;
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }

    private void pick(String hex) {
        if (hex != null && hex.startsWith("0x")) onPickAddress.accept(Long.parseLong(hex.substring(2), 16));
    }

    /** This panel or its tab content is not visible or not in a window (another tab of its tab pane is selected). */
    boolean hidden() {
        if (getScene() == null) return true;
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) return true;
        }
        return false;
    }

    private void scrollLogToEnd(GcModel model) {
        logStale = false;
        if (!model.events().isEmpty()) events.scrollTo(model.events().size() - 1);
    }

    private void catchUp(GcModel model) {
        if (logStale) scrollLogToEnd(model);
        if (chartStale) scheduleRedraw(model);
    }

    /**
     * Several list changes of one update cause one redraw, after the update, on the UI thread. A hidden
     * panel does not lay its chart out each step: it is redrawn when shown.
     */
    private void scheduleRedraw(GcModel model) {
        if (redrawPending) return;
        redrawPending = true;
        javafx.application.Platform.runLater(() -> {
            redrawPending = false;
            chartStale = hidden();
            if (!chartStale) redraw(model);
        });
    }

    /**
     * At most {@link #CHART_POINTS} points: older history is thinned evenly (every stride-th point, the
     * stride a power of two), the newest point is always drawn. When points were only appended since the
     * last redraw and the stride is the same, only the new points are added (a step adds one point: the
     * chart does not rebuild its hundreds of point nodes each step).
     */
    private void redraw(GcModel model) {
        java.util.List<GcModel.HeapPoint> all = model.heapSeries();
        int n = all.size();
        int stride = 1;
        while ((n + stride - 1) / stride > CHART_POINTS - 1) stride <<= 1;
        boolean append = stride == drawnStride && drawnSize > 0 && n >= drawnSize && all.get(drawnSize - 1) == drawnLast;
        int from = append ? drawnSize : 0;
        java.util.List<XYChart.Data<Number, Number>> b = new java.util.ArrayList<>();
        java.util.List<XYChart.Data<Number, Number>> o = new java.util.ArrayList<>();
        java.util.List<XYChart.Data<Number, Number>> c = new java.util.ArrayList<>();
        if (append && (drawnSize - 1) % stride != 0 && n > drawnSize) { // the old newest point was off the grid
            bytes.getData().remove(bytes.getData().size() - 1);
            objects.getData().remove(objects.getData().size() - 1);
        }
        for (int i = from; i < n; i++) {
            GcModel.HeapPoint p = all.get(i);
            if (i > 0 && p.cycle() > all.get(i - 1).cycle()) c.add(new XYChart.Data<>(p.step(), p.bytesInUse()));
            if (i % stride != 0 && i != n - 1) continue;
            b.add(new XYChart.Data<>(p.step(), p.bytesInUse()));
            o.add(new XYChart.Data<>(p.step(), p.objects()));
        }
        if (append) {
            bytes.getData().addAll(b);
            objects.getData().addAll(o);
            cycles.getData().addAll(c);
        } else {
            bytes.getData().setAll(b);
            objects.getData().setAll(o);
            cycles.getData().setAll(c);
        }
        drawnSize = n;
        drawnStride = stride;
        drawnLast = n == 0 ? null : all.get(n - 1);
    }

    private static ListView<String> small(javafx.collections.ObservableList<String> items, String id) {
        ListView<String> l = new ListView<>(items);
        l.setId(id);
        l.setPrefHeight(110);
        l.setPrefWidth(130);
        return l;
    }
}
