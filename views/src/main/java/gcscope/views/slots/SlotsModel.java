package gcscope.views.slots;

import gcscope.vm.snapshot.FiberView;
import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.SlotView;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * View model of the stack panel: every frame of every fiber (for the frame chooser) and the slot
 * rows of the selected frame, with the slots the last step changed. Pure function of the previous
 * and current snapshot; no controls.
 */
public final class SlotsModel {
    /** A frame as the chooser lists it. */
    public record FrameRef(int fiber, int depth, String label, FrameView frame) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableList<FrameRef> frames = FXCollections.observableArrayList();
    private final ObservableList<FrameRef> framesView = FXCollections.unmodifiableObservableList(frames);
    private final ObservableList<SlotRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SlotRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper selectedFrame = new ReadOnlyIntegerWrapper(-1);
    private VmSnapshot previous;
    private VmSnapshot current;

    public ObservableList<FrameRef> frames() {
        return framesView;
    }

    public ObservableList<SlotRow> rows() {
        return rowsView;
    }

    public ReadOnlyIntegerProperty selectedFrameProperty() {
        return selectedFrame.getReadOnlyProperty();
    }

    /** Shows a new snapshot; the selection moves to the current fiber's innermost frame. */
    public void update(VmSnapshot prev, VmSnapshot cur) {
        this.previous = prev;
        this.current = cur;
        List<FrameRef> refs = new ArrayList<>();
        int currentIndex = -1;
        for (FiberView fiber : cur.fibers()) {
            for (FrameView f : fiber.frames()) {
                if (currentIndex < 0 && fiber.current() && f.depth() == 0) currentIndex = refs.size();
                String label = "fiber " + fiber.id() + " #" + f.depth() + "  " + f.function()
                        + (f.pos() != null && f.pos().line() > 0 ? "  line " + f.pos().line() : "")
                        + "  pc " + f.pc();
                refs.add(new FrameRef(fiber.id(), f.depth(), label, f));
            }
        }
        if (currentIndex < 0 && !refs.isEmpty()) currentIndex = 0;
        if (refs.size() != frames.size()) {
            frames.setAll(refs);
        } else { // by difference: a step usually changes only the innermost frame (its pc); equal frames are kept
            for (int i = 0; i < refs.size(); i++) {
                if (!refs.get(i).equals(frames.get(i))) frames.set(i, refs.get(i));
            }
        }
        selectFrame(currentIndex);
    }

    /** Shows the slots of the frame at {@code index} in {@link #frames()} (-1 = none). */
    public void selectFrame(int index) {
        if (index < 0 || index >= frames.size()) {
            selectedFrame.set(-1);
            rows.clear();
            return;
        }
        selectedFrame.set(index);
        FrameRef ref = frames.get(index);
        List<SlotRow> next = rowsOf(ref.fiber(), ref.frame(), previous);
        if (next.size() != rows.size()) {
            rows.setAll(next);
            return;
        }
        for (int i = 0; i < next.size(); i++) { // by difference: a step changes a few slots
            if (!next.get(i).equals(rows.get(i))) rows.set(i, next.get(i));
        }
    }

    /** The rows of one frame, marking the slots that differ from the same frame in {@code prev}. */
    static List<SlotRow> rowsOf(int fiberId, FrameView frame, VmSnapshot prev) {
        FrameView before = prev == null ? null : matchingFrame(prev, fiberId, frame);
        List<SlotRow> out = new ArrayList<>(frame.slots().size());
        for (SlotView s : frame.slots()) {
            boolean changed;
            if (before == null) {
                changed = prev != null && s.raw() != 0;
            } else if (s.index() < before.slots().size()) {
                SlotView b = before.slots().get(s.index());
                changed = b.raw() != s.raw() || b.shadow() != s.shadow();
            } else {
                changed = true;
            }
            long ref = s.declared().isReference() && s.raw() != 0 ? s.raw() : 0;
            out.add(new SlotRow(s.index(), s.name(), s.declared(), s.raw(), s.display(), s.shadow(),
                    s.mismatch(), s.mismatchText(), changed, ref));
        }
        return out;
    }

    /** The frame of the same activation in another snapshot: same fiber, function and base pointer. */
    static FrameView matchingFrame(VmSnapshot snap, int fiberId, FrameView frame) {
        for (FiberView fiber : snap.fibers()) {
            if (fiber.id() != fiberId) continue;
            for (FrameView f : fiber.frames()) {
                if (f.funcId() == frame.funcId() && f.bp() == frame.bp()) return f;
            }
        }
        return null;
    }

    public VmSnapshot current() {
        return current;
    }
}
