package gcscope.vm.bytecode;

/** A named variable of a function, like the JVM's LocalVariableTable: in scope for pcStart <= pc < pcEnd. */
public record LocalVar(String name, int firstSlot, int slotCount, String typeName, int pcStart, int pcEnd) {
    public boolean inScope(int pc) { return pc >= pcStart && pc < pcEnd; }
}
