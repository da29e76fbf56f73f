package gcscope.views.compare;

import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.FiberView;
import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.SlotView;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * View model of one column of compare mode: its options, where it stands, the current frame's slots
 * and the heap objects, each marked when the comparison with the other column flags it.
 */
public final class CompareSide {
    /** One slot of the current frame; {@code differs} when the other column's same slot holds something else. */
    public record SlotLine(int index, String name, String declared, String display, String shadow, boolean mismatch,
                           boolean differs) {
        @Override
        public String toString() {
            return (differs ? "\u2260 " : "  ") + index + " " + (name.isEmpty() ? "" : name + " ") + declared + " " + display
                    + (mismatch ? "  (holds " + shadow + ": MISMATCH)" : "");
        }
    }

    /** One heap object; {@code differs} when it is absent, freed, or different on the other side. */
    public record ObjectLine(long address, String text, boolean differs) {
        @Override
        public String toString() {
            return (differs ? "\u2260 " : "  ") + text;
        }
    }

    private final ReadOnlyStringWrapper options = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ObservableList<SlotLine> slots = FXCollections.observableArrayList();
    private final ObservableList<ObjectLine> objects = FXCollections.observableArrayList();
    private VmSnapshot snapshot;

    public ReadOnlyStringProperty optionsProperty() { return options.getReadOnlyProperty(); }
    public ReadOnlyStringProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ObservableList<SlotLine> slots() { return FXCollections.unmodifiableObservableList(slots); }
    public ObservableList<ObjectLine> objects() { return FXCollections.unmodifiableObservableList(objects); }
    public VmSnapshot snapshot() { return snapshot; }

    public void setOptions(String text) {
        options.set(text);
    }

    /** Shows {@code s}; {@code diffSlots}/{@code diffObjects} are what the comparison flags on this side. */
    void show(VmSnapshot s, Set<SlotKey> diffSlots, Set<Long> diffObjects) {
        snapshot = s;
        if (s == null) {
            position.set("");
            slots.clear();
            objects.clear();
            return;
        }
        FrameView f = s.currentFrame();
        position.set("step " + s.step() + "  " + s.status() + (f == null ? "" : "  " + f.function()
                + (f.pos() != null && f.pos().line() > 0 ? " line " + f.pos().line() : "") + " pc " + f.pc())
                + "  " + s.violations().size() + " violation(s)");
        List<SlotLine> rows = new ArrayList<>();
        FiberView fiber = currentFiber(s);
        if (fiber != null && f != null) {
            int fromOuter = fiber.frames().size() - 1 - fiber.frames().indexOf(f);
            for (SlotView v : f.slots()) {
                rows.add(new SlotLine(v.index(), v.name(), v.declared().name(), v.display(), v.shadow().name(), v.mismatch(),
                        diffSlots.contains(new SlotKey(fiber.id(), fromOuter, v.index()))));
            }
        }
        slots.setAll(rows);
        List<ObjectLine> lines = new ArrayList<>(s.heap().objects().size());
        for (ObjectView o : s.heap().objects()) {
            boolean d = diffObjects.contains(o.address());
            if (o.colour() == Colour.FREED && !d) continue;
            lines.add(new ObjectLine(o.address(), String.format("0x%x %s %s %s", o.address(), o.typeName(),
                    o.colour() == Colour.FREED ? "FREED" : o.colour().name(), o.summary()), d));
        }
        lines.sort((a, b) -> Boolean.compare(b.differs(), a.differs())); // stable: differing objects first, then by address
        objects.setAll(lines);
    }

    private static FiberView currentFiber(VmSnapshot s) {
        for (FiberView f : s.fibers()) if (f.current() && !f.frames().isEmpty()) return f;
        return s.fibers().isEmpty() ? null : s.fibers().get(0);
    }
}
