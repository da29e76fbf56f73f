package gcscope.views.compare;

import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of compare mode: two columns running the same program with different options, and the
 * differences between their snapshots at the same moment. {@link #show} takes both snapshots at
 * once (the window steps both sessions in lockstep and calls it when both have answered).
 */
public final class CompareModel {
    private final CompareSide left = new CompareSide();
    private final CompareSide right = new CompareSide();
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private SnapshotComparison comparison = SnapshotComparison.NONE;

    public CompareSide left() { return left; }
    public CompareSide right() { return right; }
    public ObservableList<Difference> differences() { return FXCollections.unmodifiableObservableList(differences); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public SnapshotComparison comparison() { return comparison; }

    public void show(VmSnapshot l, VmSnapshot r) {
        comparison = SnapshotComparison.of(l, r);
        left.show(l, comparison.leftSlots(), comparison.leftObjects());
        right.show(r, comparison.rightSlots(), comparison.rightObjects());
        differences.setAll(comparison.differences());
        summary.set(l == null || r == null ? "" : comparison.same() ? "no differences at this step"
                : comparison.differences().size() + " difference(s): " + Math.max(comparison.leftSlots().size(), comparison.rightSlots().size()) + " slot(s), "
                + (comparison.leftObjects().size() + comparison.rightObjects().size()) + " object mark(s)");
    }

    /** The earliest step at which either side recorded a violation, or -1. */
    public long firstViolationStep() {
        long best = -1;
        for (CompareSide s : new CompareSide[]{left, right}) {
            VmSnapshot snap = s.snapshot();
            if (snap == null || snap.violations().isEmpty()) continue;
            long st = snap.violations().get(0).step();
            if (best < 0 || st < best) best = st;
        }
        return best;
    }
}
