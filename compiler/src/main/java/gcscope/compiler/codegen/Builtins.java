package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.types.BasicKind;
import gcscope.compiler.types.Builtin;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Types;
import gcscope.compiler.types.Universe;
import gcscope.vm.bytecode.Native;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.List;

/** The predeclared functions: len, cap, append, copy, delete, make, new, panic, recover, print(ln), min, max, clear, close, assert. */
final class Builtins {
    private final FunctionCompiler fc;
    private final CallCompiler calls;
    private final ExprCompiler ex;
    private final FuncBuilder fb;

    Builtins(FunctionCompiler fc, CallCompiler calls) {
        this.fc = fc;
        this.calls = calls;
        this.ex = fc.ex;
        this.fb = fc.fb;
    }

    void call(Expr.Call c, int dst) {
        Builtin b = fc.cg.info.builtinOf(c);
        List<Expr> args = c.args();
        Type rt = fc.cg.info.typeOf(c);
        fb.beginTempRegion();
        if (dst < 0 && rt != null && !(rt instanceof Type.Tuple) && SlotShapes.size(rt) > 0) dst = ex.alloc(rt);
        switch (b) {
            case LEN, CAP -> lenCap(b, args.get(0), dst);
            case APPEND -> append(c, dst);
            case COPY -> {
                if (dst < 0) dst = fb.allocSlots(SlotType.VALUE);
                boolean spread = args.size() == 1; // copy(f()) with a two-value f
                int to = spread ? ex.multi(args.get(0)) : ex.value(args.get(0));
                int from = spread ? to + 1 : ex.value(args.get(1));
                Type fromType = spread ? ((Type.Tuple) ex.typeOf(args.get(0))).types().get(1) : ex.typeOf(args.get(1));
                Type toType = spread ? ((Type.Tuple) ex.typeOf(args.get(0))).types().get(0) : ex.typeOf(args.get(0));
                if (Types.isString(fromType)) fb.emit(Opcode.COPY_STR, dst, to, from);
                else fb.emit(Opcode.COPY, dst, to, from, fc.cg.types.id(elemOf(toType)));
            }
            case DELETE -> {
                Type.MapType m = (Type.MapType) ex.typeOf(args.get(0)).underlying();
                int mp = ex.value(args.get(0));
                int k = ex.converted(args.get(1), m.key());
                fb.emit(Opcode.MAP_DELETE, mp, k);
            }
            case MAKE -> make(c, dst);
            case NEW -> fb.emit(Opcode.NEW, dst, fc.cg.types.id(fc.cg.info.typeOf(args.get(0))));
            case PANIC -> {
                int v = ex.converted(args.get(0), Universe.EMPTY_INTERFACE);
                fb.emit(Opcode.PANIC, v);
            }
            case RECOVER -> {
                if (dst < 0) dst = fb.allocSlots(SlotType.INTERFACE0, SlotType.INTERFACE1);
                fb.emit(Opcode.RECOVER, dst);
            }
            case PRINT, PRINTLN -> {
                Type anySlice = new Type.Slice(Universe.EMPTY_INTERFACE);
                CallCompiler.Arg pack = args.size() == 1 && ex.typeOf(args.get(0)) instanceof Type.Tuple
                        ? new CallCompiler.Arg.PackSpread(args.get(0), anySlice) // print(f()) with multi-value f
                        : new CallCompiler.Arg.Pack(args, anySlice);
                calls.callNative(b == Builtin.PRINT ? Native.PRINT : Native.PRINTLN, List.of(pack), -1);
            }
            case ASSERT -> {
                Type anySlice = new Type.Slice(Universe.EMPTY_INTERFACE);
                List<CallCompiler.Arg> as = new ArrayList<>();
                as.add(new CallCompiler.Arg.Of(args.get(0), Universe.BOOL));
                as.add(new CallCompiler.Arg.Pack(args.subList(1, args.size()), anySlice));
                calls.callNative(Native.ASSERT, as, -1);
            }
            case MIN, MAX -> minMax(b, args, rt, dst);
            case CLEAR -> {
                Type t = ex.typeOf(args.get(0));
                int v = ex.value(args.get(0));
                if (t.underlying() instanceof Type.MapType) fb.emit(Opcode.MAP_CLEAR, v);
                else fb.emit(Opcode.SLICE_CLEAR, v, 0, 0, fc.cg.types.id(elemOf(t)));
            }
            case CLOSE -> fb.emit(Opcode.CLOSE, ex.value(args.get(0)));
            default -> throw new IllegalStateException("builtin " + b.goName() + " is not supported");
        }
        fb.endTempRegion();
    }

