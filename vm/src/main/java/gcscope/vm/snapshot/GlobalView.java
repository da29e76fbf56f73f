package gcscope.vm.snapshot;

import gcscope.vm.bytecode.SlotType;

/** One slot of a package-level variable. */
public record GlobalView(int index, String name, SlotType type, long raw, String display) {
}
