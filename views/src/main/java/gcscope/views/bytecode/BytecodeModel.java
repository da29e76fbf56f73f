package gcscope.views.bytecode;

import gcscope.views.common.CodeInfo;
import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * View model of the bytecode panel: the listing of one function (the current frame's, unless the
 * person picked another), the index of the next instruction in it (-1 when that function is not
 * executing), and the mapping from a source line to its instructions.
 */
public final class BytecodeModel {
    private final ObservableList<InstructionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<InstructionRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper function = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper functionName = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper slotTypes = new ReadOnlyStringWrapper("");
    private CodeInfo code = CodeInfo.EMPTY;
    private FrameView frame;

    public ObservableList<InstructionRow> rows() {
        return rowsView;
    }

    public ReadOnlyIntegerProperty functionProperty() {
        return function.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty functionNameProperty() {
        return functionName.getReadOnlyProperty();
    }

    /** The shown function's slotTypes table, e.g. "slotTypes: 0 GCREF  1 VALUE". */
    public ReadOnlyStringProperty slotTypesProperty() {
        return slotTypes.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public void setCode(CodeInfo code) {
        this.code = code == null ? CodeInfo.EMPTY : code;
        function.set(-1);
        rows.clear();
        currentIndex.set(-1);
    }

    /** Follows the current frame: shows its function and marks its pc. */
    public void update(VmSnapshot snapshot) {
        frame = snapshot == null ? null : snapshot.currentFrame();
        showFunction(frame == null ? (code.functionCount() > 0 ? 0 : -1) : frame.funcId());
    }

    /** Shows another function's listing (the current pc stays marked if that function is executing). */
    public void showFunction(int funcId) {
        if (funcId < 0 || funcId >= code.functionCount()) {
            function.set(-1);
            functionName.set("");
            slotTypes.set("");
            rows.clear();
            currentIndex.set(-1);
            return;
        }
        int pc = frame != null && frame.funcId() == funcId ? frame.pc() : -1;
        if (funcId != function.get() || rows.isEmpty()) {
            List<String> listing = code.listing(funcId);
            List<InstructionRow> out = new ArrayList<>(listing.size());
            for (int i = 0; i < listing.size(); i++) {
                out.add(new InstructionRow(i, code.lineOf(funcId, i), listing.get(i), i == pc, code.finding(funcId, i)));
            }
            rows.setAll(out);
        } else {
            for (int i = 0; i < rows.size(); i++) {
                InstructionRow r = rows.get(i);
                if (r.current() != (i == pc)) rows.set(i, new InstructionRow(r.pc(), r.line(), r.text(), i == pc, r.finding()));
            }
        }
        function.set(funcId);
        functionName.set(code.functionName(funcId));
        StringBuilder st = new StringBuilder("slotTypes:");
        List<String> types = code.slotTypes(funcId);
        for (int i = 0; i < types.size(); i++) st.append("  ").append(i).append(' ').append(types.get(i));
        slotTypes.set(st.toString());
        currentIndex.set(pc >= 0 && pc < rows.size() ? pc : -1);
    }

    /** The pcs of the shown function whose instructions come from {@code line}. */
    public List<Integer> pcsOfLine(int line) {
        List<Integer> out = new ArrayList<>();
        for (InstructionRow r : rows) if (r.line() == line) out.add(r.pc());
        return out;
    }

    /** Names of all functions, by id, for the function chooser. */
    public List<String> functionNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < code.functionCount(); i++) names.add(code.functionName(i));
        return names;
    }
}