    static Type elemOf(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice s) return s.elem();
        if (u instanceof Type.Array a) return a.elem();
        if (u instanceof Type.Chan c) return c.elem();
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) return a.elem();
        if (Types.isString(u)) return Universe.UINT8;
        throw new IllegalStateException("no element type: " + t);
    }

    private void lenCap(Builtin b, Expr x, int dst) {
        Type u = ex.typeOf(x).underlying();
        if (u instanceof Type.Array a) {
            ex.loadLong(a.length(), dst);
            return;
        }
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            ex.loadLong(a.length(), dst);
            return;
        }
        int kind = Types.isString(u) ? 0 : u instanceof Type.Slice ? 1 : u instanceof Type.MapType ? 2 : 3;
        int v = ex.value(x);
        fb.emit(b == Builtin.LEN ? Opcode.LEN : Opcode.CAP, dst, v, 0, kind);
    }

    private void append(Expr.Call c, int dst) {
        List<Expr> args = c.args();
        Type st = fc.cg.info.typeOf(c);
        Type elem = elemOf(st);
        if (args.size() == 1 && ex.typeOf(args.get(0)) instanceof Type.Tuple tt) {
            appendSpread(args.get(0), tt, elem, dst);
            return;
        }
        int s = ex.value(args.get(0));
        if (c.ellipsis()) {
            int other = ex.value(args.get(1));
            if (Types.isString(ex.typeOf(args.get(1)))) fb.emit(Opcode.APPEND_STR, dst, s, other);
            else fb.emit(Opcode.APPEND_SLICE, dst, s, other, fc.cg.types.id(elem));
            return;
        }
        if (args.size() == 1) {
            if (s != dst) fb.emit(Opcode.MOVE, dst, s, 0, 1);
            return;
        }
        // Go evaluates every operand first and grows once for all of them (append's capacity rule)
        int tid = fc.cg.types.id(elem);
        if (args.size() == 2) {
            int v = ex.alloc(elem);
            ex.convertInto(args.get(1), elem, v);
            fb.emit(Opcode.APPEND, dst, s, v, tid);
            return;
        }
        int extra = fb.allocSlots(SlotType.GCREF);
        calls.pack(args.subList(1, args.size()), st, extra);
        fb.emit(Opcode.APPEND_SLICE, dst, s, extra, tid);
    }

    /** {@code append(f())}: f's first result is the slice, the others are the elements appended. */
    private void appendSpread(Expr call, Type.Tuple tt, Type elem, int dst) {
        int src = ex.multi(call);
        int tid = fc.cg.types.id(elem);
        int n = tt.types().size() - 1;
        int extra = fb.allocSlots(SlotType.GCREF);
        fb.emit(Opcode.MAKE_SLICE, extra, ex.intSlot(n), -1, tid);
        boolean barrier = fc.cg.barriers() && SlotShapes.hasRefs(elem);
        int at = src + SlotShapes.size(tt.types().get(0));
        for (int i = 1; i <= n; i++) {
            Type from = tt.types().get(i);
            fb.beginTempRegion();
            int v = at;
            if (Types.isInterface(elem) && !Types.isInterface(from)) {
                v = ex.alloc(elem);
                ex.boxInto(at, from, v);
            }
            fb.emit(barrier ? Opcode.STORE_IDX_B : Opcode.STORE_IDX, extra, ex.intSlot(i - 1), v, fc.shape(elem));
            fb.endTempRegion();
            at += SlotShapes.size(from);
        }
        fb.emit(Opcode.APPEND_SLICE, dst, src, extra, tid);
    }

    private void make(Expr.Call c, int dst) {
        List<Expr> args = c.args();
        Type t = fc.cg.info.typeOf(args.get(0));
        Type u = t.underlying();
        if (u instanceof Type.Slice s) {
            int len = args.size() > 1 ? ex.value(args.get(1)) : ex.intSlot(0);
            int cap = args.size() > 2 ? ex.value(args.get(2)) : -1;
            fb.emit(Opcode.MAKE_SLICE, dst, len, cap, fc.cg.types.id(s.elem()));
        } else if (u instanceof Type.MapType) {
            int hint = args.size() > 1 ? ex.value(args.get(1)) : -1;
            fb.emit(Opcode.MAKE_MAP, dst, hint, 0, fc.cg.types.id(t));
        } else if (u instanceof Type.Chan) {
            int cap = args.size() > 1 ? ex.value(args.get(1)) : -1;
            fb.emit(Opcode.MAKE_CHAN, dst, cap, 0, fc.cg.types.id(t));
        } else {
            throw new IllegalStateException("make of " + t);
        }
    }

    private void minMax(Builtin b, List<Expr> args, Type t, int dst) {
        BasicKind k = Types.basicKind(t);
        ex.convertInto(args.get(0), t, dst);
        for (int i = 1; i < args.size(); i++) {
            fb.beginTempRegion();
            int v = ex.alloc(t);
            ex.convertInto(args.get(i), t, v);
            int cond = fb.allocSlots(SlotType.VALUE);
            Opcode lt;
            if (k != null && k.isString()) {
                fb.emit(Opcode.STR_CMP, cond, v, dst, (b == Builtin.MIN ? gcscope.vm.bytecode.Cmp.LT : gcscope.vm.bytecode.Cmp.GT).ordinal());
            } else {
                if (k != null && k.isFloat()) lt = b == Builtin.MIN ? Opcode.FLT : Opcode.FGT;
                else if (k != null && k.isUnsigned()) lt = b == Builtin.MIN ? Opcode.LTU : Opcode.GTU;
                else lt = b == Builtin.MIN ? Opcode.LT : Opcode.GT;
                fb.emit(lt, cond, v, dst);
            }
            FuncBuilder.Label skip = fb.newLabel();
            fb.jumpIf(cond, false, skip);
            fb.emit(Opcode.MOVE, dst, v, 0, 1);
            skip.bind();
            fb.endTempRegion();
        }
    }
}
