package gcscope.compiler.codegen;

import gcscope.compiler.types.FuncSymbol;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.VarSymbol;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiler-generated function shapes around declared functions: the split of a function whose named
 * results live in BOXes (outer half and body half), and the dereferencing wrapper of a value method
 * called through a pointer.
 */
final class SplitFunctions {
    private SplitFunctions() {}

    /**
     * True when a declared function keeps a named result in a BOX (a closure captures it or its address is
     * taken). Such a function is split: an outer function allocates the result boxes, calls the body (which
     * runs the defers, and returns normally after a recovered panic), then returns the boxes' contents, so
     * that deferred closures can change the results as Go specifies.
     */
    static boolean needsSplit(CodeGen cg, FuncSymbol f) {
        for (VarSymbol v : FunctionCompiler.paramSymbols(cg, f.decl().type().results())) if (v != null && v.escapes()) return true;
        return false;
    }

    /** The body half of a split function (see {@link #needsSplit}). */
    static FunctionCompiler forDeclBody(CodeGen cg, FuncSymbol f, int id) {
        FunctionCompiler fc = new FunctionCompiler(cg, f.qualifiedName(), id);
        fc.fb.setPos(f.pos());
        List<VarSymbol> params = new ArrayList<>();
        if (f.isMethod()) params.add(f.receiver());
        params.addAll(FunctionCompiler.paramSymbols(cg, f.decl().type().params()));
        List<Type> allParams = new ArrayList<>();
        if (f.isMethod()) allParams.add(f.receiverType());
        allParams.addAll(f.signature().paramTypes());
        int[] starts = new int[allParams.size()];
        for (int i = 0; i < allParams.size(); i++) starts[i] = fc.fb.allocSlots(SlotShapes.of(allParams.get(i)));
        List<VarSymbol> results = FunctionCompiler.paramSymbols(cg, f.decl().type().results());
        List<Type> resTypes = f.signature().resultTypes();
        int boxes = fc.fb.allocSlots(java.util.Collections.nCopies(resTypes.size(), SlotType.GCREF));
        fc.paramSlots = fc.fb.slotCount();
        fc.resultTypes = List.of();
        fc.boxedResultTypes = resTypes;
        bindParams(fc, params, starts, allParams);
        bindResultBoxes(fc, results, resTypes, boxes);
        fc.body = f.decl().body();
        return fc;
    }

    /** True when a function literal keeps a named result in a BOX (see {@link #needsSplit}). */
    static boolean literalNeedsSplit(CodeGen cg, gcscope.compiler.ast.Expr.FuncLit lit) {
        for (VarSymbol v : FunctionCompiler.paramSymbols(cg, lit.type().results())) if (v != null && v.escapes()) return true;
        return false;
    }

    /**
     * The outer half of a split function literal: the closure's function. It loads the captured BOX pointers,
     * allocates the result boxes and calls the body half with (params, result boxes, captures).
     */
    static FunctionDef literalOuter(CodeGen cg, String name, gcscope.compiler.ast.Expr.FuncLit lit, int id, int bodyId, int captures) {
        FunctionCompiler fc = new FunctionCompiler(cg, name, id);
        FuncBuilder b = fc.fb;
        b.setPos(lit.pos());
        Type.Signature sig = cg.info.signatureOf(lit);
        List<SlotType> paramShape = SlotShapes.ofAll(sig.paramTypes());
        int params = b.allocSlots(paramShape);
        List<Type> resTypes = sig.resultTypes();
        List<SlotType> resShape = fc.allocResults(resTypes);
        fc.captureTypes = new SlotType[captures];
        java.util.Arrays.fill(fc.captureTypes, SlotType.GCREF);
        List<SlotType> buf = new ArrayList<>(paramShape);
        buf.addAll(java.util.Collections.nCopies(resTypes.size() + captures, SlotType.GCREF));
        int args = b.allocSlots(buf);
        if (!paramShape.isEmpty()) b.emit(Opcode.MOVE, args, params, 0, paramShape.size());
        int boxes = args + paramShape.size();
        for (int i = 0; i < resTypes.size(); i++) b.emit(Opcode.NEW, boxes + i, cg.types.id(resTypes.get(i)));
        if (captures > 0) b.emit(Opcode.LOAD_CAPTURE, boxes + resTypes.size(), 0, 0, captures);
        b.emit(Opcode.CALL, bodyId, args, b.nextSlot());
        int off = fc.resultSlot;
        for (int i = 0; i < resTypes.size(); i++) {
            fc.loadWords(off, boxes + i, 0, resTypes.get(i));
            off += SlotShapes.size(resTypes.get(i));
        }
        b.emit(Opcode.RETURN, Math.max(fc.resultSlot, 0), resShape.size());
        return fc.finish();
    }

