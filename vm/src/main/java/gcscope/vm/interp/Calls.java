package gcscope.vm.interp;

import gcscope.vm.bytecode.BuiltinTypes;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.MethodInfo;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.heap.InterfaceHeader;

import java.util.Arrays;

/**
 * Calls that are not the inline fast path, returns with defers, defer/go, panics, recover and the
 * printing of unrecovered panics (ISA.md "Calling convention", "Panics, defer, recover").
 */
final class Calls {
    /** doReturn/raise result: keep executing the fiber's (new) top frame. */
    static final int CONTINUE = -1;

    private final Machine m;

    Calls(Machine m) {
        this.m = m;
    }

    // ------------------------------------------------------------------ calls

    /** Sanitizer shadow for a new frame: arguments keep their kinds, the rest is zero (VALUE). */
    void shadowCall(Fiber f, int srcAbs, int nbp, int np, int size) {
        if (f.shadow == null) return;
        System.arraycopy(f.shadow, srcAbs, f.shadow, nbp, np);
        Arrays.fill(f.shadow, nbp + np, nbp + size, (byte) 0);
    }

    /**
     * Pushes a frame for {@code func} above the top frame. Arguments come from the stack at
     * {@code argAbs} (absolute; -1 for none) or from {@code args}; {@code prefix} words (a receiver)
     * are written first. The caller's pc must already be saved.
     */
    void push(Fiber f, int func, long[] prefix, int argAbs, long[] args, int retReg, int flags, long closure) {
        if (f.depth >= (m.options.maxDepth() <= 0 ? Integer.MAX_VALUE : m.options.maxDepth())) throw m.depthTrap();
        int nbp = f.depth == 0 ? 0 : f.fBp[f.depth - 1] + m.frameSizes[f.fFunc[f.depth - 1]];
        int size = m.frameSizes[func];
        m.growStack(f, nbp + size + 1);
        long[] st = f.stack;
        Arrays.fill(st, nbp, nbp + size, 0L);
        if (f.shadow != null) Arrays.fill(f.shadow, nbp, nbp + size, (byte) 0);
        int np = m.paramSlots[func];
        int pre = prefix == null ? 0 : Math.min(prefix.length, np);
        if (pre > 0) System.arraycopy(prefix, 0, st, nbp, pre);
        int rest = np - pre;
        if (argAbs >= 0 && rest > 0) {
            System.arraycopy(st, argAbs, st, nbp + pre, rest);
            if (f.shadow != null) System.arraycopy(f.shadow, argAbs, f.shadow, nbp + pre, rest);
        } else if (args != null) {
            System.arraycopy(args, 0, st, nbp + pre, Math.min(rest, args.length));
        }
        if (f.shadow != null && (pre > 0 || args != null)) {
            SlotType[] types = m.slotTypes[func];
            for (int i = 0; i < np; i++) if (argAbs < 0 || i < pre) f.shadow[nbp + i] = (byte) types[i].ordinal();
        }
        f.pushFrame(func, nbp, retReg, flags, closure);
    }

    /** CALL_CLOSURE a=closure slot, b=args, c=rets. */
    int callClosure(Fiber f, int bp, int a, int b, int c) {
        long clo = f.stack[bp + a];
        if (clo == 0) throw GoPanic.nilDeref();
        int func = m.heap.meta(clo);
        push(f, func, null, bp + b, null, c, 0, clo);
        return Ops.RELOAD;
    }

    /** CALL_IFACE a=interface slots, b=other args, c=rets, d=method name string. */
    int callIface(Fiber f, int bp, int a, int b, int c, int d) {
        long hdr = f.stack[bp + a], data = f.stack[bp + a + 1];
        if (hdr == 0) throw GoPanic.nilDeref();
        m.values.checkIface(hdr);
        int type = InterfaceHeader.typeId(hdr);
        int func = m.program.methodFunc(type, d);
        if (func == MethodInfo.ERROR_STRING) {
            f.stack[bp + c] = data;
            m.ops.shadowSet(f, bp + c, SlotType.GCREF);
            return Ops.NEXT;
        }
        if (func < 0) throw GoPanic.plain("method " + m.program.string(d) + " not found for " + m.program.type(type).name());
        push(f, func, receiverWords(type, data), bp + b, null, c, 0, 0);
        return Ops.RELOAD;
    }

