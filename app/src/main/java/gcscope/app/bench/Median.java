package gcscope.app.bench;

import java.util.Arrays;

/** The median of measured durations: the middle one, or the mean of the two middle ones. */
public final class Median {
    private Median() {
    }

    /** The median of {@code nanos} (not changed); throws if there is none. */
    public static long of(long[] nanos) {
        if (nanos.length == 0) throw new IllegalArgumentException("no measurement");
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        if (sorted.length % 2 == 1) return sorted[mid];
        return sorted[mid - 1] + (sorted[mid] - sorted[mid - 1]) / 2;
    }
}
