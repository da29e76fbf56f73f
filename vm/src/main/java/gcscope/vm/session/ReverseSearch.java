package gcscope.vm.session;

import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Finds targets of backward commands by replaying a window of recent steps and recording where
 * each one was ({@link StepRecord}); the window grows backwards until the answer is inside it.
 * Leaves the engine at an arbitrary step: the caller seeks to the answer.
 */
final class ReverseSearch {
    private static final long NONE = -1;
    private static final long NEEDS_MORE = -2;

    private final Engine engine;
    private final Timeline timeline;
    private final StopRules rules;
    private final long current;

    ReverseSearch(Engine engine, Timeline timeline, StopRules rules) {
        this.engine = engine;
        this.timeline = timeline;
        this.rules = rules;
        this.current = engine.steps();
    }

    interface Finder {
        /** The answer's index in the record, NONE, or NEEDS_MORE when it may lie before the window. */
        long find(StepRecord r, int c);
    }

    private long search(Finder f, Supplier<Long> watched) {
        if (current == 0) return 0;
        long window = Math.max(timeline.spacing(), 1024);
        while (true) {
            long from = Math.max(0, current - window);
            StepRecord r = record(from, watched);
            long i = f.find(r, r.size - 1);
            if (i >= 0) return r.step((int) i);
            if (i == NONE || from == 0) return i == NEEDS_MORE ? 0 : NONE;
            window *= 4;
        }
    }

    private StepRecord record(long from, Supplier<Long> watched) {
        timeline.seek(from);
        StepRecord r = new StepRecord(from, (int) Math.min(current - from + 1, 1 << 20));
        r.add(engine.location(), false, word(watched));
        while (engine.steps() < current && !engine.ended()) {
            int violations = engine.violationCount();
            StopRules.Before before = rules.before(engine, violations);
            engine.runFor(1);
            timeline.afterExecution();
            boolean stop = rules.check(before, engine) != null || engine.violationCount() > violations;
            r.add(engine.location(), stop, word(watched));
        }
        return r;
    }

    private static long word(Supplier<Long> watched) {
        if (watched == null) return 0;
        Long w = watched.get();
        return w == null ? Long.MIN_VALUE + 1 : w;
    }

    private static long extendRun(StepRecord r, int i, java.util.function.IntPredicate sameRun) {
        while (i > 0 && sameRun.test(i)) i--;
        return i == 0 && r.from > 0 ? NEEDS_MORE : i;
    }

    /** Start of the previous line run (any frame). */
    long backInto() {
        return search((r, c) -> {
            for (int i = c - 1; i >= 0; i--) {
                if (r.line[i] > 0 && !r.sameLine(i, c)) return extendRun(r, i, k -> r.sameLine(k - 1, k));
            }
            return r.from == 0 ? 0 : NEEDS_MORE;
        }, null);
    }

    /** Start of the previous line run of this frame or a caller, stepping back over calls. */
    long backOver() {
        return search((r, c) -> {
            int f = r.fiber[c], d = r.depth[c];
            for (int i = c - 1; i >= 0; i--) {
                if (r.fiber[i] == f && r.depth[i] <= d && r.line[i] > 0 && !r.sameLine(i, c)) {
                    return extendRun(r, i, k -> r.sameLine(k - 1, k) || (r.fiber[k - 1] == f && r.depth[k - 1] > r.depth[k]));
                }
            }
            return r.from == 0 ? 0 : NEEDS_MORE;
        }, null);
    }

    /** The call instruction in the caller that created the current frame. */
    long backOut() {
        return search((r, c) -> {
            int f = r.fiber[c], d = r.depth[c];
            for (int i = c - 1; i >= 0; i--) if (r.fiber[i] == f && r.depth[i] < d) return i;
            return r.from == 0 ? 0 : NEEDS_MORE;
        }, null);
    }

    /** The latest earlier step at which a breakpoint, condition or violation stopped (or would have). */
    long previousStop() {
        return search((r, c) -> {
            for (int i = c - 1; i >= 1; i--) if (r.stop[i]) return i;
            return r.from == 0 ? 0 : NEEDS_MORE;
        }, null);
    }

    /** The step whose instruction last changed the watched word; empty when it never changed. */
    OptionalLong lastChange(Supplier<Long> watched) {
        long s = search((r, c) -> {
            for (int i = c; i >= 1; i--) if (r.word[i] != r.word[i - 1]) return i - 1;
            return r.from == 0 ? NONE : NEEDS_MORE;
        }, watched);
        return s < 0 ? OptionalLong.empty() : OptionalLong.of(s);
    }
}