    /** The receiver as the method's first parameter slots: the boxed words of a struct/array, else the data word. */
    long[] receiverWords(int type, long data) {
        TypeInfo t = m.program.type(type);
        if (!t.boxedInInterface()) return new long[] {data};
        long[] w = new long[t.slotCount()];
        for (int i = 0; i < w.length; i++) w[i] = m.heap.load(data, i);
        return w;
    }

    // ------------------------------------------------------------------ return

    /** RETURN a, b when the fast path does not apply (defers, special frames, the bottom frame, slow mode). */
    int doReturn(Fiber f, int a, int b) {
        int t = f.depth - 1;
        if (f.topHasDefer()) return runNextDefer(f, false);
        int flags = f.fFlags[t];
        int bp = f.fBp[t];
        if ((flags & Fiber.F_NESTED) != 0) {
            m.natives.nestedResult = Arrays.copyOfRange(f.stack, bp + a, bp + a + b);
            f.depth--;
            return Interpreter.R_NESTED_DONE;
        }
        if (t == 0) {
            f.depth = 0;
            f.state = Fiber.DONE;
            if (f.id == 1) {
                m.outcome = Outcome.FINISHED;
                return Interpreter.R_HALT;
            }
            return Interpreter.R_FIBER_DONE;
        }
        int cbp = f.fBp[t - 1];
        if ((flags & Fiber.F_DISCARD) == 0) {
            int dst = cbp + f.fRet[t];
            System.arraycopy(f.stack, bp + a, f.stack, dst, b);
            if (f.shadow != null) {
                System.arraycopy(f.shadow, bp + a, f.shadow, dst, b);
                m.ops.checkWrites(f, t - 1, dst - cbp, b);
            }
        }
        f.depth = t;
        if ((flags & Fiber.F_DEFERRED) != 0) return afterDeferred(f);
        f.fPc[t - 1]++;
        return CONTINUE;
    }

    /** A deferred call finished; the top frame is the one that deferred it. */
    private int afterDeferred(Fiber f) {
        if (f.panicking) {
            if (!f.recovered) return unwind(f);
            f.panicking = false;
            f.recovered = false;
            f.panicHdr = 0;
            f.panicData = 0;
            f.oldPanics = new long[0];
            f.panicTrace = null;
            f.fFlags[f.depth - 1] |= Fiber.F_RECOVERED;
        }
        int t = f.depth - 1;
        if ((f.fFlags[t] & Fiber.F_RECOVERED) != 0) {
            FunctionDef fn = m.program.function(f.fFunc[t]);
            if (fn.recoverPc() >= 0) {
                f.fPc[t] = fn.recoverPc(); // the epilogue loads the named results and RETURNs (running the other defers)
                return CONTINUE;
            }
            return doReturn(f, Math.max(0, fn.resultSlot()), fn.resultSlot() < 0 ? 0 : fn.resultSlots());
        }
        FunctionDef fn = m.program.function(f.fFunc[t]);
        if (fn.recoverPc() >= 0) f.fPc[t] = fn.recoverPc(); // the epilogue reloads the named results
        return CONTINUE; // otherwise the frame's pc is still at its RETURN, which runs again
    }

    private int runNextDefer(Fiber f, boolean panicking) {
        int i = --f.deferCount;
        int func = f.dFunc[i];
        long clo = f.dClosure[i];
        long[] args = f.dArgs[i];
        f.dArgs[i] = null;
        int flags = Fiber.F_DISCARD | Fiber.F_DEFERRED | (panicking ? Fiber.F_PANIC_DEFER : 0);
        push(f, func, null, -1, args, 0, flags, clo);
        return CONTINUE;
    }

    // ------------------------------------------------------------------ defer and go

    /** DEFER / DEFER_CLOSURE: the arguments are evaluated (copied) now. */
    void defer(Fiber f, int func, long closure, int argAbs) {
        long[] args = Arrays.copyOfRange(f.stack, argAbs, argAbs + m.paramSlots[func]);
        f.pushDefer(f.depth - 1, func, closure, args);
    }

    /** GO / GO_CLOSURE: a new fiber whose first frame is the callee. */
    void go(Fiber f, int func, long closure, int argAbs) {
        long[] args = Arrays.copyOfRange(f.stack, argAbs, argAbs + m.paramSlots[func]);
        Fiber g = m.newFiber();
        push(g, func, null, -1, args, 0, Fiber.F_DISCARD, closure);
        m.fibers.add(g);
    }

