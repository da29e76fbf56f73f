package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.types.Builtin;
import gcscope.compiler.types.CallKind;
import gcscope.compiler.types.Selection;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Universe;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Native;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code defer}/{@code go} of calls that are not plain function or closure calls (interface methods,
 * fmt, builtins): the operands are evaluated now into a closure's captures, and a compiler-generated
 * function performs the call when the deferred call runs (Go's evaluation order).
 */
final class Thunks {
    private final FunctionCompiler fc;
    private final CallCompiler calls;
    private final FuncBuilder fb;

    Thunks(FunctionCompiler fc, CallCompiler calls) {
        this.fc = fc;
        this.calls = calls;
        this.fb = fc.fb;
    }

    /** The body emitter of a thunk: receives the function compiler and the first slot of the loaded captures. */
    interface Body {
        void emit(FunctionCompiler g, int caps);
    }

    void deferOrGo(Expr.Call c, CallKind kind, boolean isGo) {
        fb.beginTempRegion();
        List<CallCompiler.Arg> args;
        Body body;
        if (kind == CallKind.INTERFACE_METHOD) {
            Expr.Selector sel = (Expr.Selector) ExprCompiler.unparen(c.fun());
            Selection s = fc.cg.info.selectionOf(sel);
            Place p = fc.ex.places.walk(fc.ex.places.of(sel.x()), fc.ex.typeOf(sel.x()), s.path(), s.path().size());
            Type it = p.type() != null ? p.type() : fc.ex.typeOf(sel.x());
            Type.Signature sig = (Type.Signature) s.type();
            args = new ArrayList<>();
            args.add(new CallCompiler.Arg.Pre(fc.read(p), it, it));
            args = calls.args(c, sig, args);
            int argN = CallCompiler.shapeOf(args).size() - 2;
            String method = s.name();
            List<SlotType> res = SlotShapes.ofAll(sig.resultTypes());
            body = (g, caps) -> {
                int ret = g.fb.allocSlots(res);
                g.fb.emit(Opcode.CALL_IFACE, caps, caps + 2, argN >= 0 ? ret : ret, g.cg.pb.string(method));
            };
        } else if (kind == CallKind.FMT || (kind == CallKind.BUILTIN && isPrint(c))) {
            Native nat = nativeOf(c);
            args = nativeArgs(c, nat);
            body = (g, caps) -> {
                List<SlotType> res = List.of(nat.results());
                int ret = g.fb.allocSlots(res);
                g.fb.emit(Opcode.NATIVE, 0, caps, ret, nat.ordinal());
            };
        } else if (kind == CallKind.BUILTIN) {
            Builtin b = fc.cg.info.builtinOf(c);
            args = new ArrayList<>();
            for (Expr a : c.args()) {
                Type t = b == Builtin.PANIC ? Universe.EMPTY_INTERFACE : fc.ex.typeOf(a);
                args.add(new CallCompiler.Arg.Of(a, t));
            }
            List<Type> argTypes = args.stream().map(CallCompiler.Arg::target).toList();
            body = (g, caps) -> builtinBody(g, b, caps, argTypes);
        } else {
            throw new IllegalStateException("cannot " + (isGo ? "go" : "defer") + " a " + kind + " call at " + c.pos());
        }
        List<SlotType> capShape = CallCompiler.shapeOf(args);
        List<Type> capTypes = args.stream().map(CallCompiler.Arg::target).toList();
        int capStart = fb.allocSlots(capShape);
        calls.writeArgs(args, capStart);
        int id = fc.cg.pb.reserveFunction();
        String name = fc.cg.nextLiteralName(fb.name());
        fc.cg.later(() -> fc.cg.pb.setFunction(thunk(id, name, capTypes, body)));
        int clo = fb.allocSlots(SlotType.GCREF);
        CaptureArea.makeClosure(fc, clo, id, capStart, capTypes);
        fb.emit(isGo ? Opcode.GO_CLOSURE : Opcode.DEFER_CLOSURE, clo, fb.nextSlot());
        fb.endTempRegion();
    }

    private FunctionDef thunk(int id, String name, List<Type> capTypes, Body body) {
        FunctionCompiler g = FunctionCompiler.synthetic(fc.cg, name, id);
        g.paramSlots = 0;
        int caps = CaptureArea.load(g, capTypes);
        body.emit(g, caps);
        g.fb.emit(Opcode.RETURN, 0, 0);
        return g.finish();
    }

    private boolean isPrint(Expr.Call c) {
        Builtin b = fc.cg.info.builtinOf(c);
        return b == Builtin.PRINT || b == Builtin.PRINTLN;
    }

    private Native nativeOf(Expr.Call c) {
        if (fc.cg.info.callKind(c) == CallKind.BUILTIN) return fc.cg.info.builtinOf(c) == Builtin.PRINT ? Native.PRINT : Native.PRINTLN;
        return CallCompiler.nativeOf(((Expr.Selector) ExprCompiler.unparen(c.fun())).sel().name());
    }

    private List<CallCompiler.Arg> nativeArgs(Expr.Call c, Native nat) {
        return calls.nativeArgs(c, nat);
    }

    private static void builtinBody(FunctionCompiler g, Builtin b, int caps, List<Type> argTypes) {
        FuncBuilder f = g.fb;
        switch (b) {
            case CLOSE -> f.emit(Opcode.CLOSE, caps);
            case PANIC -> f.emit(Opcode.PANIC, caps);
            case DELETE -> f.emit(Opcode.MAP_DELETE, caps, caps + SlotShapes.size(argTypes.get(0)));
            case RECOVER -> f.emit(Opcode.RECOVER, f.allocSlots(SlotType.INTERFACE0, SlotType.INTERFACE1));
            case COPY -> {
                int n = f.allocSlots(SlotType.VALUE);
                if (gcscope.compiler.types.Types.isString(argTypes.get(1))) f.emit(Opcode.COPY_STR, n, caps, caps + 1);
                else f.emit(Opcode.COPY, n, caps, caps + 1, g.cg.types.id(Builtins.elemOf(argTypes.get(0))));
            }
            case CLEAR -> {
                Type t = argTypes.get(0);
                if (t.underlying() instanceof Type.MapType) f.emit(Opcode.MAP_CLEAR, caps);
                else f.emit(Opcode.SLICE_CLEAR, caps, 0, 0, g.cg.types.id(Builtins.elemOf(t)));
            }
            default -> throw new IllegalStateException("cannot defer builtin " + b.goName());
        }
    }
}
