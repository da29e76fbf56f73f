package gcscope.views.slots;

import gcscope.vm.bytecode.SlotType;

/**
 * One row of the slot table. {@code ref} is the address a non-nil GCREF slot points at (else 0);
 * {@code changed} is true when the last step wrote the slot (its bits or shadow kind differ from the
 * previous snapshot, or the frame is new and the slot is non-zero).
 */
public record SlotRow(int index, String name, SlotType declared, long raw, String display, SlotType shadow,
                      boolean mismatch, String mismatchText, boolean changed, long ref) {

    public String rawHex() {
        return String.format("0x%016x", raw);
    }

    /** Declared and shadow kinds disagree in a way the collector cares about. */
    public boolean kindConflict() {
        return raw != 0 && !declared.compatibleWith(shadow);
    }
}
