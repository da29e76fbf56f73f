package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.types.CallKind;
import gcscope.compiler.types.FuncSymbol;
import gcscope.compiler.types.Selection;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Types;
import gcscope.compiler.types.Universe;
import gcscope.vm.bytecode.Native;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.config.CallBufferMode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Calls. Every kind of call (function, method, closure, interface method, native, defer, go) lays out
 * its call buffer by the same rule, chosen by {@code CompileOptions.callBuffer()} (VM.md, BUGS.md 1):
 * {@code split} [args | rets] typed by parameter and result types, results copied to dst afterwards;
 * {@code reuse-dst} arguments written straight into dst when retSlots >= argSlots; {@code all-value} one
 * buffer of max(args, rets) VALUE slots.
 */
final class CallCompiler {
    private final FunctionCompiler fc;
    private final FuncBuilder fb;

    /** What is called. */
    sealed interface Target {
        record Func(int id) implements Target {}

        record Closure(int slot) implements Target {}

        record Iface(int slot, String method) implements Target {}

        record Nat(Native nat) implements Target {}
    }

    /** One argument: an expression converted to the parameter type, a pre-evaluated slot, or a variadic pack. */
    sealed interface Arg {
        Type target();

        record Of(Expr expr, Type target) implements Arg {}

        record Pre(int slot, Type type, Type target) implements Arg {}

        record Pack(List<Expr> exprs, Type target) implements Arg {}

        /** A multi-value call packed into a variadic slice ({@code fmt.Println(f())}). */
        record PackSpread(Expr call, Type target) implements Arg {}

        /** A multi-value call spread over several parameters. */
        record Spread(Expr call, List<Type> targets) implements Arg {
            public Type target() {
                return new Type.Tuple(targets);
            }
        }
    }

    CallCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.fb = fc.fb;
    }

    private ExprCompiler ex() {
        return fc.ex;
    }

    // ------------------------------------------------------------------ dispatch

    /** Compiles a call; results go to dst (shaped for the call's type), or are dropped when dst < 0. */
    void call(Expr.Call c, int dst) {
        CallKind kind = fc.cg.info.callKind(c);
        if (kind == null) throw new IllegalStateException("unresolved call at " + c.pos());
        switch (kind) {
            case CONVERSION -> {
                Type to = fc.cg.info.typeOf(c);
                if (dst < 0) {
                    fb.beginTempRegion();
                    fc.ex.ops.conversion(to, c.args().get(0), ex().alloc(to));
                    fb.endTempRegion();
                } else {
                    fc.ex.ops.conversion(to, c.args().get(0), dst);
                }
            }
            case BUILTIN -> new Builtins(fc, this).call(c, dst);
            case FMT -> fmt(c, dst);
            case ENUM_VARIANT -> {
                Expr.Selector sel = (Expr.Selector) ExprCompiler.unparen(c.fun());
                Selection s = fc.cg.info.selectionOf(sel);
                Type t = fc.cg.info.typeOf(c);
                if (dst < 0) {
                    fb.beginTempRegion();
                    new Enums(fc, ex()).construct(s, c.args(), t, ex().alloc(t));
                    fb.endTempRegion();
                } else {
                    new Enums(fc, ex()).construct(s, c.args(), t, dst);
                }
            }
            default -> {
                Prepared p = prepare(c, kind);
                emitCall(p.target, p.args, p.sig.resultTypes(), dst);
                fb.endTempRegion();
            }
        }
    }

    /** A call's target and arguments; the callee's own evaluation happens inside an open temp region. */
    record Prepared(Target target, List<Arg> args, Type.Signature sig) {}

    private Prepared prepare(Expr.Call c, CallKind kind) {
        Expr fun = ExprCompiler.unparen(c.fun());
        fb.beginTempRegion();
        switch (kind) {
            case FUNC -> {
                FuncSymbol f = (FuncSymbol) fc.cg.info.symbolOf((Expr.Ident) fun);
                return new Prepared(new Target.Func(fc.cg.funcId(f)), args(c, f.signature(), List.of()), f.signature());
            }
            case METHOD -> {
                Expr.Selector sel = (Expr.Selector) fun;
                Selection s = fc.cg.info.selectionOf(sel);
                FuncSymbol m = s.method();
                Arg recv = receiver(sel.x(), s);
                return new Prepared(new Target.Func(fc.cg.funcId(m)), args(c, m.signature(), List.of(recv)), m.signature());
            }
            case INTERFACE_METHOD -> {
                Expr.Selector sel = (Expr.Selector) fun;
                Selection s = fc.cg.info.selectionOf(sel);
                Place p = fc.ex.places.walk(fc.ex.places.of(sel.x()), ex().typeOf(sel.x()), s.path(), s.path().size());
                int iface = fc.read(p);
                Type.Signature sig = (Type.Signature) s.type();
                return new Prepared(new Target.Iface(iface, s.name()), args(c, sig, List.of()), sig);
            }
            case CLOSURE -> {
                Type.Signature sig = (Type.Signature) ex().typeOf(fun).underlying();
                int clo = ex().value(fun);
                return new Prepared(new Target.Closure(clo), args(c, sig, List.of()), sig);
            }
            default -> throw new IllegalStateException("call kind " + kind);
        }
    }

    /** The receiver argument of a concrete method call: walks embedded fields, takes the address or loads *p. */
    private Arg receiver(Expr x, Selection s) {
        FuncSymbol m = s.method();
        Type xt = ex().typeOf(x);
        List<Integer> path = s.path();
        Type recvType = m.receiverType();
        if (path.isEmpty() && !s.autoAddr() && !s.autoDeref()) return new Arg.Of(x, recvType);
        Place base;
        Type cur = xt;
        if (xt.underlying() instanceof Type.Pointer p && (!path.isEmpty() || s.autoDeref())) {
            base = new Place.Pointer(ex().value(x), 0, p.elem());
            cur = p.elem();
        } else {
            base = fc.ex.places.of(x);
        }
        return receiverAt(base, cur, s, x);
    }

    /** The receiver argument of method s.method() for a receiver value at base (of type cur), following s.path(). */
    Arg receiverAt(Place base, Type cur, Selection s, Object where) {
        FuncSymbol m = s.method();
        List<Integer> path = s.path();
        Type recvType = m.receiverType();
        Place at = fc.ex.places.walk(base, cur, path, path.size());
        Type atType = path.isEmpty() ? cur : at.type();
        if (atType != null && atType.underlying() instanceof Type.Pointer p2 && m.pointerReceiver()) {
            return new Arg.Pre(fc.read(at), atType, recvType);
        }
        if (m.pointerReceiver()) {
            int ptr = fb.allocSlots(SlotType.GCREF);
            if (at instanceof Place.SliceElem se) at = fc.ex.places.elemPointer(se);
            if (at instanceof Place.Pointer pp) {
                if (pp.wordOffset() == 0) fb.emit(Opcode.MOVE, ptr, pp.ptrSlot(), 0, 1);
                else fb.emit(Opcode.ADD_PTR, ptr, pp.ptrSlot(), pp.wordOffset() * 8);
            } else if (at instanceof Place.Frame || at instanceof Place.Value) {
                // not addressable on the heap (escape analysis kept it in the frame): call on a boxed copy
                fb.emit(Opcode.NEW, ptr, fc.cg.types.id(m.receiverBase()));
                fc.storeWords(ptr, 0, fc.read(at), m.receiverBase());
            } else {
                throw new IllegalStateException("cannot address receiver at " + where);
            }
            return new Arg.Pre(ptr, recvType, recvType);
        }
        if (atType != null && atType.underlying() instanceof Type.Pointer p3) {
            int ptr = fc.read(at);
            int v = ex().alloc(p3.elem());
            fc.loadWords(v, ptr, 0, p3.elem());
            return new Arg.Pre(v, recvType, recvType);
        }
        return new Arg.Pre(fc.read(at), recvType, recvType);
    }

    /** The arguments of a call against a signature (variadic packing, multi-value spreading). */
    List<Arg> args(Expr.Call c, Type.Signature sig, List<Arg> leading) {
        List<Arg> out = new ArrayList<>(leading);
        List<Type> params = sig.paramTypes();
        List<Expr> args = c.args();
        if (args.size() == 1 && params.size() > 1 && ex().typeOf(args.get(0)) instanceof Type.Tuple) {
            out.add(new Arg.Spread(args.get(0), params));
            return out;
        }
        int fixed = sig.variadic() && !c.ellipsis() ? params.size() - 1 : params.size();
        for (int i = 0; i < fixed && i < args.size(); i++) out.add(new Arg.Of(args.get(i), params.get(i)));
        if (sig.variadic() && !c.ellipsis()) {
            out.add(new Arg.Pack(args.subList(Math.min(fixed, args.size()), args.size()), params.get(params.size() - 1)));
        }
        return out;
    }

    static List<SlotType> shapeOf(List<Arg> args) {
        List<SlotType> s = new ArrayList<>();
        for (Arg a : args) s.addAll(SlotShapes.of(a.target()));
        return s;
    }

    // ------------------------------------------------------------------ the call buffer

    /**
     * Lays out the call buffer by the configured mode, writes the arguments, emits the call and moves
     * the results to dst (when dst >= 0).
     */
    void emitCall(Target target, List<Arg> args, List<Type> results, int dst) {
        List<SlotType> argShape = shapeOf(args);
        List<SlotType> retShape = SlotShapes.ofAll(results);
        if (target instanceof Target.Nat n) {
            argShape = Arrays.asList(n.nat().params());
            retShape = Arrays.asList(n.nat().results());
        }
        int argN = argShape.size(), retN = retShape.size();
        fb.beginTempRegion();
        CallBufferMode mode = fc.cg.options.callBuffer();
        int argStart, retStart;
        boolean copyBack;
        if (mode == CallBufferMode.REUSE_DST && dst >= 0 && retN > 0 && retN >= argN) {
            argStart = dst;
            retStart = dst;
            copyBack = false;
        } else if (mode == CallBufferMode.ALL_VALUE) {
            argStart = fb.allocSlots(Collections.nCopies(Math.max(argN, retN), SlotType.VALUE));
            retStart = argStart;
            copyBack = true;
        } else {
            List<SlotType> buf = new ArrayList<>(argShape);
            buf.addAll(retShape);
            argStart = fb.allocSlots(buf);
            retStart = argStart + argN;
            copyBack = true;
        }
        writeArgs(args, argStart);
        if (target instanceof Target.Func f) fb.emit(Opcode.CALL, f.id(), argStart, retStart);
        else if (target instanceof Target.Closure cl)
            fb.emit(Opcode.CALL_CLOSURE, cl.slot(), argStart, retStart, 1 + fc.cg.pb.shape(retShape.toArray(SlotType[]::new)));
        else if (target instanceof Target.Iface i) fb.emit(Opcode.CALL_IFACE, i.slot(), argStart, retStart, fc.cg.pb.string(i.method()));
        else fb.emit(Opcode.NATIVE, 0, argStart, retStart, ((Target.Nat) target).nat().ordinal());
        if (copyBack && dst >= 0 && retN > 0 && dst != retStart) fb.emit(Opcode.MOVE, dst, retStart, 0, retN);
        fb.endTempRegion();
    }

    /** The argument buffer of a defer or go statement (no results), laid out by the same rule. */
    int argBuffer(List<Arg> args) {
        List<SlotType> argShape = shapeOf(args);
        int start = fc.cg.options.callBuffer() == CallBufferMode.ALL_VALUE
                ? fb.allocSlots(Collections.nCopies(argShape.size(), SlotType.VALUE))
                : fb.allocSlots(argShape);
        writeArgs(args, start);
        return start;
    }

    void writeArgs(List<Arg> args, int start) {
        int off = 0;
        for (Arg a : args) {
            int at = start + off;
            fb.beginTempRegion();
            if (a instanceof Arg.Of o) {
                ex().convertInto(o.expr(), o.target(), at);
            } else if (a instanceof Arg.Pre p) {
                if (Types.isInterface(p.target()) && !Types.isInterface(p.type())) ex().boxInto(p.slot(), p.type(), at);
                else if (p.slot() != at && SlotShapes.size(p.target()) > 0) fb.emit(Opcode.MOVE, at, p.slot(), 0, SlotShapes.size(p.target()));
            } else if (a instanceof Arg.Pack pk) {
                pack(pk.exprs(), pk.target(), at);
            } else if (a instanceof Arg.PackSpread ps) {
                packSpread(ps, at);
            } else {
                spread((Arg.Spread) a, at);
            }
            fb.endTempRegion();
            off += SlotShapes.size(a.target());
        }
    }

    /** Packs variadic arguments into a new slice of type sliceType at dst (nil when there are none). */
    void pack(List<Expr> exprs, Type sliceType, int dst) {
        if (exprs.isEmpty()) {
            fb.emit(Opcode.LOAD_NIL, dst);
            return;
        }
        Type elem = ((Type.Slice) sliceType.underlying()).elem();
        int n = ex().intSlot(exprs.size());
        fb.emit(Opcode.MAKE_SLICE, dst, n, -1, fc.cg.types.id(elem));
        boolean barrier = fc.cg.barriers() && SlotShapes.hasRefs(elem);
        for (int i = 0; i < exprs.size(); i++) {
            fb.beginTempRegion();
            int v = ex().converted(exprs.get(i), elem);
            int idx = ex().intSlot(i);
            fb.emit(barrier ? Opcode.STORE_IDX_B : Opcode.STORE_IDX, dst, idx, v, fc.shape(elem));
            fb.endTempRegion();
        }
    }

    private void packSpread(Arg.PackSpread ps, int dst) {
        Type.Tuple tt = (Type.Tuple) ex().typeOf(ps.call());
        Type elem = ((Type.Slice) ps.target().underlying()).elem();
        int tmp = ex().multi(ps.call());
        int n = ex().intSlot(tt.types().size());
        fb.emit(Opcode.MAKE_SLICE, dst, n, -1, fc.cg.types.id(elem));
        int src = tmp;
        for (int i = 0; i < tt.types().size(); i++) {
            Type from = tt.types().get(i);
            fb.beginTempRegion();
            int v = src;
            if (Types.isInterface(elem) && !Types.isInterface(from)) {
                v = ex().alloc(elem);
                ex().boxInto(src, from, v);
            }
            int idx = ex().intSlot(i);
            fb.emit(fc.cg.barriers() ? Opcode.STORE_IDX_B : Opcode.STORE_IDX, dst, idx, v, fc.shape(elem));
            fb.endTempRegion();
            src += SlotShapes.size(from);
        }
    }

    private void spread(Arg.Spread sp, int at) {
        Type.Tuple tt = (Type.Tuple) ex().typeOf(sp.call());
        int tmp = ex().multi(sp.call());
        int src = tmp, off = 0;
        for (int i = 0; i < tt.types().size(); i++) {
            Type from = tt.types().get(i), to = sp.targets().get(i);
            if (Types.isInterface(to) && !Types.isInterface(from)) ex().boxInto(src, from, at + off);
            else if (SlotShapes.size(to) > 0) fb.emit(Opcode.MOVE, at + off, src, 0, SlotShapes.size(to));
            src += SlotShapes.size(from);
            off += SlotShapes.size(to);
        }
    }

    private void fmt(Expr.Call c, int dst) {
        Expr.Selector sel = (Expr.Selector) ExprCompiler.unparen(c.fun());
        Native nat = nativeOf(sel.sel().name());
        emitCall(new Target.Nat(nat), nativeArgs(c, nat), List.of(), dst);
    }

    /** The VM function implementing {@code fmt.name}. */
    static Native nativeOf(String name) {
        return switch (name) {
            case "Println" -> Native.FMT_PRINTLN;
            case "Print" -> Native.FMT_PRINT;
            case "Sprint" -> Native.FMT_SPRINT;
            case "Sprintln" -> Native.FMT_SPRINTLN;
            case "Printf" -> Native.FMT_PRINTF;
            case "Sprintf" -> Native.FMT_SPRINTF;
            case "Errorf" -> Native.FMT_ERRORF;
            default -> throw new IllegalStateException("fmt." + name + " is not supported");
        };
    }

    /** Arguments of a native fmt/print call: the format string (when it takes one), then the {@code []any} pack. */
    List<Arg> nativeArgs(Expr.Call c, Native nat) {
        Type anySlice = new Type.Slice(Universe.EMPTY_INTERFACE);
        List<Arg> args = new ArrayList<>();
        List<Expr> rest = c.args();
        if (nat.paramSlots() == 2) {
            args.add(new Arg.Of(rest.get(0), Universe.STRING));
            rest = rest.subList(1, rest.size());
        }
        if (c.ellipsis()) args.add(new Arg.Of(rest.get(0), anySlice));
        else if (rest.size() == 1 && ex().typeOf(rest.get(0)) instanceof Type.Tuple) args.add(new Arg.PackSpread(rest.get(0), anySlice));
        else args.add(new Arg.Pack(rest, anySlice));
        return args;
    }

    void callNative(Native nat, List<Arg> args, int dst) {
        emitCall(new Target.Nat(nat), args, List.of(), dst);
    }

    // ------------------------------------------------------------------ closures and method values

    void closure(Expr.FuncLit lit, int dst) {
        new MethodValues(fc, this).literal(lit, dst);
    }

    void methodValue(Expr.Selector sel, Selection s, int dst) {
        new MethodValues(fc, this).methodValue(sel, s, dst);
    }

    void methodExpr(Expr.Selector sel, Selection s, int dst) {
        new MethodValues(fc, this).methodExpr(sel, s, dst);
    }

    Arg receiverArg(Expr x, Selection s) {
        return receiver(x, s);
    }

    // ------------------------------------------------------------------ defer and go

    void deferOrGo(Expr.Call c, boolean isGo) {
        CallKind kind = fc.cg.info.callKind(c);
        if (kind == CallKind.FUNC || kind == CallKind.METHOD || kind == CallKind.CLOSURE) {
            Prepared p = prepare(c, kind);
            int start = argBuffer(p.args);
            if (p.target instanceof Target.Func f) fb.emit(isGo ? Opcode.GO : Opcode.DEFER, f.id(), start);
            else fb.emit(isGo ? Opcode.GO_CLOSURE : Opcode.DEFER_CLOSURE, ((Target.Closure) p.target).slot(), start);
            fb.endTempRegion();
            return;
        }
        new Thunks(fc, this).deferOrGo(c, kind, isGo);
    }
}
