package gcscope.views.layouts;

import gcscope.views.common.CodeInfo;
import gcscope.views.common.LayoutSpec;
import gcscope.vm.check.Violation;
import gcscope.vm.check.ViolationKind;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.snapshot.FieldView;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * View model of the layout panel. For the selected object: the declared byte map (the layout the
 * header names, from the program's layout store) beside the byte map of what the object holds (its
 * fields as the snapshot decodes them), bytes where the two disagree marked, and the layout-witness
 * violations about this object.
 */
public final class LayoutModel {
    private final ObservableList<ByteCell> declared = FXCollections.observableArrayList();
    private final ObservableList<ByteCell> declaredView = FXCollections.unmodifiableObservableList(declared);
    private final ObservableList<ByteCell> written = FXCollections.observableArrayList();
    private final ObservableList<ByteCell> writtenView = FXCollections.unmodifiableObservableList(written);
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<String> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("select an object");
    private CodeInfo code = CodeInfo.EMPTY;

    public ObservableList<ByteCell> declared() {
        return declaredView;
    }
    public ObservableList<ByteCell> written() {
        return writtenView;
    }
    public ObservableList<String> findings() {
        return findingsView;
    }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    public void setCode(CodeInfo code) {
        this.code = code == null ? CodeInfo.EMPTY : code;
        select(null, 0);
    }

    public void select(VmSnapshot s, long address) {
        ObjectView o = s == null || address == 0 ? null : s.heap().objectAt(address);
        if (o == null) {
            title.set("select an object (enum objects show their payload layout)");
            declared.clear();
            written.clear();
            findings.clear();
            return;
        }
        int payload = Math.max(0, o.sizeBytes() - 8);
        LayoutSpec spec = o.layoutId() >= 0 ? specOf(o) : null;
        List<ByteCell> held = cellsOfFields(o.fields(), payload);
        List<ByteCell> decl = spec == null ? held : cellsOfSpec(spec, Math.max(payload, spec.size()));
        title.set(String.format("0x%x  %s %s  %d payload bytes", o.address(), o.kind(), o.typeName(), payload)
                + (o.kind() == ObjectKind.ENUM ? "  layout #" + o.layoutId() + (spec == null ? "" : " " + spec.name()) : ""));
        declared.setAll(compare(decl, held));
        written.setAll(compare(held, decl));
        List<String> f = new ArrayList<>();
        for (Violation v : s.violations()) {
            if (v.address() >= 0 && s.heap().objectAt(v.address()) == o
                    || v.kind() == ViolationKind.LAYOUT_WITNESS && v.address() == o.address()) {
                f.add(v.describe() + (v.expected().isEmpty() ? "" : "  (declared " + v.expected() + ", written " + v.actual() + ")"));
            }
        }
        findings.setAll(f);
    }

    /** The declared layout of an object, flattened for the variant its discriminant names. */
    private LayoutSpec specOf(ObjectView o) {
        LayoutSpec disc = code.layout(o.layoutId(), -1);
        if (disc == null) return null;
        for (LayoutSpec.Field f : disc.fields()) {
            if (!f.kind().equals("DISCRIMINANT")) continue;
            for (FieldView fv : o.fields()) {
                if (fv.offset() == f.offset()) return code.layout(o.layoutId(), (int) (fv.raw() & (f.size() == 1 ? 0xff : 0xffff)));
            }
        }
        return disc;
    }

    /** Byte cells of a layout-store layout, padding where no field covers a byte. */
    static List<ByteCell> cellsOfSpec(LayoutSpec spec, int size) {
        List<ByteCell> cells = padding(size);
        for (LayoutSpec.Field fld : spec.fields()) {
            for (int i = 0; i < fld.size() && fld.offset() + i < size; i++) {
                cells.set(fld.offset() + i, new ByteCell(fld.offset() + i, fld.name(), fld.kind(), i == 0, false));
            }
        }
        return cells;
    }

    /** Byte cells of the fields the snapshot decodes (each field covers the bytes up to the next field, at most 8). */
    static List<ByteCell> cellsOfFields(List<FieldView> fields, int size) {
        List<ByteCell> cells = padding(size);
        for (int k = 0; k < fields.size(); k++) {
            FieldView fld = fields.get(k);
            int end = k + 1 < fields.size() ? fields.get(k + 1).offset() : size;
            int width = Math.max(1, Math.min(8, end - fld.offset()));
            String kind = switch (fld.type()) {
                case GCREF -> "REF";
                case INTERFACE0, INTERFACE1 -> "INTERFACE";
                case FLOAT -> "FLOAT";
                case VALUE -> "VALUE";
            };
            for (int i = 0; i < width && fld.offset() + i < size; i++) {
                if (fld.offset() + i < 0) continue;
                cells.set(fld.offset() + i, new ByteCell(fld.offset() + i, fld.name(), kind, i == 0, false));
            }
        }
        return cells;
    }

    /** {@code mine} with each byte marked where {@code other} gives it a different kind. */
    static List<ByteCell> compare(List<ByteCell> mine, List<ByteCell> other) {
        List<ByteCell> out = new ArrayList<>(mine.size());
        for (ByteCell c : mine) {
            ByteCell o = c.offset() < other.size() ? other.get(c.offset()) : null;
            boolean differs = o != null && !sameClass(c.kind(), o.kind());
            out.add(new ByteCell(c.offset(), c.field(), c.kind(), c.fieldStart(), differs));
        }
        return out;
    }

    /** References must line up exactly; scalar kinds (VALUE, FLOAT, DISCRIMINANT, PAD) are one class for the collector. */
    private static boolean sameClass(String a, String b) {
        boolean ra = a.equals("REF") || a.equals("INTERFACE");
        boolean rb = b.equals("REF") || b.equals("INTERFACE");
        return ra == rb && (!ra || a.equals(b));
    }

    private static List<ByteCell> padding(int size) {
        List<ByteCell> cells = new ArrayList<>(size);
        for (int i = 0; i < size; i++) cells.add(new ByteCell(i, "", "PAD", false, false));
        return cells;
    }
}
