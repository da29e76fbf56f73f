package gcscope.views.common;

import gcscope.vm.snapshot.VmSnapshot;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What the panes may ask of a running program: exactly the command surface of
 * {@code gcscope.vm.session.Session} (see the common rules), so that the app wires the real Session
 * in with a one-line adapter and tests drive the panes with recorded snapshots.
 * Commands run in order on the target's own worker thread; listeners are called on that thread.
 */
public interface DebugTarget {
    VmSnapshot current();

    void addListener(Consumer<VmSnapshot> listener);

    CompletableFuture<VmSnapshot> stepInstruction();

    CompletableFuture<VmSnapshot> stepOver();

    CompletableFuture<VmSnapshot> stepInto();

    CompletableFuture<VmSnapshot> stepOut();

    CompletableFuture<VmSnapshot> stepBack();

    CompletableFuture<VmSnapshot> stepBackOver();

    CompletableFuture<VmSnapshot> stepBackInto();

    CompletableFuture<VmSnapshot> stepBackOut();

    CompletableFuture<VmSnapshot> run();

    CompletableFuture<VmSnapshot> runBack();

    CompletableFuture<VmSnapshot> goToStep(long step);

    CompletableFuture<VmSnapshot> reset();

    void pause();

    boolean isRunning();

    void toggleBreakpoint(int line);

    Set<Integer> breakpoints();

    byte[] objectBytes(long address);

    void close();
}
