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
 * View model of the layout panel. For the selected object: the declared byte map (the union layout
 * the header names, flattened for the current variant, from the program's layout store) beside the
 * byte map of the layout the payload was written with (the object's layout witness,
 * {@link ObjectView#writtenLayoutId()}; for objects without layouts, the fields the snapshot
 * decodes), bytes where the two disagree marked, and the layout-witness violations about this object.
 */
public final class LayoutModel {
    private final ObservableList<ByteCell> declared = FXCollections.observableArrayList();
    private final ObservableList<ByteCell> declaredView = FXCollections.unmodifiableObservableList(declared);
    private final ObservableList<ByteCell> written = FXCollections.observableArrayList();
    private final ObservableList<ByteCell> writtenView = FXCollections.unmodifiableObservableList(written);
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<String> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("select an object");
    private final ReadOnlyStringWrapper writtenCaption = new ReadOnlyStringWrapper("written layout");
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
    /** What the lower map shows: the written layout (the witness), or the decoded fields when there is none. */
    public ReadOnlyStringProperty writtenCaptionProperty() { return writtenCaption.getReadOnlyProperty(); }

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
        int variant = o.layoutId() >= 0 ? variantOf(o) : -1;
        LayoutSpec spec = o.layoutId() >= 0 ? code.layout(o.layoutId(), variant) : null;
        LayoutSpec writtenSpec = o.writtenLayoutId() >= 0 ? writtenSpec(code.layout(o.writtenLayoutId(), variant), spec) : null;
        List<ByteCell> fieldCells = cellsOfFields(o.fields(), payload);
        int size = Math.max(payload, Math.max(spec == null ? 0 : spec.size(), writtenSpec == null ? 0 : writtenSpec.size()));
        List<ByteCell> decl = spec == null ? fieldCells : cellsOfSpec(spec, size);
        List<ByteCell> held = writtenSpec == null ? fieldCells : cellsOfSpec(writtenSpec, size);
        boolean mismatch = o.layoutMismatch();
        title.set(String.format("0x%x  %s %s  %d payload bytes", o.address(), o.kind(), o.typeName(), payload)
                + (o.kind() == ObjectKind.ENUM ? "  declared layout #" + o.layoutId() + (spec == null ? "" : " " + spec.name())
                + "  written #" + o.writtenLayoutId() + (mismatch ? "  \u2260 MISMATCH" : "  (same)") : ""));
        writtenCaption.set(writtenSpec == null ? "held (as decoded from the object's fields)"
                : "written layout #" + o.writtenLayoutId() + " " + writtenSpec.name() + " (the layout witness: how codegen wrote the payload)");
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

    /** The variant the object's discriminant names (read where the header's layout puts it), or -1. */
    private int variantOf(ObjectView o) {
        LayoutSpec disc = code.layout(o.layoutId(), -1);
        if (disc == null) return -1;
        for (LayoutSpec.Field f : disc.fields()) {
            if (!f.kind().equals("DISCRIMINANT")) continue;
            for (FieldView fv : o.fields()) {
                int word = f.offset() & ~7;
                if (fv.offset() == word) {
                    long bits = fv.raw() >>> (8 * (f.offset() - word));
                    return (int) (bits & (f.size() == 1 ? 0xff : 0xffff));
                }
            }
            return 0; // a discriminant word the snapshot does not list is zero: the first variant
        }
        return -1;
    }

    /**
     * The written layout's payload fields with the discriminant where ENUM_NEW stores it: at the
     * header layout's offset (the witness only says how the payload was written).
     */
    static LayoutSpec writtenSpec(LayoutSpec written, LayoutSpec declared) {
        if (written == null) return null;
        if (declared == null) return written;
        List<LayoutSpec.Field> fields = new ArrayList<>();
        for (LayoutSpec.Field f : written.fields()) if (!f.kind().equals("DISCRIMINANT")) fields.add(f);
        for (LayoutSpec.Field f : declared.fields()) if (f.kind().equals("DISCRIMINANT")) fields.add(f);
        return new LayoutSpec(written.id(), written.name(), Math.max(written.size(), declared.size()), fields, written.internedAs());
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
