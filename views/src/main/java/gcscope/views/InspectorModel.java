package gcscope.views;

import gcscope.views.bytecode.BytecodeModel;
import gcscope.views.common.CodeInfo;
import gcscope.views.common.Selection;
import gcscope.views.console.ConsoleModel;
import gcscope.views.gcstate.GcModel;
import gcscope.views.heapgraph.HeapListModel;
import gcscope.views.layouts.LayoutModel;
import gcscope.views.slots.SlotsModel;
import gcscope.views.source.SourceModel;
import gcscope.views.timeline.TimelineModel;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The view model of the whole inspector: one sub-model per panel, the shared selection, and the
 * current snapshot. {@link #apply(VmSnapshot)} is the single entry point for new state (called on
 * the UI thread); every panel model is a function of the previous and the current snapshot.
 */
public final class InspectorModel {
    private final SourceModel source = new SourceModel();
    private final BytecodeModel bytecode = new BytecodeModel();
    private final SlotsModel slots = new SlotsModel();
    private final HeapListModel heap = new HeapListModel();
    private final GcModel gc = new GcModel();
    private final ConsoleModel console = new ConsoleModel();
    private final TimelineModel timeline = new TimelineModel();
    private final LayoutModel layout = new LayoutModel();
    private final Selection selection = new Selection();
    private final ReadOnlyObjectWrapper<VmSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private CodeInfo code = CodeInfo.EMPTY;

    public InspectorModel() {
        selection.selectedAddressProperty().addListener((o, was, now) -> layout.select(snapshot.get(), now.longValue()));
    }

    public SourceModel source() { return source; }
    public BytecodeModel bytecode() { return bytecode; }
    public SlotsModel slots() { return slots; }
    public HeapListModel heap() { return heap; }
    public GcModel gc() { return gc; }
    public ConsoleModel console() { return console; }
    public TimelineModel timeline() { return timeline; }
    public LayoutModel layout() { return layout; }
    public Selection selection() { return selection; }
    public CodeInfo code() { return code; }

    public ReadOnlyObjectProperty<VmSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public VmSnapshot snapshot() {
        return snapshot.get();
    }

    /** A new program was loaded (or recompiled): everything starts over. */
    public void load(CodeInfo code) {
        this.code = code == null ? CodeInfo.EMPTY : code;
        bytecode.setCode(this.code);
        layout.setCode(this.code);
        gc.clear();
        timeline.clear();
        selection.clear();
        snapshot.set(null);
    }

    public void apply(VmSnapshot next) {
        VmSnapshot prev = snapshot.get();
        source.update(next);
        bytecode.update(next);
        slots.update(prev, next);
        heap.update(prev, next);
        gc.update(next);
        console.update(next);
        timeline.update(next);
        snapshot.set(next);
        if (selection.selectedAddress() != 0 && next.heap().objectAt(selection.selectedAddress()) == null) selection.clear();
        layout.select(next, selection.selectedAddress());
    }
}
