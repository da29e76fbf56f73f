package gcscope.vm.snapshot;

import gcscope.vm.gc.GcPhase;

import java.util.List;

/**
 * Collector state: phase, cycle number, the current white (0 or 1), the gray and grayAgain
 * worklists (addresses), the pacing debt and the budget of the next step (in bytes of work),
 * and counters.
 */
public record GcView(GcPhase phase, int cycle, int currentWhite, List<Long> gray, List<Long> grayAgain,
                     long debt, long budget, GcCounters counters) {
    public GcView {
        gray = List.copyOf(gray);
        grayAgain = List.copyOf(grayAgain);
    }
}
