package gcscope.vm.check;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;

/**
 * A static verifier finding: instruction {@code pc} of {@code function} writes {@code written} into
 * slot {@code slot}, whose declared type is {@code declared} (VM.md "Calls and the call buffer").
 */
public record SlotTypeMismatch(int funcId, String function, int pc, int slot, SlotType declared, SlotType written, SourcePos pos) {
    /** The CLI line: {@code SlotTypeMismatch main.main 4 2 GCREF VALUE}. */
    public String describe() {
        return "SlotTypeMismatch " + function + " " + pc + " " + slot + " " + declared + " " + written;
    }

    public Violation toViolation() {
        return new Violation(ViolationKind.SLOT_TYPE_MISMATCH, -1, -1, -1, function, pc, slot, -1, -1, declared.name(), written.name(),
                pos, "instruction writes " + written + " into slot " + slot + " declared " + declared);
    }
}
