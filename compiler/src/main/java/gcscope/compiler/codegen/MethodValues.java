package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.types.FuncSymbol;
import gcscope.compiler.types.Selection;
import gcscope.compiler.types.Type;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Function values: function literals (closures over the BOX pointers of captured variables), method
 * values ({@code x.M} not called: a closure capturing the receiver, Go's {@code M-fm}) and method
 * expressions ({@code T.M}, {@code (*T).M}: the method's function, the receiver as first parameter).
 */
final class MethodValues {
    private final FunctionCompiler fc;
    private final CallCompiler calls;
    private final FuncBuilder fb;

    MethodValues(FunctionCompiler fc, CallCompiler calls) {
        this.fc = fc;
        this.calls = calls;
        this.fb = fc.fb;
    }

    /** A function literal: compiled later as its own function; here MAKE_CLOSURE over the captured BOX pointers. */
    void literal(Expr.FuncLit lit, int dst) {
        List<gcscope.compiler.types.VarSymbol> caps = fc.cg.info.capturesOf(lit);
        int id = fc.cg.pb.reserveFunction();
        String name = fc.cg.nextLiteralName(fc.fb.name());
        if (SplitFunctions.literalNeedsSplit(fc.cg, lit)) {
            // a named result in a BOX: split like a declared function so that deferred closures can change it
            int body = fc.cg.pb.reserveFunction();
            fc.cg.later(() -> {
                fc.cg.pb.setFunction(SplitFunctions.literalOuter(fc.cg, name, lit, id, body, caps.size()));
                fc.cg.pb.setFunction(SplitFunctions.literalBody(fc.cg, name, lit, body, caps).compile());
            });
        } else {
            fc.cg.later(() -> fc.cg.pb.setFunction(FunctionCompiler.forLiteral(fc.cg, name, id, lit, caps).compile()));
        }
        if (caps.isEmpty()) {
            fb.emit(Opcode.LOAD_FUNC, dst, id);
            return;
        }
        fb.beginTempRegion();
        int first = fb.allocSlots(Collections.nCopies(caps.size(), SlotType.GCREF));
        for (int i = 0; i < caps.size(); i++) {
            VarLoc loc = fc.loc(caps.get(i));
            if (loc instanceof VarLoc.Boxed b) fb.emit(Opcode.MOVE, first + i, b.slot(), 0, 1);
            else if (loc instanceof VarLoc.GlobalBoxed g) fb.emit(Opcode.LOAD_GLOBAL, first + i, g.gslot(), 0, 1);
            else throw new IllegalStateException("captured variable " + caps.get(i).name() + " is not boxed");
        }
        fb.emit(Opcode.MAKE_CLOSURE, dst, id, first, caps.size());
        fb.endTempRegion();
    }

    void methodValue(Expr.Selector sel, Selection s, int dst) {
        Type.Signature sig = (Type.Signature) s.type();
        fb.beginTempRegion();
        Type recvType;
        int capStart;
        boolean iface = s.kind() == Selection.Kind.INTERFACE_METHOD;
        String name;
        if (iface) {
            Place p = fc.ex.places.walk(fc.ex.places.of(sel.x()), fc.ex.typeOf(sel.x()), s.path(), s.path().size());
            recvType = p.type() != null ? p.type() : fc.ex.typeOf(sel.x());
            capStart = fc.read(p);
            fb.emit(Opcode.NIL_CHECK, capStart); // Go evaluates i.M at once: a nil interface panics here
            name = "main." + s.name() + "-fm";
        } else {
            FuncSymbol m = s.method();
            recvType = m.receiverType();
            CallCompiler.Arg recv = calls.receiverArg(sel.x(), s);
            capStart = fc.ex.alloc(recvType);
            calls.writeArgs(List.of(recv), capStart);
            name = m.qualifiedName() + "-fm";
        }
        List<SlotType> capShape = SlotShapes.of(recvType);
        int id = fc.cg.pb.reserveFunction();
        FuncSymbol method = s.method();
        String methodName = s.name();
        Type rt = recvType;
        fc.cg.later(() -> fc.cg.pb.setFunction(bound(id, name, rt, sig, iface ? null : method, methodName)));
        CaptureArea.makeClosure(fc, dst, id, capStart, List.of(recvType));
        fb.endTempRegion();
    }

    /** {@code func(r T, params...) results { return r.<path>.M(params...) }} for a promoted method expression. */
    private gcscope.vm.bytecode.FunctionDef promotedMethodExpr(int id, String name, Selection s) {
        FunctionCompiler g = FunctionCompiler.synthetic(fc.cg, name, id);
        FuncBuilder b = g.fb;
        FuncSymbol m = s.method();
        Type recvT = s.recv();
        Type.Signature msig = m.signature();
        int r = b.allocSlots(SlotShapes.of(recvT));
        List<SlotType> params = SlotShapes.ofAll(msig.paramTypes());
        int p = b.allocSlots(params);
        List<SlotType> res = g.allocResults(msig.resultTypes());
        Place base;
        Type cur = recvT;
        if (recvT.underlying() instanceof Type.Pointer pt) {
            base = new Place.Pointer(r, 0, pt.elem());
            cur = pt.elem();
        } else {
            base = new Place.Frame(r, recvT);
        }
        CallCompiler.Arg recv = g.calls.receiverAt(base, cur, s, name);
        List<SlotType> recvShape = SlotShapes.of(m.receiverType());
        List<SlotType> buf = new ArrayList<>(recvShape);
        buf.addAll(params);
        int args = b.allocSlots(buf);
        g.calls.writeArgs(List.of(recv), args);
        if (!params.isEmpty()) b.emit(Opcode.MOVE, args + recvShape.size(), p, 0, params.size());
        int ret = res.isEmpty() ? b.nextSlot() : b.allocSlots(res);
        b.emit(Opcode.CALL, fc.cg.funcId(m), args, ret);
        b.emit(Opcode.RETURN, ret, res.size());
        return g.finish();
    }

    /** The function of an interface method expression: params (interface pair, M's params...), CALL_IFACE. */
    private gcscope.vm.bytecode.FunctionDef ifaceMethodExpr(int id, String name, Type.Signature sig, String methodName) {
        FunctionCompiler g = FunctionCompiler.synthetic(fc.cg, name, id);
        FuncBuilder b = g.fb;
        List<SlotType> params = SlotShapes.ofAll(sig.paramTypes());
        int p = b.allocSlots(params);
        List<SlotType> res = g.allocResults(sig.resultTypes());
        int ret = res.isEmpty() ? b.nextSlot() : b.allocSlots(res);
        List<SlotType> rest = params.subList(2, params.size());
        int args = b.allocSlots(rest);
        if (!rest.isEmpty()) b.emit(Opcode.MOVE, args, p + 2, 0, rest.size());
        b.emit(Opcode.CALL_IFACE, p, args, ret, fc.cg.pb.string(methodName));
        b.emit(Opcode.RETURN, ret, res.size());
        return g.finish();
    }

    /** The body of a method value: load the captured receiver, call the method with it and the parameters. */
    private gcscope.vm.bytecode.FunctionDef bound(int id, String name, Type recvType, Type.Signature sig,
                                                  FuncSymbol method, String methodName) {
        List<SlotType> capShape = SlotShapes.of(recvType);
        FunctionCompiler g = FunctionCompiler.synthetic(fc.cg, name, id);
        FuncBuilder b = g.fb;
        List<SlotType> params = SlotShapes.ofAll(sig.paramTypes());
        int p = b.allocSlots(params);
        List<SlotType> res = g.allocResults(sig.resultTypes());
        int recv = CaptureArea.load(g, List.of(recvType));
        int ret = res.isEmpty() ? b.nextSlot() : b.allocSlots(res);
        if (method == null) {
            // interface receiver: CALL_IFACE on the captured pair
            int args = b.allocSlots(params);
            if (!params.isEmpty()) b.emit(Opcode.MOVE, args, p, 0, params.size());
            b.emit(Opcode.CALL_IFACE, recv, args, ret, fc.cg.pb.string(methodName));
        } else {
            List<SlotType> buf = new ArrayList<>(capShape);
            buf.addAll(params);
            int args = b.allocSlots(buf);
            b.emit(Opcode.MOVE, args, recv, 0, capShape.size());
            if (!params.isEmpty()) b.emit(Opcode.MOVE, args + capShape.size(), p, 0, params.size());
            b.emit(Opcode.CALL, fc.cg.funcId(method), args, ret);
        }
        b.emit(Opcode.RETURN, ret, res.size());
        return g.finish();
    }

    void methodExpr(Expr.Selector sel, Selection s, int dst) {
        FuncSymbol m = s.method();
        if (m == null) {
            // I.M on an interface type: a function taking the interface first and calling M dynamically
            int id = fc.cg.pb.reserveFunction();
            String name = "main." + s.recv() + "." + s.name();
            Type.Signature sig = (Type.Signature) s.type();
            fc.cg.later(() -> fc.cg.pb.setFunction(ifaceMethodExpr(id, name, sig, s.name())));
            fb.emit(Opcode.LOAD_FUNC, dst, id);
            return;
        }
        if (!s.path().isEmpty()) {
            // a promoted method (T.M with M declared on an embedded field): a wrapper walks to that field
            int id = fc.cg.pb.reserveFunction();
            String name = "main." + s.recv() + "." + s.name();
            fc.cg.later(() -> fc.cg.pb.setFunction(promotedMethodExpr(id, name, s)));
            fb.emit(Opcode.LOAD_FUNC, dst, id);
            return;
        }
        boolean viaPointer = s.recv() != null && s.recv().underlying() instanceof Type.Pointer;
        if (viaPointer && !m.pointerReceiver()) {
            // (*T).M for a value method: the dereferencing wrapper takes the pointer
            int wrapper = fc.cg.derefWrapperId(m);
            fb.emit(Opcode.LOAD_FUNC, dst, wrapper);
            return;
        }
        fb.emit(Opcode.LOAD_FUNC, dst, fc.cg.funcId(m));
    }
}
