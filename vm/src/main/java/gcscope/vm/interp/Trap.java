package gcscope.vm.interp;

import gcscope.vm.bytecode.SourcePos;

/** A VM trap with where it happened. {@code address} is -1 when not about an address. */
public record Trap(TrapKind kind, long step, String function, int pc, SourcePos pos, long address, String message) {
    public String describe() {
        StringBuilder b = new StringBuilder("trap: ").append(message);
        if (function != null && !function.isEmpty()) b.append(" [in ").append(function).append(" pc ").append(pc);
        if (pos != null && pos.line() > 0) b.append(", line ").append(pos.line());
        if (function != null && !function.isEmpty()) b.append(']');
        return b.toString();
    }
}
