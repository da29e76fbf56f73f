package gcscope.vm.check;

import gcscope.vm.bytecode.SourcePos;

/**
 * One sanitizer (or verifier) finding. Fields that do not apply are -1 (ints/longs) or "" (strings).
 * {@code expected}/{@code actual} are human-readable ("GCREF", "VALUE", "layout #7 size 32 ptrs {0,8}").
 */
public record Violation(
        ViolationKind kind,
        long step,
        int fiber,
        int frame,
        String function,
        int pc,
        int slot,
        long address,
        int offset,
        String expected,
        String actual,
        SourcePos pos,
        String message) {

    /** One-line report, e.g. {@code violation ROOT_MAP_MISMATCH in main pc 3 slot 2 (line 4:7): declared GCREF, holds VALUE 2}. */
    public String describe() {
        StringBuilder b = new StringBuilder("violation ").append(kind);
        if (!function.isEmpty()) b.append(" in ").append(function);
        if (pc >= 0) b.append(" pc ").append(pc);
        if (slot >= 0) b.append(" slot ").append(slot);
        if (address >= 0) b.append(" @").append(String.format("0x%x", address));
        if (offset >= 0) b.append(" offset ").append(offset);
        if (pos != null && pos.line() > 0) b.append(" (line ").append(pos).append(')');
        b.append(": ").append(message);
        return b.toString();
    }
}
