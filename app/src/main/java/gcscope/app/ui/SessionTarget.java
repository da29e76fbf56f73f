package gcscope.app.ui;

import gcscope.views.common.DebugTarget;
import gcscope.vm.session.Session;
import gcscope.vm.snapshot.VmSnapshot;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The real {@link Session} as the panes' {@link DebugTarget}: every call delegates unchanged. */
public final class SessionTarget implements DebugTarget {
    private final Session session;

    public SessionTarget(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }

    @Override public VmSnapshot current() { return session.current(); }
    @Override public void addListener(Consumer<VmSnapshot> listener) { session.addListener(listener); }
    @Override public CompletableFuture<VmSnapshot> stepInstruction() { return session.stepInstruction(); }
    @Override public CompletableFuture<VmSnapshot> stepOver() { return session.stepOver(); }
    @Override public CompletableFuture<VmSnapshot> stepInto() { return session.stepInto(); }
    @Override public CompletableFuture<VmSnapshot> stepOut() { return session.stepOut(); }
    @Override public CompletableFuture<VmSnapshot> stepBack() { return session.stepBack(); }
    @Override public CompletableFuture<VmSnapshot> stepBackOver() { return session.stepBackOver(); }
    @Override public CompletableFuture<VmSnapshot> stepBackInto() { return session.stepBackInto(); }
    @Override public CompletableFuture<VmSnapshot> stepBackOut() { return session.stepBackOut(); }
    @Override public CompletableFuture<VmSnapshot> run() { return session.run(); }
    @Override public CompletableFuture<VmSnapshot> runBack() { return session.runBack(); }
    @Override public CompletableFuture<VmSnapshot> goToStep(long step) { return session.goToStep(step); }
    @Override public CompletableFuture<VmSnapshot> reset() { return session.reset(); }
    @Override public void pause() { session.pause(); }
    @Override public boolean isRunning() { return session.isRunning(); }
    @Override public void toggleBreakpoint(int line) { session.toggleBreakpoint(line); }
    @Override public Set<Integer> breakpoints() { return session.breakpoints(); }
    @Override public byte[] objectBytes(long address) { return session.objectBytes(address); }
    @Override public void close() { session.close(); }
}