    // ------------------------------------------------------------------ panics

    /** A runtime error raised inside an instruction. */
    int raise(Fiber f, GoPanic p) {
        long str = m.strings.make(p.getMessage());
        return startPanic(f, InterfaceHeader.of(BuiltinTypes.ofRuntimePanic(p.getMessage()), InterfaceHeader.REF), str);
    }

    /** PANIC with an interface value. */
    int startPanic(Fiber f, long hdr, long data) {
        if (hdr == 0) {
            // Go 1.21+: panic(nil) becomes a *runtime.PanicNilError
            long str = m.strings.make("panic called with nil argument");
            hdr = InterfaceHeader.of(BuiltinTypes.PANIC_NIL_ERROR, InterfaceHeader.REF);
            data = str;
        }
        if (f.panicking) f.pushOldPanic(f.panicHdr, f.panicData, f.recovered);
        f.panicking = true;
        f.recovered = false;
        f.panicHdr = hdr;
        f.panicData = data;
        f.panicTrace = trace(f);
        return unwind(f);
    }

    /** Runs deferred calls frame by frame; ends the program when no frame recovers. */
    int unwind(Fiber f) {
        while (true) {
            int t = f.depth - 1;
            if (f.topHasDefer()) return runNextDefer(f, true);
            if ((f.fFlags[t] & Fiber.F_NESTED) != 0) {
                m.natives.nestedPanic(f);
                f.depth--;
                return Interpreter.R_NESTED_DONE;
            }
            if (t == 0) {
                fatalPanic(f);
                return Interpreter.R_HALT;
            }
            f.depth--;
        }
    }

    /** RECOVER: the panic value when called directly by a deferred call of a panicking sequence. */
    void recover(Fiber f, int dstAbs) {
        int t = f.depth - 1;
        if (f.panicking && !f.recovered && (f.fFlags[t] & Fiber.F_PANIC_DEFER) != 0) {
            f.recovered = true;
            f.stack[dstAbs] = f.panicHdr;
            f.stack[dstAbs + 1] = f.panicData;
        } else {
            f.stack[dstAbs] = 0;
            f.stack[dstAbs + 1] = 0;
        }
    }

    private void fatalPanic(Fiber f) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 2 < f.oldPanics.length; i += 3) {
            b.append("panic: ").append(m.natives.panicText(f, f.oldPanics[i], f.oldPanics[i + 1]));
            b.append(f.oldPanics[i + 2] != 0 ? " [recovered]" : "").append("\n\t");
        }
        b.append("panic: ").append(m.natives.panicText(f, f.panicHdr, f.panicData));
        b.append("\n\n").append(f.panicTrace == null ? trace(f) : f.panicTrace);
        m.writeErr(b.toString());
        m.outcome = Outcome.PANICKED;
    }

    /** "goroutine N [running]:" and one entry per frame, innermost first. */
    String trace(Fiber f) {
        return trace(f, f.state == Fiber.BLOCKED ? blockedReason(f) : "running");
    }

    private String trace(Fiber f, String status) {
        StringBuilder b = new StringBuilder("goroutine ").append(f.id).append(" [").append(status).append("]:\n");
        for (int i = f.depth - 1; i >= 0; i--) {
            FunctionDef fn = m.program.function(f.fFunc[i]);
            if (fn.name().startsWith("runtime.")) continue; // Go hides the runtime's own frames
            // the entry wrapper (package initialisation, then main.main) is no Go frame: hide it below others
            if (f.fFunc[i] == m.program.entry() && i < f.depth - 1 && !fn.name().equals("main.main")) continue;
            b.append(fn.name()).append(fn.paramSlots() > 0 ? "(...)" : "()").append('\n');
            b.append('\t').append(m.program.fileName()).append(':').append(fn.line(f.fPc[i])).append('\n');
        }
        return b.toString();
    }

    private static String blockedReason(Fiber f) {
        return switch (f.blockOp) {
            case Fiber.BLOCK_SEND -> "chan send";
            case Fiber.BLOCK_RECV -> "chan receive";
            default -> "chan receive (nil chan)";
        };
    }

    /** Traces of every live goroutine (for the deadlock report). */
    String allGoroutines() {
        StringBuilder b = new StringBuilder();
        for (Fiber f : m.fibers) {
            if (f.depth == 0) continue;
            if (b.length() > 0) b.append('\n');
            b.append(trace(f));
        }
        return b.toString();
    }
}
