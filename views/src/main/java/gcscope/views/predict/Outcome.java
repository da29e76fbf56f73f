package gcscope.views.predict;

import gcscope.vm.gc.GcEvent;
import gcscope.vm.gc.GcEventKind;
import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.FiberView;
import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.SlotView;
import gcscope.vm.snapshot.VmSnapshot;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one step really did, computed from the snapshots before and after it: the objects that turned
 * gray and black (were another colour, or did not exist, before), the slots of the frame that was
 * executing whose bits or shadow kind changed, and whether a BARRIER_FIRED event happened.
 */
public record Outcome(Set<Long> gray, Set<Long> black, Set<Integer> slots, boolean barrier) {
    public Outcome {
        gray = Set.copyOf(gray);
        black = Set.copyOf(black);
        slots = Set.copyOf(slots);
    }

    public static Outcome of(VmSnapshot before, VmSnapshot after) {
        Map<Long, Colour> was = new HashMap<>();
        for (ObjectView o : before.heap().objects()) was.put(o.address(), o.colour());
        Set<Long> gray = new TreeSet<>();
        Set<Long> black = new TreeSet<>();
        for (ObjectView o : after.heap().objects()) {
            Colour c = was.get(o.address());
            if (o.colour() == Colour.GRAY && c != Colour.GRAY) gray.add(o.address());
            if (o.colour() == Colour.BLACK && c != Colour.BLACK) black.add(o.address());
        }
        Set<Integer> slots = new TreeSet<>();
        FrameView f = before.currentFrame();
        FrameView g = f == null ? null : sameFrame(after, f);
        if (g != null) {
            for (SlotView s : g.slots()) {
                SlotView b = s.index() < f.slots().size() ? f.slots().get(s.index()) : null;
                if (b == null || b.raw() != s.raw() || b.shadow() != s.shadow()) slots.add(s.index());
            }
        }
        boolean barrier = false;
        for (GcEvent e : after.recentEvents()) barrier |= e.kind() == GcEventKind.BARRIER_FIRED;
        return new Outcome(gray, black, slots, barrier);
    }

    /** The activation {@code f} (same function and base pointer) in another snapshot, or null when it returned. */
    private static FrameView sameFrame(VmSnapshot s, FrameView f) {
        for (FiberView fiber : s.fibers()) {
            for (FrameView g : fiber.frames()) if (g.funcId() == f.funcId() && g.bp() == f.bp()) return g;
        }
        return null;
    }
}
