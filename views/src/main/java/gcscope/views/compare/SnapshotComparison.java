package gcscope.views.compare;

import gcscope.vm.check.Violation;
import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.FiberView;
import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.SlotView;
import gcscope.vm.snapshot.VmSnapshot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The differences between two snapshots of the same program run with different options (compare
 * mode): a pure function of the two snapshots. Frames are matched by fiber and position from the
 * outermost frame (same function); their slots by index when both frames have the same slot types,
 * else (another call-buffer mode lays the frame out differently) by variable name, and a slot the
 * sanitizer flags on one side is always a difference. Objects are matched by address (both runs
 * allocate in the same order until they diverge); the first violation and the output as wholes.
 *
 * @param differences  every difference, status first, then first violation, slots, frames, objects, output
 * @param leftSlots    the left column's slots that differ
 * @param rightSlots   the right column's slots that differ
 * @param leftObjects  addresses highlighted in the left column (differing or present there only)
 * @param rightObjects addresses highlighted in the right column
 */
public record SnapshotComparison(List<Difference> differences, Set<SlotKey> leftSlots, Set<SlotKey> rightSlots,
                                 Set<Long> leftObjects, Set<Long> rightObjects) {
    public SnapshotComparison {
        differences = List.copyOf(differences);
        leftSlots = Set.copyOf(leftSlots);
        rightSlots = Set.copyOf(rightSlots);
        leftObjects = Set.copyOf(leftObjects);
        rightObjects = Set.copyOf(rightObjects);
    }

    public static final SnapshotComparison NONE = new SnapshotComparison(List.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public boolean same() {
        return differences.isEmpty();
    }

    public static SnapshotComparison of(VmSnapshot left, VmSnapshot right) {
        if (left == null || right == null) return NONE;
        List<Difference> out = new ArrayList<>();
        Set<SlotKey> lk = new HashSet<>();
        Set<SlotKey> rk = new HashSet<>();
        Set<Long> lo = new HashSet<>();
        Set<Long> ro = new HashSet<>();
        String ls = status(left);
        String rs = status(right);
        if (!ls.equals(rs)) out.add(new Difference(Difference.Kind.STATUS, "execution", ls, rs));
        Violation lv = left.violations().isEmpty() ? null : left.violations().get(0);
        Violation rv = right.violations().isEmpty() ? null : right.violations().get(0);
        String lvs = lv == null ? "" : "step " + lv.step() + ": " + lv.describe();
        String rvs = rv == null ? "" : "step " + rv.step() + ": " + rv.describe();
        if (!lvs.equals(rvs)) out.add(new Difference(Difference.Kind.FIRST_VIOLATION, "first violation", lvs, rvs));
        compareStacks(left, right, out, lk, rk);
        compareHeaps(left, right, out, lo, ro);
        if (!left.stdout().equals(right.stdout())) {
            out.add(new Difference(Difference.Kind.OUTPUT, "stdout", tail(left.stdout()), tail(right.stdout())));
        }
        if (!left.stderr().equals(right.stderr())) {
            out.add(new Difference(Difference.Kind.OUTPUT, "stderr", tail(left.stderr()), tail(right.stderr())));
        }
        return new SnapshotComparison(out, lk, rk, lo, ro);
    }

    private static String status(VmSnapshot s) {
        return "step " + s.step() + " " + s.status() + (s.trap() == null ? "" : " trap " + s.trap().kind())
                + (s.exitCode() >= 0 ? " exit " + s.exitCode() : "");
    }

    private static void compareStacks(VmSnapshot left, VmSnapshot right, List<Difference> out, Set<SlotKey> lk, Set<SlotKey> rk) {
        for (FiberView lf : left.fibers()) {
            FiberView rf = fiber(right, lf.id());
            int ln = lf.frames().size();
            int rn = rf == null ? 0 : rf.frames().size();
            for (int k = 0; k < Math.max(ln, rn); k++) {
                FrameView a = k < ln ? lf.frames().get(ln - 1 - k) : null;
                FrameView b = k < rn ? rf.frames().get(rn - 1 - k) : null;
                if (a == null || b == null || a.funcId() != b.funcId()) {
                    out.add(new Difference(Difference.Kind.FRAME, "fiber " + lf.id() + " frame " + k + " from the bottom",
                            a == null ? "" : a.function(), b == null ? "" : b.function()));
                    continue;
                }
                compareFrames(lf.id(), k, a, b, out, lk, rk);
            }
        }
        for (FiberView rf : right.fibers()) {
            if (fiber(left, rf.id()) == null && !rf.frames().isEmpty()) {
                out.add(new Difference(Difference.Kind.FRAME, "fiber " + rf.id(), "", rf.frames().get(0).function()));
            }
        }
    }

    private static void compareFrames(int fiber, int k, FrameView a, FrameView b, List<Difference> out, Set<SlotKey> lk, Set<SlotKey> rk) {
        List<SlotView[]> pairs = new ArrayList<>();
        if (sameLayout(a, b)) {
            for (int i = 0; i < a.slots().size(); i++) pairs.add(new SlotView[]{a.slots().get(i), b.slots().get(i)});
        } else {
            out.add(new Difference(Difference.Kind.FRAME, a.function() + " frame layout",
                    a.slots().size() + " slots", b.slots().size() + " slots, typed differently (variables compared by name)"));
            Set<Integer> usedRight = new HashSet<>();
            for (SlotView x : a.slots()) {
                SlotView y = x.name().isEmpty() ? null : named(b, x.name());
                if (y != null) usedRight.add(y.index());
                if (y != null || x.mismatch()) pairs.add(new SlotView[]{x, y});
            }
            for (SlotView y : b.slots()) {
                if (!usedRight.contains(y.index()) && y.mismatch()) pairs.add(new SlotView[]{null, y});
            }
        }
        for (SlotView[] p : pairs) {
            SlotView x = p[0];
            SlotView y = p[1];
            if (x != null && y != null && x.raw() == y.raw() && x.declared() == y.declared() && x.shadow() == y.shadow()
                    && x.mismatch() == y.mismatch()) continue;
            if (x != null) lk.add(new SlotKey(fiber, k, x.index()));
            if (y != null) rk.add(new SlotKey(fiber, k, y.index()));
            SlotView named = x != null ? x : y;
            String where = a.function() + (x != null && y != null && x.index() != y.index()
                    ? " slots " + x.index() + "/" + y.index() : " slot " + named.index())
                    + (named.name().isEmpty() ? "" : " (" + named.name() + ")");
            out.add(new Difference(Difference.Kind.SLOT, where, slot(x), slot(y)));
        }
    }

    private static boolean sameLayout(FrameView a, FrameView b) {
        if (a.slots().size() != b.slots().size()) return false;
        for (int i = 0; i < a.slots().size(); i++) if (a.slots().get(i).declared() != b.slots().get(i).declared()) return false;
        return true;
    }

    private static SlotView named(FrameView f, String name) {
        for (SlotView s : f.slots()) if (s.name().equals(name)) return s;
        return null;
    }

    /** How a slot reads in the difference list: declared kind, what it holds, and the shadow kind when it disagrees. */
    static String slot(SlotView s) {
        if (s == null) return "";
        return s.declared() + " " + s.display() + (s.shadow() != s.declared() && s.raw() != 0 ? " (holds " + s.shadow() + ")" : "")
                + (s.mismatch() ? " MISMATCH" : "");
    }

    private static void compareHeaps(VmSnapshot left, VmSnapshot right, List<Difference> out, Set<Long> lo, Set<Long> ro) {
        List<ObjectView> a = left.heap().objects();
        List<ObjectView> b = right.heap().objects();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            ObjectView x = i < a.size() ? a.get(i) : null;
            ObjectView y = j < b.size() ? b.get(j) : null;
            if (y == null || x != null && x.address() < y.address()) {
                if (x.colour() != Colour.FREED) {
                    lo.add(x.address());
                    out.add(new Difference(Difference.Kind.OBJECT_ONE_SIDE, hex(x.address()), object(x), ""));
                }
                i++;
            } else if (x == null || y.address() < x.address()) {
                if (y.colour() != Colour.FREED) {
                    ro.add(y.address());
                    out.add(new Difference(Difference.Kind.OBJECT_ONE_SIDE, hex(y.address()), "", object(y)));
                }
                j++;
            } else {
                boolean freedOnOneSide = (x.colour() == Colour.FREED) != (y.colour() == Colour.FREED);
                if (freedOnOneSide) {
                    (x.colour() == Colour.FREED ? ro : lo).add(x.address());
                    out.add(new Difference(Difference.Kind.OBJECT_ONE_SIDE, hex(x.address()), object(x), object(y)));
                } else if (x.kind() != y.kind() || !x.typeName().equals(y.typeName()) || x.colour() != y.colour()
                        || x.layoutMismatch() != y.layoutMismatch()) {
                    lo.add(x.address());
                    ro.add(y.address());
                    out.add(new Difference(Difference.Kind.OBJECT, hex(x.address()), object(x), object(y)));
                }
                i++;
                j++;
            }
        }
    }

    private static String object(ObjectView o) {
        return o.colour() == Colour.FREED ? "freed " + o.kind()
                : o.typeName() + " " + o.colour() + (o.layoutMismatch() ? " payload written with layout #" + o.writtenLayoutId() : "");
    }

    private static FiberView fiber(VmSnapshot s, int id) {
        for (FiberView f : s.fibers()) if (f.id() == id) return f;
        return null;
    }

    private static String hex(long a) {
        return String.format("object 0x%x", a);
    }

    private static String tail(String s) {
        String t = s.length() <= 60 ? s : "\u2026" + s.substring(s.length() - 59);
        return t.replace("\n", "\u23ce");
    }
}
