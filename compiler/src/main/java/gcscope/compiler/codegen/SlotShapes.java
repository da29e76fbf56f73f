package gcscope.compiler.codegen;

import gcscope.compiler.types.BasicKind;
import gcscope.compiler.types.EnumType;
import gcscope.compiler.types.InterfaceType;
import gcscope.compiler.types.Type;
import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a value of a compiler type sits in frame slots (VM.md "Slots and slot types"): scalars one VALUE,
 * floats one FLOAT, strings and every reference kind one GCREF, interfaces an INTERFACE0/INTERFACE1
 * pair, structs and arrays flattened field by field / element by element.
 */
final class SlotShapes {
    private SlotShapes() {}

    static List<SlotType> of(Type t) {
        List<SlotType> out = new ArrayList<>();
        add(t, out, 0);
        return Collections.unmodifiableList(out);
    }

    static List<SlotType> ofAll(List<Type> ts) {
        List<SlotType> out = new ArrayList<>();
        for (Type t : ts) add(t, out, 0);
        return Collections.unmodifiableList(out);
    }

    static int size(Type t) {
        return of(t).size();
    }

    static SlotType[] array(Type t) {
        return of(t).toArray(new SlotType[0]);
    }

    /** True when a value of this type contains at least one reference word (barriers needed on heap stores). */
    static boolean hasRefs(Type t) {
        for (SlotType s : of(t)) if (s != SlotType.VALUE && s != SlotType.FLOAT) return true;
        return false;
    }

    private static void add(Type t, List<SlotType> out, int depth) {
        if (depth > 64) throw new IllegalStateException("type nested too deeply: " + t);
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            BasicKind k = b.kind();
            if (k == BasicKind.STRING || k == BasicKind.UNTYPED_STRING || k == BasicKind.UNTYPED_NIL) out.add(SlotType.GCREF);
            else if (k.isFloat()) out.add(SlotType.FLOAT);
            else out.add(SlotType.VALUE);
        } else if (u instanceof InterfaceType) {
            out.add(SlotType.INTERFACE0);
            out.add(SlotType.INTERFACE1);
        } else if (u instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) add(f.type(), out, depth + 1);
        } else if (u instanceof Type.Array a) {
            for (long i = 0; i < a.length(); i++) add(a.elem(), out, depth + 1);
        } else if (u instanceof Type.Tuple tu) {
            for (Type e : tu.types()) add(e, out, depth + 1);
        } else if (u instanceof Type.Pointer || u instanceof Type.Slice || u instanceof Type.MapType
                || u instanceof Type.Chan || u instanceof Type.Signature || u instanceof EnumType) {
            out.add(SlotType.GCREF);
        } else {
            throw new IllegalStateException("no slot shape for " + t);
        }
    }
}
