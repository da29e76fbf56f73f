package gcscope.views.common;

import gcscope.vm.snapshot.VmSnapshot;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Carries snapshots from the session's worker thread to the UI thread. Any number of offers may
 * arrive while the UI is busy; only the newest is applied, the stale ones are dropped, and at most
 * one hand-over is queued on the UI executor at a time (so a long run cannot flood the FX queue).
 */
public final class SnapshotFeed {
    private final Executor uiExecutor;
    private final Consumer<VmSnapshot> sink;
    private final AtomicReference<VmSnapshot> pending = new AtomicReference<>();

    /** @param uiExecutor usually {@code Platform::runLater}; tests pass a direct executor */
    public SnapshotFeed(Executor uiExecutor, Consumer<VmSnapshot> sink) {
        this.uiExecutor = Objects.requireNonNull(uiExecutor);
        this.sink = Objects.requireNonNull(sink);
    }

    /** Thread-safe: called from any thread. */
    public void offer(VmSnapshot snapshot) {
        if (snapshot == null) return;
        if (pending.getAndSet(snapshot) == null) {
            uiExecutor.execute(this::drain);
        }
    }

    private void drain() {
        VmSnapshot newest = pending.getAndSet(null);
        if (newest != null) sink.accept(newest);
    }
}
