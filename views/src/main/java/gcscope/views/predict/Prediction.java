package gcscope.views.predict;

import java.util.Set;

/**
 * What a learner expects the next instruction to do: which objects turn gray, which turn black,
 * which slot of the current frame it writes (-1: none), and whether the write barrier fires.
 */
public record Prediction(Set<Long> gray, Set<Long> black, int slot, boolean barrier) {
    public Prediction {
        gray = Set.copyOf(gray);
        black = Set.copyOf(black);
    }
}
