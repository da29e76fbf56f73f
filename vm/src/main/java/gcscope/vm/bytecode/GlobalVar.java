package gcscope.vm.bytecode;

/** A package-level variable: slots firstSlot .. firstSlot+slotCount of the globals area. */
public record GlobalVar(String name, int firstSlot, int slotCount, int typeId) {
}
