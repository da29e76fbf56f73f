package gcscope.vm.snapshot;

import java.util.List;

/** A fiber (goroutine). {@code state}: "running", "runnable", "blocked: chan receive", "dead". Frames innermost first. */
public record FiberView(int id, String state, boolean current, List<FrameView> frames) {
    public FiberView {
        frames = List.copyOf(frames);
    }
}
