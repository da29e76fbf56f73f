package gcscope.vm.gc;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;
import gcscope.vm.layout.LayoutStore;

/**
 * What the collector needs from the program to scan heap objects (implemented by the interpreter's
 * Program). See vm/HEAP.md for which kinds use which method.
 */
public interface HeapMetas {
    /**
     * Per-word kinds of the payload of a STRUCT, BOX, MAP, CHANNEL or INTERFACE_BOX object whose header
     * holds {@code metaId}, or of ONE element of an ARRAY object. The pattern repeats over the payload:
     * payload word i has kind {@code types[i % types.length]} (an empty array means no references).
     * A returned array must not be modified and should be the same instance on every call.
     */
    SlotType[] wordTypes(int metaId);

    /** The layout store (ENUM headers hold a union layout id). */
    LayoutStore layouts();

    /** Name of a function, for violations and traps. */
    default String functionName(int funcId) {
        return "func#" + funcId;
    }

    /** Source position of an instruction, for violations. */
    default SourcePos position(int funcId, int pc) {
        return SourcePos.NONE;
    }
}
