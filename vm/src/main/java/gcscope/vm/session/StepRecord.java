package gcscope.vm.session;

import java.util.Arrays;

/**
 * Where execution was at every step of a window {@code [from, to]}, recorded by replay, in
 * primitive arrays: fiber, depth, function, pc, line, and whether a person-visible stop (breakpoint
 * or condition) fires on arriving at that step. Index i is step {@code from + i}.
 */
final class StepRecord {
    final long from;
    int size;
    int[] fiber, depth, func, pc, line;
    boolean[] stop;
    long[] word;

    StepRecord(long from, int capacity) {
        this.from = from;
        int c = Math.max(16, capacity);
        fiber = new int[c];
        depth = new int[c];
        func = new int[c];
        pc = new int[c];
        line = new int[c];
        stop = new boolean[c];
        word = new long[c];
    }

    void add(Engine.Location l, boolean stopHere, long watchedWord) {
        if (size == fiber.length) grow();
        fiber[size] = l.fiber();
        depth[size] = l.depth();
        func[size] = l.funcId();
        pc[size] = l.pc();
        line[size] = l.line();
        stop[size] = stopHere;
        word[size] = watchedWord;
        size++;
    }

    long step(int i) { return from + i; }

    /** Last recorded step. */
    long to() { return from + size - 1; }

    boolean sameLine(int i, int j) {
        return fiber[i] == fiber[j] && depth[i] == depth[j] && func[i] == func[j] && line[i] == line[j];
    }

    private void grow() {
        int c = fiber.length * 2;
        fiber = Arrays.copyOf(fiber, c);
        depth = Arrays.copyOf(depth, c);
        func = Arrays.copyOf(func, c);
        pc = Arrays.copyOf(pc, c);
        line = Arrays.copyOf(line, c);
        stop = Arrays.copyOf(stop, c);
        word = Arrays.copyOf(word, c);
    }
}
