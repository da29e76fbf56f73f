package gcscope.vm.snapshot;

import java.util.HashSet;
import java.util.Set;

/** Consistency checks on an imported snapshot beyond what the JSON types enforce. */
final class SnapshotValidator {
    private SnapshotValidator() {
    }

    /** A description of the first problem found, or null when the snapshot is consistent. */
    static String problem(VmSnapshot s) {
        if (s.status() == null) return "status is missing";
        if (s.step() < 0) return "step is negative (" + s.step() + ")";
        if (s.heap() == null) return "heap is missing";
        if (s.gc() == null) return "gc is missing";
        if (s.gc().phase() == null) return "gc.phase is missing";
        if (s.gc().counters() == null) return "gc.counters is missing";
        if (s.stdout() == null || s.stderr() == null) return "stdout/stderr is missing";
        long prev = Long.MIN_VALUE;
        for (int i = 0; i < s.heap().objects().size(); i++) {
            ObjectView o = s.heap().objects().get(i);
            String at = "heap.objects[" + i + "]";
            if (o.kind() == null) return at + ".kind is missing";
            if (o.colour() == null) return at + ".colour is missing";
            if (o.typeName() == null) return at + ".typeName is missing";
            if (o.address() <= prev) return at + ".address 0x" + Long.toHexString(o.address())
                    + " is not above the previous object's (objects must be sorted by address)";
            if (o.sizeBytes() < 0) return at + ".sizeBytes is negative";
            prev = o.address();
            for (int j = 0; j < o.fields().size(); j++) {
                FieldView f = o.fields().get(j);
                if (f.name() == null || f.type() == null) return at + ".fields[" + j + "] lacks a name or type";
            }
        }
        Set<Integer> fiberIds = new HashSet<>();
        for (int i = 0; i < s.fibers().size(); i++) {
            FiberView f = s.fibers().get(i);
            if (!fiberIds.add(f.id())) return "fibers[" + i + "] repeats fiber id " + f.id();
            for (int k = 0; k < f.frames().size(); k++) {
                FrameView fr = f.frames().get(k);
                if (fr.function() == null) return "fibers[" + i + "].frames[" + k + "].function is missing";
                for (int m = 0; m < fr.slots().size(); m++) {
                    SlotView sv = fr.slots().get(m);
                    if (sv.declared() == null || sv.shadow() == null)
                        return "fibers[" + i + "].frames[" + k + "].slots[" + m + "] lacks a declared or shadow type";
                }
            }
        }
        for (int i = 0; i < s.roots().size(); i++) {
            if (s.roots().get(i).source() == null) return "roots[" + i + "].source is missing";
        }
        return null;
    }
}
