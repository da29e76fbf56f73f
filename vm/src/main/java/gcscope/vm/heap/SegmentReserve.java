package gcscope.vm.heap;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Zeroed heap segments made ahead of need on a helper thread. A fresh segment costs its zeroing and the page
 * faults of first touching 8 MiB (about 5 ms): a heap that grows by hundreds of MiB (a map of millions of
 * entries doubling its table) spent a quarter of its run there. The heap takes segments from the reserve
 * when they are ready; when a growth needs more than are ready, a helper makes half of the missing ones
 * while the heap's thread makes the others. After growing, the heap asks for the reserve to be topped up to
 * about half the segments it holds, so the growth it is likely to do next is already paid for on the other
 * core. What this costs: up to {@link #MAX_SEGMENTS} unused segments of host memory per heap
 * that has grown past a segment, and one short-lived daemon thread per top-up. It never changes what the
 * heap holds: a segment is all zeros whichever thread made it.
 */
final class SegmentReserve {
    /** The most segments kept ready (64 MiB). */
    static final int MAX_SEGMENTS = 8;

    private final int segmentWords;
    private final ConcurrentLinkedQueue<long[]> ready = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean filling = new AtomicBoolean();
    /** How many segments the helper keeps making until there are (read by the helper, written by the heap). */
    private volatile int target;

    SegmentReserve(int segmentWords) {
        this.segmentWords = segmentWords;
    }

    /**
     * {@code n} zeroed segments: the ready ones, and of the missing ones a helper thread makes half while this
     * thread makes the rest (two cores fault in fresh memory faster than one).
     */
    long[][] take(int n) {
        long[][] out = new long[n][];
        int have = 0;
        for (long[] s; have < n && (s = ready.poll()) != null; ) out[have++] = s;
        int byHelper = (n - have) / 2;
        FutureTask<long[][]> helper = null;
        if (byHelper > 0) {
            helper = new FutureTask<>(new Maker(byHelper));
            Thread t = new Thread(helper, "gcscope-heap-grow");
            t.setDaemon(true);
            t.start();
        }
        while (have < n - byHelper) out[have++] = new long[segmentWords];
        if (helper != null) {
            long[][] made = await(helper);
            for (int i = 0; i < byHelper; i++) out[have++] = made != null ? made[i] : new long[segmentWords];
        }
        return out;
    }

    /** The helper's segments, or null when it failed (out of host memory) or this thread was interrupted waiting. */
    private static long[][] await(FutureTask<long[][]> helper) {
        try {
            return helper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // kept for whoever interrupted; the segments are made here instead
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /**
     * Asks for {@code segments} (at most {@link #MAX_SEGMENTS}) to be ready: starts a helper thread unless one
     * is already making them. Returns at once.
     */
    void topUp(int segments) {
        target = Math.min(MAX_SEGMENTS, segments);
        if (target <= 0 || ready.size() >= target || !filling.compareAndSet(false, true)) return;
        Thread t = new Thread(new Filler(), "gcscope-heap-reserve");
        t.setDaemon(true);
        t.start();
    }

    /** Segments ready now (for tests). */
    int readyCount() {
        return ready.size();
    }

    /** Makes a given number of segments. */
    private final class Maker implements Callable<long[][]> {
        private final int count;

        Maker(int count) {
            this.count = count;
        }

        @Override
        public long[][] call() {
            long[][] made = new long[count][];
            for (int i = 0; i < count; i++) made[i] = new long[segmentWords];
            return made;
        }
    }

    /** The helper: makes segments until the target is met (or the host runs out of memory), then stops. */
    private final class Filler implements Runnable {
        @Override
        public void run() {
            try {
                while (ready.size() < target) ready.add(new long[segmentWords]);
            } catch (OutOfMemoryError e) {
                // no reserve then: the heap makes its segments itself, and meets the host's limit there
            } finally {
                filling.set(false);
            }
        }
    }
}
