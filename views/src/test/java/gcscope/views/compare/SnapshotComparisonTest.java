package gcscope.views.compare;

import gcscope.views.Snapshots;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.SlotView;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotComparisonTest {
    @Test
    void equalSnapshotsHaveNoDifferences() {
        VmSnapshot s = Snapshots.listProgram().get(2);
        SnapshotComparison c = SnapshotComparison.of(s, s);
        assertTrue(c.same(), c.differences().toString());
    }

    @Test
    void aSlotHoldingAnIntWhereTheOtherSideHoldsAReferenceDiffers() {
        // reuse-dst: the int argument lands in the GCREF slot that split keeps for the result
        VmSnapshot split = Snapshots.at(5, 4, 2, List.of(Snapshots.slot(0, SlotType.GCREF, 4096, "head"),
                Snapshots.slot(1, SlotType.VALUE, 3, "i")), List.of(Snapshots.node(4096, 1, 0, Colour.WHITE0)), List.of());
        VmSnapshot reuse = Snapshots.at(5, 4, 2, List.of(new SlotView(0, SlotType.GCREF, 3, SlotType.VALUE, "head", "0x3", true,
                "declared GCREF, holds VALUE 3"), Snapshots.slot(1, SlotType.VALUE, 3, "i")), List.of(Snapshots.node(4096, 1, 0, Colour.WHITE0)), List.of());
        SnapshotComparison c = SnapshotComparison.of(split, reuse);
        assertEquals(java.util.Set.of(new SlotKey(0, 0, 0)), c.leftSlots(), "slot 0 differs, slot 1 does not");
        assertEquals(c.leftSlots(), c.rightSlots());
        Difference d = c.differences().stream().filter(x -> x.kind() == Difference.Kind.SLOT).findFirst().orElseThrow();
        assertTrue(d.where().contains("slot 0 (head)"), d.where());
        assertTrue(d.right().contains("holds VALUE") && d.right().contains("MISMATCH"), d.right());
        assertFalse(d.left().contains("MISMATCH"), d.left());
    }

    @Test
    void framesLaidOutDifferentlyAreComparedByVariableName() {
        // all-value types the call buffer VALUE: the frame has other slot types, so indices do not line up
        VmSnapshot split = Snapshots.at(5, 4, 2, List.of(Snapshots.slot(0, SlotType.GCREF, 4096, "s"),
                Snapshots.slot(1, SlotType.GCREF, 4096, ""), Snapshots.slot(2, SlotType.VALUE, 7, "n")), List.of(), List.of());
        VmSnapshot allValue = Snapshots.at(5, 4, 2, List.of(Snapshots.slot(0, SlotType.VALUE, 7, "n"),
                Snapshots.slot(1, SlotType.VALUE, 4096, ""), Snapshots.slot(2, SlotType.GCREF, 0, "s")), List.of(), List.of());
        SnapshotComparison c = SnapshotComparison.of(split, allValue);
        assertEquals(java.util.Set.of(new SlotKey(0, 0, 0)), c.leftSlots(), "s differs; n is equal though at another index");
        assertEquals(java.util.Set.of(new SlotKey(0, 0, 2)), c.rightSlots());
        assertTrue(c.differences().stream().anyMatch(d -> d.kind() == Difference.Kind.FRAME && d.where().contains("frame layout")));
        assertTrue(c.differences().stream().anyMatch(d -> d.where().contains("slots 0/2 (s)")), c.differences().toString());
    }

    @Test
    void objectsOnOneSideOnlyAndFreedOnOneSideAreMarkedOnThatSide() {
        VmSnapshot a = Snapshots.at(9, 5, 2, 4120, 1, List.of(Snapshots.node(4096, 1, 0, Colour.BLACK),
                Snapshots.node(4120, 2, 4096, Colour.BLACK)));
        VmSnapshot b = Snapshots.at(9, 5, 2, 4120, 1, List.of(Snapshots.node(4096, 1, 0, Colour.FREED),
                Snapshots.node(4120, 2, 4096, Colour.BLACK), Snapshots.node(4144, 3, 0, Colour.GRAY)));
        SnapshotComparison c = SnapshotComparison.of(a, b);
        assertEquals(java.util.Set.of(4096L), c.leftObjects(), "alive on the left only");
        assertEquals(java.util.Set.of(4144L), c.rightObjects(), "allocated on the right only");
        assertEquals(2, c.differences().stream().filter(x -> x.kind() == Difference.Kind.OBJECT_ONE_SIDE).count());
    }

    @Test
    void aColourChangeAndTheFirstViolationAndOutputAreDifferences() {
        VmSnapshot a = Snapshots.at(7, 6, 3, 0, 0, List.of(Snapshots.node(4096, 1, 0, Colour.WHITE1)));
        VmSnapshot b = Snapshots.mismatch(); // same step, slot 1 holds a reference, node WHITE1, a violation, output "ok\n"
        SnapshotComparison c = SnapshotComparison.of(a, b);
        List<Difference.Kind> kinds = c.differences().stream().map(Difference::kind).distinct().toList();
        assertTrue(kinds.contains(Difference.Kind.STATUS), kinds.toString());
        assertTrue(kinds.contains(Difference.Kind.FIRST_VIOLATION), kinds.toString());
        assertTrue(kinds.contains(Difference.Kind.OUTPUT), kinds.toString());
        assertTrue(kinds.contains(Difference.Kind.SLOT), kinds.toString());
        assertFalse(kinds.contains(Difference.Kind.OBJECT), "the object is the same on both sides");
        Difference v = c.differences().stream().filter(x -> x.kind() == Difference.Kind.FIRST_VIOLATION).findFirst().orElseThrow();
        assertEquals("", v.left());
        assertTrue(v.right().startsWith("step 7: violation ROOT_MAP_MISMATCH"), v.right());
    }

    @Test
    void theModelMarksDifferingRowsInBothColumnsAndFindsTheFirstViolationStep() {
        CompareModel m = new CompareModel();
        VmSnapshot a = Snapshots.at(7, 6, 3, 0, 0, List.of(Snapshots.node(4096, 1, 0, Colour.WHITE1)));
        m.show(a, Snapshots.mismatch());
        assertTrue(m.left().slots().get(1).differs());
        assertTrue(m.right().slots().get(1).differs());
        assertFalse(m.left().slots().get(0).differs());
        assertEquals(7, m.firstViolationStep());
        assertTrue(m.summaryProperty().get().contains("1 slot(s)"), m.summaryProperty().get());
        m.show(a, a);
        assertEquals("no differences at this step", m.summaryProperty().get());
        assertEquals(-1, m.firstViolationStep());
    }
}
