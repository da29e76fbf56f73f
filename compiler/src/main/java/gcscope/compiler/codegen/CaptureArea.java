package gcscope.compiler.codegen;

import gcscope.compiler.types.Type;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.List;

/**
 * Captured values of compiler-generated closures (method values, deferred fmt/builtin/interface calls).
 * A closure's captures are GCREF words; when the captured values include scalars or interface pairs,
 * they are copied into one BOX (of a synthetic struct type) and the closure captures its pointer.
 */
final class CaptureArea {
    private CaptureArea() {}

    static boolean allRefs(List<Type> types) {
        for (Type t : types) for (SlotType s : SlotShapes.of(t)) if (s != SlotType.GCREF) return false;
        return true;
    }

    static Type boxType(List<Type> types) {
        List<Type.Field> fields = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) fields.add(new Type.Field("c" + i, types.get(i), false, null));
        return new Type.Struct(fields);
    }

    /** The closure's capture kinds for values of these types. */
    static SlotType[] captureTypes(List<Type> types) {
        if (allRefs(types)) return SlotShapes.ofAll(types).toArray(SlotType[]::new);
        return new SlotType[] {SlotType.GCREF};
    }

    /**
     * Emits {@code MAKE_CLOSURE dst, funcId} over the values at {@code start} (of the given types), boxing
     * them first when they are not all references.
     */
    static void makeClosure(FunctionCompiler fc, int dst, int funcId, int start, List<Type> types) {
        FuncBuilder fb = fc.fb;
        int n = SlotShapes.ofAll(types).size();
        if (allRefs(types)) {
            fb.emit(Opcode.MAKE_CLOSURE, dst, funcId, start, n);
            return;
        }
        Type box = boxType(types);
        fb.beginTempRegion();
        int p = fb.allocSlots(SlotType.GCREF);
        fb.emit(Opcode.NEW, p, fc.cg.types.id(box));
        fc.storeWords(p, 0, start, box);
        fb.emit(Opcode.MAKE_CLOSURE, dst, funcId, p, 1);
        fb.endTempRegion();
    }

    /** In the generated function: loads the captured values into fresh slots and returns the first. */
    static int load(FunctionCompiler g, List<Type> types) {
        FuncBuilder b = g.fb;
        g.captureTypes = captureTypes(types);
        List<SlotType> shape = SlotShapes.ofAll(types);
        int vals = b.allocSlots(shape);
        if (shape.isEmpty()) return vals;
        if (allRefs(types)) {
            b.emit(Opcode.LOAD_CAPTURE, vals, 0, 0, shape.size());
        } else {
            int p = b.allocSlots(SlotType.GCREF);
            b.emit(Opcode.LOAD_CAPTURE, p, 0, 0, 1);
            g.loadWords(vals, p, 0, boxType(types));
        }
        return vals;
    }
}
