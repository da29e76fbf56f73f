package gcscope.vm.interp;

import gcscope.vm.check.Violation;

import java.util.List;

/** How a call to {@link Machine#run()} ended. {@code trap} is null unless outcome is TRAPPED. */
public record RunResult(Outcome outcome, int exitCode, long steps, Trap trap, List<Violation> violations) {
    public RunResult {
        violations = List.copyOf(violations);
    }
}
