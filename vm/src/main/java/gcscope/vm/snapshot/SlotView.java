package gcscope.vm.snapshot;

import gcscope.vm.bytecode.SlotType;

/**
 * One frame slot: index within the frame, declared type (from the function's slotTypes), raw bits,
 * the shadow kind (the kind the last write stored; VALUE if never written), the variable name
 * from debug info in scope at the frame's pc ("" if a temporary; "x[1]" for the 2nd slot of a
 * multi-slot variable), a display string decoded by type, and whether the sanitizer flags it.
 */
public record SlotView(int index, SlotType declared, long raw, SlotType shadow, String name, String display,
                       boolean mismatch, String mismatchText) {
}
