package gcscope.vm.snapshot;

import gcscope.vm.heap.Colour;
import gcscope.vm.heap.ObjectKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gcscope.vm.snapshot.SnapshotFixtures.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotDiffTest {
    private final VmSnapshot before = SnapshotFixtures.withHeap(List.of(
            object(4096, ObjectKind.STRUCT, "A", Colour.WHITE0, 4128),
            object(4128, ObjectKind.STRUCT, "B", Colour.WHITE0),
            object(4160, ObjectKind.STRUCT, "C", Colour.WHITE0)), List.of());
    private final VmSnapshot after = SnapshotFixtures.withHeap(List.of(
            object(4096, ObjectKind.STRUCT, "A", Colour.BLACK, 4200),
            object(4128, ObjectKind.STRUCT, "B", Colour.WHITE0),
            object(4160, ObjectKind.STRUCT, "C", Colour.FREED),
            object(4200, ObjectKind.STRUCT, "D", Colour.GRAY)), List.of());

    @Test
    void identicalSnapshotsHaveAnEmptyDiff() {
        assertTrue(SnapshotDiff.between(before, before).isEmpty());
    }

    @Test
    void reportsAddedFreedRecolouredAndRewiredObjects() {
        SnapshotDiff d = SnapshotDiff.between(before, after);
        assertEquals(List.of(4200L), d.added().stream().map(ObjectView::address).toList());
        assertEquals(List.of(4160L), d.freed().stream().map(ObjectView::address).toList());
        assertEquals(List.of(new SnapshotDiff.ColourChange(4096, "A", Colour.WHITE0, Colour.BLACK)), d.colourChanged());
        assertEquals(List.of(new SnapshotDiff.EdgeRef(4096, "f0", 4200)), d.edgesAdded());
        assertEquals(List.of(new SnapshotDiff.EdgeRef(4096, "f0", 4128)), d.edgesRemoved());
    }

    @Test
    void describeListsEveryChangeOnItsOwnLine() {
        String text = SnapshotDiff.between(before, after).describe();
        assertTrue(text.startsWith("diff step 1 -> step 1: 1 added, 1 freed, 1 changed colour, 1 edges added, 1 edges removed\n"), text);
        assertEquals(6, text.lines().count());
        assertTrue(text.contains("~ @0x1000 A: WHITE0 -> BLACK"), text);
    }
}
