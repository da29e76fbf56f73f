package gcscope.app.cli;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.gc.GcPhase;
import gcscope.vm.heap.Colour;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.FieldView;
import gcscope.vm.snapshot.GcCounters;
import gcscope.vm.snapshot.GcView;
import gcscope.vm.snapshot.HeapView;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.VmSnapshot;

import java.util.List;

/** Small hand-built snapshots for the diff verb. */
final class CliFixtures {
    private CliFixtures() {
    }

    static VmSnapshot empty() {
        return of(List.of());
    }

    static VmSnapshot snapshot(long address) {
        return of(List.of(new ObjectView(address, ObjectKind.STRING, "string", 16, Colour.WHITE0, -1, "\"hi\"",
                List.of(new FieldView("bytes", 0, SlotType.VALUE, 0x6968, 0, "hi")), -1, -1)));
    }

    private static VmSnapshot of(List<ObjectView> objects) {
        GcView gc = new GcView(GcPhase.PAUSE, 0, 0, List.of(), List.of(), 0, 0, new GcCounters(0, 0, 0, 0, 0, 0, 0, 0, 3));
        return new VmSnapshot(3, ExecStatus.PAUSED, List.of(), List.of(), new HeapView(objects, 16, 16, objects.size()),
                List.of(), gc, List.of(), List.of(), null, "", "", -1);
    }
}
