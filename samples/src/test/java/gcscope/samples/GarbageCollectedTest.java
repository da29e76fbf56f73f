package gcscope.samples;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 2: the collector really frees garbage. Samples that build structures and drop them in a loop
 * make more garbage than they keep: under the stress policies at least half of what they allocate is
 * freed before the end, and the peak of live objects stays below the allocation count. The sanitizer
 * (on) checks at the same time that nothing reachable is freed.
 */
class GarbageCollectedTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"skel_linked_list.vo", "skel_garbage_cycles.vo", "skel_tree.vo", "skel_stack.vo",
            "enum_tree_gc.vo"})
    void atLeastHalfOfWhatIsAllocatedIsFreedUnderStressPolicies(String name) {
        Sample sample = SampleCatalog.sample(name).orElseThrow();
        CompileResult compiled = Compiler.compile(name, sample.source(), CompileOptions.DEFAULT);
        assertTrue(compiled.ok(), () -> name + ": " + compiled.diagnostics());
        for (GcPolicy policy : new GcPolicy[] {GcPolicy.STRESS, GcPolicy.INCREMENTAL_STRESS, GcPolicy.NORMAL}) {
            Machine machine = new Machine(compiled.program(), RunOptions.DEFAULT.withGc(policy).withSanitize(true),
                    new CapturedOutput());
            long peak = 0;
            RunResult r;
            do {
                r = machine.runFor(100);
                peak = Math.max(peak, machine.heap().liveObjects());
            } while (r.outcome() == Outcome.SUSPENDED);
            assertEquals(Outcome.FINISHED, r.outcome(), name + " " + policy.cliName());
            long allocated = machine.heap().allocations();
            long freed = machine.collector().counters().freed();
            String where = name + " [" + policy.cliName() + "]: peak " + peak + " live, " + freed + " freed of "
                    + allocated + " allocated";
            if (policy == GcPolicy.NORMAL) {
                // the normal policy waits for the heap to pass its threshold; these programs may stay below
                assertTrue(peak <= allocated, where);
            } else {
                assertTrue(freed * 2 >= allocated, where);
                assertTrue(peak < allocated, where);
            }
        }
    }
}
