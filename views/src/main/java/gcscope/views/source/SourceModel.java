package gcscope.views.source;

import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.Collection;
import java.util.List;

/**
 * View model of the source panel: the line the current frame is on (0 = none), the breakpoint
 * lines, the compile diagnostics, and whether the text was edited since it was loaded or saved.
 */
public final class SourceModel {
    /** One compile diagnostic placed on the text (1-based line and column). */
    public record Marker(int line, int column, String message) {
    }

    private final ReadOnlyIntegerWrapper currentLine = new ReadOnlyIntegerWrapper(0);
    private final ObservableSet<Integer> breakpoints = FXCollections.observableSet();
    private final ObservableList<Marker> diagnostics = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);

    public ReadOnlyIntegerProperty currentLineProperty() {
        return currentLine.getReadOnlyProperty();
    }

    public int currentLine() {
        return currentLine.get();
    }

    public ObservableSet<Integer> breakpoints() {
        return breakpoints;
    }

    public ObservableList<Marker> diagnostics() {
        return diagnostics;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public void update(VmSnapshot snapshot) {
        FrameView f = snapshot == null ? null : snapshot.currentFrame();
        currentLine.set(f == null || f.pos() == null ? 0 : f.pos().line());
    }

    public void setBreakpoints(Collection<Integer> lines) {
        breakpoints.retainAll(lines);
        breakpoints.addAll(lines);
    }

    public void setDiagnostics(List<Marker> markers) {
        diagnostics.setAll(markers);
    }
}
