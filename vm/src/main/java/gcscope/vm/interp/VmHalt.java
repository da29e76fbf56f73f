package gcscope.vm.interp;

import gcscope.vm.bytecode.FunctionDef;

/**
 * Internal signal that ends the run with a trap (a limit, a wild reference found by the interpreter).
 * Caught by the dispatch loop and turned into a {@link Trap} value; never leaves the interp package.
 */
final class VmHalt extends RuntimeException {
    final TrapKind kind;
    final long address;

    VmHalt(TrapKind kind, long address, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.address = address;
    }

    Trap trap(Fiber f, Machine m, int pc) {
        FunctionDef fn = m.program.function(f.fFunc[f.depth - 1]);
        return new Trap(kind, m.steps, fn.name(), pc, fn.pos(pc), address, getMessage());
    }
}
