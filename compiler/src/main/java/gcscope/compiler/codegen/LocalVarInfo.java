package gcscope.compiler.codegen;

/**
 * Debug info for one named variable of a function while it is being built: the name, its slots, a
 * type name for display, and the pc range {@code [startPc, endPc)} where the name is in scope.
 * {@code boxed} marks a variable that lives in a BOX object (its slot holds the box reference).
 */
record LocalVarInfo(String name, int firstSlot, int slotCount, String typeName, int startPc, int endPc, boolean boxed) {
    LocalVarInfo closedAt(int pc) {
        return new LocalVarInfo(name, firstSlot, slotCount, typeName, startPc, pc, boxed);
    }
}
