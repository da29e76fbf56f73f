package gcscope.compiler.codegen;

import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.List;

/**
 * Vo's frame-slot allocation rules (VM.md, "Slots and slot types"): a {@code nextSlot} cursor over a
 * high-water-mark list of slot types. {@link #alloc} reuses the slots at the cursor only when their
 * recorded types are equal to the requested ones, otherwise it appends fresh slots at the end. Temp
 * regions save and restore the cursor. The list never shrinks and a slot's type never changes, so the
 * frame's {@code slotTypes} is exactly this list when the function is finished.
 */
final class SlotAllocator {
    private final List<SlotType> slotTypes = new ArrayList<>();
    private final List<Integer> savedCursors = new ArrayList<>();
    private int nextSlot;

    /** Allocates {@code types.size()} consecutive slots and returns the first one's index. */
    int alloc(List<SlotType> types) {
        int n = types.size();
        if (n == 0) return nextSlot;
        if (nextSlot + n <= slotTypes.size() && slotTypes.subList(nextSlot, nextSlot + n).equals(types)) {
            int start = nextSlot;
            nextSlot += n;
            return start;
        }
        int start = slotTypes.size();
        slotTypes.addAll(types);
        nextSlot = slotTypes.size();
        return start;
    }

    void beginTempRegion() {
        savedCursors.add(nextSlot);
    }

    void endTempRegion() {
        if (savedCursors.isEmpty()) throw new IllegalStateException("endTempRegion without beginTempRegion");
        nextSlot = savedCursors.remove(savedCursors.size() - 1);
    }

    int nextSlot() {
        return nextSlot;
    }

    int size() {
        return slotTypes.size();
    }

    SlotType typeOf(int slot) {
        return slotTypes.get(slot);
    }

    SlotType[] toArray() {
        return slotTypes.toArray(new SlotType[0]);
    }
}
