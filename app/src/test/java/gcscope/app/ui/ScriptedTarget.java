package gcscope.app.ui;

import gcscope.views.common.DebugTarget;
import gcscope.vm.snapshot.VmSnapshot;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A test double of the Session: replays a fixed list of snapshots on its own worker thread (one
 * "instruction" per snapshot), so the window can be driven before and independently of the real VM.
 */
final class ScriptedTarget implements DebugTarget {
    private final List<VmSnapshot> script;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scripted-session");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<VmSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final Set<Integer> breakpoints = new TreeSet<>();
    private volatile int index;
    private volatile boolean closed;

    ScriptedTarget(List<VmSnapshot> script) {
        this.script = List.copyOf(script);
    }

    private CompletableFuture<VmSnapshot> go(java.util.function.IntUnaryOperator move) {
        return CompletableFuture.supplyAsync(() -> {
            index = Math.max(0, Math.min(script.size() - 1, move.applyAsInt(index)));
            VmSnapshot s = script.get(index);
            listeners.forEach(l -> l.accept(s));
            return s;
        }, worker);
    }

    private int runForward(int from) {
        for (int i = from + 1; i < script.size(); i++) {
            var f = script.get(i).currentFrame();
            if (f != null && breakpoints.contains(f.pos().line())) return i;
        }
        return script.size() - 1;
    }

    @Override public VmSnapshot current() { return script.get(index); }
    @Override public void addListener(Consumer<VmSnapshot> l) { listeners.add(l); }
    @Override public CompletableFuture<VmSnapshot> stepInstruction() { return go(i -> i + 1); }
    @Override public CompletableFuture<VmSnapshot> stepOver() { return go(i -> i + 1); }
    @Override public CompletableFuture<VmSnapshot> stepInto() { return go(i -> i + 1); }
    @Override public CompletableFuture<VmSnapshot> stepOut() { return go(i -> i + 1); }
    @Override public CompletableFuture<VmSnapshot> stepBack() { return go(i -> i - 1); }
    @Override public CompletableFuture<VmSnapshot> stepBackOver() { return go(i -> i - 1); }
    @Override public CompletableFuture<VmSnapshot> stepBackInto() { return go(i -> i - 1); }
    @Override public CompletableFuture<VmSnapshot> stepBackOut() { return go(i -> i - 1); }
    @Override public CompletableFuture<VmSnapshot> run() { return go(this::runForward); }
    @Override public CompletableFuture<VmSnapshot> runBack() { return go(i -> 0); }
    @Override public CompletableFuture<VmSnapshot> goToStep(long n) { return go(i -> (int) n); }
    @Override public CompletableFuture<VmSnapshot> reset() { return go(i -> 0); }
    @Override public void pause() { }
    @Override public boolean isRunning() { return false; }
    @Override public synchronized void toggleBreakpoint(int line) { if (!breakpoints.remove(line)) breakpoints.add(line); }
    @Override public synchronized Set<Integer> breakpoints() { return Set.copyOf(breakpoints); }
    @Override public byte[] objectBytes(long address) { return new byte[0]; }
    @Override public void close() { closed = true; worker.shutdownNow(); }

    boolean closed() { return closed; }
}
