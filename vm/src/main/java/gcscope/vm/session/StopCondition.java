package gcscope.vm.session;

/** A conditional stop of issue 5: checked after every instruction while the session runs. */
public sealed interface StopCondition {

    /** Stop when the collector's phase changes. */
    record PhaseChange() implements StopCondition {
    }

    /** Stop when the object containing {@code address} changes colour (or is freed). */
    record ColourChange(long address) implements StopCondition {
    }

    /** Stop at the first sanitizer violation recorded after the run starts. */
    record FirstViolation() implements StopCondition {
    }

    /** Stop when an instruction of function {@code funcId} writes slot {@code slot} of its own frame. */
    record SlotWritten(int funcId, int slot) implements StopCondition {
    }
}
