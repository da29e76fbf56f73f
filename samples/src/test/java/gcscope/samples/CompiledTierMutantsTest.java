package gcscope.samples;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.samples.reliability.Mutant;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The compiled tier against the interpreter on the mutated samples of issue 8 (random edits of the golden
 * programs: odd control flow, traps, panics, runaway loops and recursion). Every mutant that compiles runs in
 * two machines, one interpreting and one with compiled code, through the same sequence of bounded
 * {@code runFor} budgets, with and without the sanitizer; after every budget both must be at the same step,
 * function and pc, with the same outcome, output, trap and violations.
 */
class CompiledTierMutantsTest {
    static final long[] BUDGETS = {1, 70, 65, 1000, 4_321, 100_000, 12_345};
    /** Steps compared per mutant (runaway mutants stop here). */
    static final long CAP = 250_000;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void compiledCodeRunsEveryMutantExactlyLikeTheInterpreter() {
        List<Mutant> mutants = Mutant.set(Mutant.seed(), Mutant.count());
        List<String> problems = new ArrayList<>();
        int compared = 0, entered = 0;
        for (Mutant mutant : mutants) {
            CompileResult compiled;
            try {
                compiled = Compiler.compile("mutant.vo", mutant.source(), RunOptions.DEFAULT.compile());
            } catch (RuntimeException e) {
                continue; // MutatedSamplesTest reports compiler failures
            }
            if (!compiled.ok()) continue;
            for (boolean sanitize : new boolean[]{false, true}) {
                RunOptions options = RunOptions.DEFAULT.withSanitize(sanitize).withLimits(8L << 20, 500, 100, 256 * 1024);
                String problem;
                Machine withTier = null;
                try {
                    CapturedOutput outA = new CapturedOutput(), outB = new CapturedOutput();
                    Machine interpreted = new Machine(compiled.program(), options, outA);
                    withTier = new Machine(compiled.program(), options, outB);
                    if (!withTier.useCompiledTier()) {
                        problems.add(mutant.label() + ": tier refused: " + withTier.tierProblem());
                        continue;
                    }
                    problem = compare(interpreted, outA, withTier, outB);
                } catch (RuntimeException e) {
                    problem = "Java exception: " + e;
                }
                compared++;
                if (withTier != null && withTier.compiledEntries() > 0) entered++;
                if (problem != null) {
                    problems.add(mutant.label() + (sanitize ? " (sanitizer)" : "") + ": " + problem + " [target/tier-mutants/" + mutant.index() + ".vo]");
                    save(mutant);
                }
            }
        }
        System.out.printf("compiled-tier mutants: %d runs compared, %d entered compiled code, %d problems%n", compared, entered, problems.size());
        if (!problems.isEmpty()) fail(problems.size() + " differences:\n" + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
        assertTrue(compared >= 150, "too few mutants compiled: " + compared);
        assertTrue(entered >= compared / 2, "compiled code ran in only " + entered + " of " + compared + " runs");
    }

    private static void save(Mutant mutant) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "tier-mutants");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(mutant.index() + ".vo"), mutant.source());
        } catch (java.io.IOException e) {
            System.err.println("could not save mutant " + mutant.index() + ": " + e);
        }
    }

    /** Null when both machines agree after every budget, else the first difference. */
    private static String compare(Machine a, CapturedOutput outA, Machine b, CapturedOutput outB) {
        long total = 0;
        for (int i = 0; a.outcome() == null && total < CAP; i++) {
            long budget = BUDGETS[i % BUDGETS.length];
            RunResult ra = a.runFor(budget), rb = b.runFor(budget);
            total += budget;
            String at = "after " + (i + 1) + " runs (" + ra.steps() + " steps)";
            if (ra.steps() != rb.steps()) return at + ": steps " + ra.steps() + " vs " + rb.steps();
            if (ra.outcome() != rb.outcome()) return at + ": outcome " + ra.outcome() + " vs " + rb.outcome();
            if (a.currentFunction() != b.currentFunction() || a.currentPc() != b.currentPc()) {
                return at + ": at " + a.currentFunction() + ":" + a.currentPc() + " vs " + b.currentFunction() + ":" + b.currentPc();
            }
            if (!outA.stdoutText().equals(outB.stdoutText()) || !outA.stderrText().equals(outB.stderrText())) return at + ": output differs";
            String ta = ra.trap() == null ? null : ra.trap().describe(), tb = rb.trap() == null ? null : rb.trap().describe();
            if (!Objects.equals(ta, tb)) return at + ": trap " + ta + " vs " + tb;
            if (!ra.violations().equals(rb.violations())) return at + ": violations " + ra.violations() + " vs " + rb.violations();
            if (a.heap().bytesInUse() != b.heap().bytesInUse() || a.collector().cycle() != b.collector().cycle()) return at + ": heap or collector differs";
        }
        return null;
    }
}