    /** The body half of a split function literal: parameters, result boxes, then the captured BOX pointers. */
    static FunctionCompiler literalBody(CodeGen cg, String name, gcscope.compiler.ast.Expr.FuncLit lit, int id, List<VarSymbol> captures) {
        FunctionCompiler fc = new FunctionCompiler(cg, name, id);
        fc.fb.setPos(lit.pos());
        Type.Signature sig = cg.info.signatureOf(lit);
        List<VarSymbol> params = FunctionCompiler.paramSymbols(cg, lit.type().params());
        List<Type> allParams = sig.paramTypes();
        int[] starts = new int[allParams.size()];
        for (int i = 0; i < allParams.size(); i++) starts[i] = fc.fb.allocSlots(SlotShapes.of(allParams.get(i)));
        List<VarSymbol> results = FunctionCompiler.paramSymbols(cg, lit.type().results());
        List<Type> resTypes = sig.resultTypes();
        int boxes = fc.fb.allocSlots(java.util.Collections.nCopies(resTypes.size(), SlotType.GCREF));
        int caps = fc.fb.allocSlots(java.util.Collections.nCopies(captures.size(), SlotType.GCREF));
        fc.paramSlots = fc.fb.slotCount();
        fc.resultTypes = List.of();
        fc.boxedResultTypes = resTypes;
        bindParams(fc, params, starts, allParams);
        for (int i = 0; i < captures.size(); i++) {
            VarSymbol v = captures.get(i);
            fc.vars.put(v, new VarLoc.Boxed(caps + i, v.type()));
            fc.fb.declareLocal(v.name(), caps + i, 1, v.type().toString(), true);
        }
        bindResultBoxes(fc, results, resTypes, boxes);
        fc.body = lit.body();
        return fc;
    }

    /** The outer half of a split function: boxes for the results, a call of the body, the boxes' values returned. */
    static FunctionDef splitOuter(CodeGen cg, FuncSymbol f, int id, int bodyId) {
        FunctionCompiler fc = new FunctionCompiler(cg, f.qualifiedName(), id);
        FuncBuilder b = fc.fb;
        b.setPos(f.pos());
        List<Type> allParams = new ArrayList<>();
        if (f.isMethod()) allParams.add(f.receiverType());
        allParams.addAll(f.signature().paramTypes());
        List<SlotType> paramShape = SlotShapes.ofAll(allParams);
        int params = b.allocSlots(paramShape);
        List<Type> resTypes = f.signature().resultTypes();
        List<SlotType> resShape = fc.allocResults(resTypes);
        List<SlotType> buf = new ArrayList<>(paramShape);
        buf.addAll(java.util.Collections.nCopies(resTypes.size(), SlotType.GCREF));
        int args = b.allocSlots(buf);
        if (!paramShape.isEmpty()) b.emit(Opcode.MOVE, args, params, 0, paramShape.size());
        int boxes = args + paramShape.size();
        for (int i = 0; i < resTypes.size(); i++) b.emit(Opcode.NEW, boxes + i, cg.types.id(resTypes.get(i)));
        b.emit(Opcode.CALL, bodyId, args, b.nextSlot());
        int off = fc.resultSlot;
        for (int i = 0; i < resTypes.size(); i++) {
            fc.loadWords(off, boxes + i, 0, resTypes.get(i));
            off += SlotShapes.size(resTypes.get(i));
        }
        b.emit(Opcode.RETURN, Math.max(fc.resultSlot, 0), resShape.size());
        return fc.finish();
    }

    /** {@code func (p *T) M(args) results { return (*p).M(args) }}. */
    static FunctionDef derefWrapper(CodeGen cg, FuncSymbol m, int id) {
        String name = "main.(*" + m.receiverBase().name() + ")." + m.name();
        FunctionCompiler fc = new FunctionCompiler(cg, name, id);
        fc.fb.setPos(m.pos());
        Type.Signature sig = m.signature();
        int p = fc.fb.allocSlots(SlotType.GCREF);
        List<SlotType> paramShape = SlotShapes.ofAll(sig.paramTypes());
        int args = fc.fb.allocSlots(paramShape);
        List<SlotType> resShape = fc.allocResults(sig.resultTypes());
        List<SlotType> recvShape = SlotShapes.of(m.receiverBase());
        List<SlotType> buf = new ArrayList<>(recvShape);
        buf.addAll(paramShape);
        int b = fc.fb.allocSlots(buf);
        fc.fb.emit(Opcode.LOAD_PTR, b, p, 0, cg.pb.shape(recvShape.toArray(SlotType[]::new)));
        if (!paramShape.isEmpty()) fc.fb.emit(Opcode.MOVE, b + recvShape.size(), args, 0, paramShape.size());
        int ret = resShape.isEmpty() ? b : fc.fb.allocSlots(resShape);
        fc.fb.emit(Opcode.CALL, cg.funcId(m), b, ret);
        fc.fb.emit(Opcode.RETURN, ret, resShape.size());
        return fc.finish();
    }


    /** The body half's incoming parameters (escaping ones move into a BOX at entry). */
    private static void bindParams(FunctionCompiler fc, List<VarSymbol> params, int[] starts, List<Type> allParams) {
        for (int i = 0; i < allParams.size() && i < params.size(); i++) {
            if (params.get(i) != null) fc.bindIncoming(params.get(i), starts[i], allParams.get(i));
        }
    }

    /** The body half's named results live in the result BOXes its outer half passed from slot {@code boxes} on. */
    private static void bindResultBoxes(FunctionCompiler fc, List<VarSymbol> results, List<Type> resTypes, int boxes) {
        List<VarSymbol> named = new ArrayList<>();
        for (int i = 0; i < resTypes.size(); i++) {
            VarSymbol v = i < results.size() ? results.get(i) : null;
            if (v == null) continue;
            named.add(v);
            fc.vars.put(v, new VarLoc.Boxed(boxes + i, v.type()));
            fc.fb.declareLocal(v.name(), boxes + i, 1, v.type().toString(), true);
        }
        fc.namedResults = named;
        fc.resultBoxes = boxes;
    }
}
