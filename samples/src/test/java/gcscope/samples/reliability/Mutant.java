package gcscope.samples.reliability;

import gcscope.samples.Sample;
import gcscope.samples.SampleCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One program of the mutation set: golden sample {@code sample} after {@code edits} random edits made
 * with the RNG seeded by {@code seed} and {@code index}, so that {@link #of} rebuilds it exactly.
 */
public record Mutant(int index, String sample, int edits, String source) {

    /** The default seed of the mutation set (a system property {@code gcscope.mutants.seed} changes it). */
    public static final long DEFAULT_SEED = 0x6C5C0BEL;

    public static long seed() {
        return Long.getLong("gcscope.mutants.seed", DEFAULT_SEED);
    }

    /** The number of programs: at least 1,000 by default; {@code -Dgcscope.mutants.count=N} for longer runs. */
    public static int count() {
        return Integer.getInteger("gcscope.mutants.count", 1000);
    }

    /** The first {@code n} mutants of the set for {@code seed}. */
    public static List<Mutant> set(long seed, int n) {
        List<Sample> samples = SampleCatalog.samples();
        List<Mutant> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(of(samples, seed, i));
        return out;
    }

    static Mutant of(List<Sample> samples, long seed, int index) {
        Random rng = new Random(seed * 1_000_003L + index);
        Sample sample = samples.get(index % samples.size());
        int edits = 1 + rng.nextInt(3);
        return new Mutant(index, sample.name(), edits, new ProgramMutator(rng).mutate(sample.source(), edits));
    }

    public String label() {
        return "mutant #" + index + " (" + sample + ", " + edits + " edits)";
    }
}
