package gcscope.vm.snapshot;

import gcscope.vm.bytecode.SourcePos;

import java.util.List;

/** One call frame: {@code depth} 0 is the innermost. {@code pc} is the next instruction to execute. */
public record FrameView(int depth, int funcId, String function, int pc, SourcePos pos, int bp, List<SlotView> slots) {
    public FrameView {
        slots = List.copyOf(slots);
    }
}
