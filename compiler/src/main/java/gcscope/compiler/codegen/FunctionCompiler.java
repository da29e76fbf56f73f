package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.types.FuncSymbol;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.VarSymbol;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.LocalVar;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one function: parameters, results and locals in frame slots (escaping ones in BOX objects),
 * places (where a value lives) and the loads and stores between places and slots. Statements are in
 * {@link StmtCompiler}, expressions in {@link ExprCompiler}, calls in {@link CallCompiler}.
 */
final class FunctionCompiler {
    final CodeGen cg;
    final FuncBuilder fb;
    final int id;
    final Map<VarSymbol, VarLoc> vars = new IdentityHashMap<>();
    final ExprCompiler ex;
    final CallCompiler calls;
    final StmtCompiler stmts;
    int paramSlots;
    List<Type> resultTypes = List.of();
    int resultSlot = -1;
    List<VarSymbol> namedResults = List.of();
    SlotType[] captureTypes = new SlotType[0];
    /** The body half of a split function: named results live in BOXes passed as trailing parameters. */
    List<Type> boxedResultTypes = List.of();
    /** First of the BOX parameters of a split function's body (-1 otherwise). */
    int resultBoxes = -1;

    FunctionCompiler(CodeGen cg, String name, int id) {
        this.cg = cg;
        this.fb = new FuncBuilder(name);
        this.id = id;
        this.ex = new ExprCompiler(this);
        this.calls = new CallCompiler(this);
        this.stmts = new StmtCompiler(this);
    }

    /** A compiler-generated function (method values, deferred builtin calls): the caller lays out its frame. */
    static FunctionCompiler synthetic(CodeGen cg, String name, int id) {
        return new FunctionCompiler(cg, name, id);
    }

    static FunctionCompiler forEntry(CodeGen cg, int id) {
        return new FunctionCompiler(cg, "runtime.main", id);
    }

    /** A declared function or method. */
    static FunctionCompiler forDecl(CodeGen cg, FuncSymbol f, int id) {
        FunctionCompiler fc = new FunctionCompiler(cg, f.qualifiedName(), id);
        fc.fb.setPos(f.pos());
        List<VarSymbol> params = new ArrayList<>();
        if (f.isMethod()) params.add(f.receiver());
        params.addAll(paramSymbols(cg, f.decl().type().params()));
        List<VarSymbol> results = paramSymbols(cg, f.decl().type().results());
        fc.setUp(params, f.signature().paramTypes(), f.isMethod() ? f.receiverType() : null, results, f.signature().resultTypes());
        fc.body = f.decl().body();
        return fc;
    }

    /** A function literal; its captured variables (BOX pointers) are loaded into slots at entry. */
    static FunctionCompiler forLiteral(CodeGen cg, String name, int id, Expr.FuncLit lit, List<VarSymbol> captures) {
        FunctionCompiler fc = new FunctionCompiler(cg, name, id);
        fc.fb.setPos(lit.pos());
        Type.Signature sig = cg.info.signatureOf(lit);
        List<VarSymbol> params = paramSymbols(cg, lit.type().params());
        List<VarSymbol> results = paramSymbols(cg, lit.type().results());
        fc.setUp(params, sig.paramTypes(), null, results, sig.resultTypes());
        fc.captureTypes = new SlotType[captures.size()];
        java.util.Arrays.fill(fc.captureTypes, SlotType.GCREF);
        if (!captures.isEmpty()) {
            int first = fc.fb.allocSlots(java.util.Collections.nCopies(captures.size(), SlotType.GCREF));
            fc.fb.emit(Opcode.LOAD_CAPTURE, first, 0, 0, captures.size());
            for (int i = 0; i < captures.size(); i++) {
                VarSymbol v = captures.get(i);
                fc.vars.put(v, new VarLoc.Boxed(first + i, v.type()));
                fc.fb.declareLocal(v.name(), first + i, 1, v.type().toString(), true);
            }
        }
        fc.body = lit.body();
        return fc;
    }

    static List<VarSymbol> paramSymbols(CodeGen cg, List<gcscope.compiler.ast.TypeExpr.Field> fields) {
        List<VarSymbol> out = new ArrayList<>();
        for (gcscope.compiler.ast.TypeExpr.Field f : fields) {
            if (f.names().isEmpty()) {
                out.add(null);
            } else {
                for (Expr.Ident n : f.names()) out.add(cg.info.defOf(n) instanceof VarSymbol v ? v : null);
            }
        }
        return out;
    }

    Stmt.Block body;

    /**
     * Ends the parameter area (everything allocated so far) and allocates the result slots of {@code types};
     * returns their slot shape ({@code resultSlot} is -1 when there are none).
     */
    List<SlotType> allocResults(List<Type> types) {
        paramSlots = fb.slotCount();
        resultTypes = types;
        List<SlotType> shape = SlotShapes.ofAll(types);
        resultSlot = shape.isEmpty() ? -1 : fb.allocSlots(shape);
        return shape;
    }

    private void setUp(List<VarSymbol> params, List<Type> paramTypes, Type recvType, List<VarSymbol> results, List<Type> resTypes) {
        List<Type> allParams = new ArrayList<>();
        if (recvType != null) allParams.add(recvType);
        allParams.addAll(paramTypes);
        int[] starts = new int[allParams.size()];
        for (int i = 0; i < allParams.size(); i++) starts[i] = fb.allocSlots(SlotShapes.of(allParams.get(i)));
        allocResults(resTypes);
        // parameters: escaping ones move into a BOX at entry
        for (int i = 0; i < allParams.size() && i < params.size(); i++) {
            VarSymbol v = params.get(i);
            if (v == null) continue;
            bindIncoming(v, starts[i], allParams.get(i));
        }
        List<VarSymbol> named = new ArrayList<>();
        int off = resultSlot;
        for (int i = 0; i < resTypes.size() && i < results.size(); i++) {
            VarSymbol v = results.get(i);
            if (v != null) {
                named.add(v);
                if (v.escapes()) {
                    int box = fb.allocSlots(SlotType.GCREF);
                    fb.emit(Opcode.NEW, box, cg.types.id(v.type()));
                    vars.put(v, new VarLoc.Boxed(box, v.type()));
                    fb.declareLocal(v.name(), box, 1, v.type().toString(), true);
                } else {
                    vars.put(v, new VarLoc.Local(off, v.type()));
                    fb.declareLocal(v.name(), off, SlotShapes.size(v.type()), v.type().toString(), false);
                }
            }
            off += SlotShapes.size(resTypes.get(i));
        }
        namedResults = named.size() == resTypes.size() ? named : List.of();
    }

    void bindIncoming(VarSymbol v, int slot, Type t) {
        if (v.escapes()) {
            int box = fb.allocSlots(SlotType.GCREF);
            fb.emit(Opcode.NEW, box, cg.types.id(t));
            storeWords(box, 0, slot, t);
            vars.put(v, new VarLoc.Boxed(box, t));
            fb.declareLocal(v.name(), box, 1, t.toString(), true);
        } else {
            vars.put(v, new VarLoc.Local(slot, t));
            fb.declareLocal(v.name(), slot, SlotShapes.size(t), t.toString(), false);
        }
    }

    FunctionDef compile() {
        if (body != null) stmts.block(body.stmts());
        if (body != null) fb.setPos(body.rbrace());
        emitReturnOfNamedOrZero();
        return finish();
    }

    /** The implicit return at the end of a body (and the bare {@code return}). */
    void emitReturnOfNamedOrZero() {
        if (resultBoxes >= 0) {
            fb.emit(Opcode.RETURN, 0, 0);
            return;
        }
        int n = SlotShapes.ofAll(resultTypes).size();
        if (n > 0 && !namedResults.isEmpty()) {
            int off = resultSlot;
            for (VarSymbol v : namedResults) {
                VarLoc loc = vars.get(v);
                if (loc instanceof VarLoc.Boxed b) loadWords(off, b.slot(), 0, v.type());
                off += SlotShapes.size(v.type());
            }
        }
        fb.emit(Opcode.RETURN, Math.max(resultSlot, 0), n);
    }

    FunctionDef finish() {
        List<LocalVar> locals = new ArrayList<>();
        for (LocalVarInfo v : fb.localVars()) {
            locals.add(new LocalVar(v.name(), v.firstSlot(), v.slotCount(), v.boxed() ? "*" + v.typeName() + " (boxed)" : v.typeName(),
                    v.startPc(), Math.max(v.endPc(), v.startPc())));
        }
        SlotType[] res = SlotShapes.ofAll(resultTypes).toArray(SlotType[]::new);
        return new FunctionDef(id, fb.name(), paramSlots, res, resultSlot, fb.slotTypes(), captureTypes, fb.code(), fb.lines(),
                fb.columns(), locals);
    }

    // ------------------------------------------------------------------ variables

    /** Allocates a new local variable (boxed when it escapes); the value is NOT initialised. */
    VarLoc declare(VarSymbol v) {
        VarLoc loc;
        if (v.escapes()) {
            int box = fb.allocSlots(SlotType.GCREF);
            fb.emit(Opcode.NEW, box, cg.types.id(v.type()));
            loc = new VarLoc.Boxed(box, v.type());
            fb.declareLocal(v.name(), box, 1, v.type().toString(), true);
        } else {
            int slot = fb.allocSlots(SlotShapes.of(v.type()));
            loc = new VarLoc.Local(slot, v.type());
            fb.declareLocal(v.name(), slot, SlotShapes.size(v.type()), v.type().toString(), false);
        }
        vars.put(v, loc);
        return loc;
    }

    VarLoc loc(VarSymbol v) {
        VarLoc l = vars.get(v);
        if (l == null) l = cg.globals.get(v);
        if (l == null) throw new IllegalStateException("variable " + v.name() + " has no location");
        return l;
    }

    Place placeOf(VarSymbol v) {
        VarLoc l = loc(v);
        if (l instanceof VarLoc.Local x) return new Place.Frame(x.slot(), x.type());
        if (l instanceof VarLoc.Boxed x) return new Place.Pointer(x.slot(), 0, x.type());
        if (l instanceof VarLoc.Global x) return new Place.Global(x.gslot(), x.type());
        VarLoc.GlobalBoxed x = (VarLoc.GlobalBoxed) l;
        int p = fb.allocSlots(SlotType.GCREF);
        fb.emit(Opcode.LOAD_GLOBAL, p, x.gslot(), 0, 1);
        return new Place.Pointer(p, 0, x.type());
    }

    // ------------------------------------------------------------------ loads and stores

    int shape(Type t) {
        return cg.pb.shape(SlotShapes.array(t));
    }

    /** Reads the value at a place into slots {@code dst}. */
    void load(Place p, int dst) {
        Type t = p.type();
        int n = SlotShapes.size(t);
        if (n == 0) return;
        if (p instanceof Place.Frame f) {
            if (f.base() != dst) fb.emit(Opcode.MOVE, dst, f.base(), 0, n);
        } else if (p instanceof Place.Value v) {
            if (v.slot() != dst) fb.emit(Opcode.MOVE, dst, v.slot(), 0, n);
        } else if (p instanceof Place.Pointer ptr) {
            loadWords(dst, ptr.ptrSlot(), ptr.wordOffset(), t);
        } else if (p instanceof Place.Global g) {
            fb.emit(Opcode.LOAD_GLOBAL, dst, g.gslot(), 0, n);
        } else if (p instanceof Place.FrameIndex fi) {
            fb.emit(Opcode.LOAD_SLOT_IDX, dst, fi.base(), fi.idxSlot(), shape(t));
        } else if (p instanceof Place.MapEntry m) {
            fb.emit(Opcode.MAP_GET, dst, m.mapSlot(), m.keySlot(), shape(t));
        } else if (p instanceof Place.SliceElem se) {
            fb.emit(Opcode.LOAD_IDX, dst, se.sliceSlot(), se.idxSlot(), shape(t));
        } else if (p instanceof Place.FrameIndexPart fp) {
            fb.beginTempRegion();
            int el = fb.allocSlots(SlotShapes.of(fp.elemType()));
            fb.emit(Opcode.LOAD_SLOT_IDX, el, fp.base(), fp.idxSlot(), shape(fp.elemType()));
            fb.emit(Opcode.MOVE, dst, el + fp.off(), 0, n);
            fb.endTempRegion();
        } else {
            throw new IllegalStateException("read of _");
        }
    }

    /** A slot holding the value at a place: the place's own slots when it is in the frame, else a fresh temp. */
    int read(Place p) {
        if (p instanceof Place.Frame f) return f.base();
        if (p instanceof Place.Value v) return v.slot();
        int dst = fb.allocSlots(SlotShapes.of(p.type()));
        load(p, dst);
        return dst;
    }

    /** Writes slots {@code src} (a value of the place's type) to a place. */
    void store(Place p, int src) {
        if (p instanceof Place.Blank) return;
        Type t = p.type();
        int n = SlotShapes.size(t);
        if (p instanceof Place.MapEntry m) {
            fb.emit(Opcode.MAP_SET, m.mapSlot(), m.keySlot(), src);
            return;
        }
        if (n == 0) return;
        if (p instanceof Place.Frame f) {
            if (f.base() != src) fb.emit(Opcode.MOVE, f.base(), src, 0, n);
        } else if (p instanceof Place.Pointer ptr) {
            storeWords(ptr.ptrSlot(), ptr.wordOffset(), src, t);
        } else if (p instanceof Place.Global g) {
            fb.emit(Opcode.STORE_GLOBAL, g.gslot(), src, 0, n);
        } else if (p instanceof Place.FrameIndex fi) {
            fb.emit(Opcode.STORE_SLOT_IDX, fi.base(), fi.idxSlot(), src, shape(t));
        } else if (p instanceof Place.SliceElem se) {
            boolean barrier = cg.barriers() && SlotShapes.hasRefs(t);
            fb.emit(barrier ? Opcode.STORE_IDX_B : Opcode.STORE_IDX, se.sliceSlot(), se.idxSlot(), src, shape(t));
        } else if (p instanceof Place.FrameIndexPart fp) {
            fb.beginTempRegion();
            int el = fb.allocSlots(SlotShapes.of(fp.elemType()));
            fb.emit(Opcode.LOAD_SLOT_IDX, el, fp.base(), fp.idxSlot(), shape(fp.elemType()));
            fb.emit(Opcode.MOVE, el + fp.off(), src, 0, n);
            fb.emit(Opcode.STORE_SLOT_IDX, fp.base(), fp.idxSlot(), el, shape(fp.elemType()));
            fb.endTempRegion();
        } else {
            throw new IllegalStateException("store to a non-addressable value");
        }
    }

    void loadWords(int dst, int ptr, int wordOff, Type t) {
        if (SlotShapes.size(t) == 0) return;
        fb.emit(Opcode.LOAD_PTR, dst, ptr, wordOff, shape(t));
    }

    void storeWords(int ptr, int wordOff, int src, Type t) {
        if (SlotShapes.size(t) == 0) return;
        boolean barrier = cg.barriers() && SlotShapes.hasRefs(t);
        fb.emit(barrier ? Opcode.STORE_PTR_B : Opcode.STORE_PTR, ptr, wordOff, src, shape(t));
    }

    /** Zeroes slots {@code dst} for a value of type t. */
    void zero(int dst, Type t) {
        List<SlotType> s = SlotShapes.of(t);
        if (s.isEmpty()) return;
        if (s.size() == 1) {
                SlotType k = s.get(0);
            if (k == SlotType.GCREF) fb.emit(Opcode.LOAD_NIL, dst);
            else if (k == SlotType.FLOAT) fb.emit(Opcode.LOAD_FLOAT, dst, cg.pb.floatConstant(0.0));
            else fb.emit(Opcode.LOAD_INT, dst, 0);
        } else if (s.size() == 2 && s.get(0) == SlotType.INTERFACE0) {
            fb.emit(Opcode.LOAD_NIL_IFACE, dst);
        } else {
            fb.emit(Opcode.ZERO, dst, 0, 0, shape(t));
        }
    }

    /** Initialises package-level variables (in the entry function). */
    void initGlobals(List<VarSymbol> lhs, Expr rhs) {
        fb.beginTempRegion();
        if (lhs.size() == 1) {
            VarSymbol v = lhs.get(0);
            int tmp = fb.allocSlots(SlotShapes.of(v.type()));
            ex.convertInto(rhs, v.type(), tmp);
            store(placeOf(v), tmp);
        } else {
            // a multi-value call or a comma-ok form (m[k], x.(T), <-ch): one slot per variable
            List<Type> types = new java.util.ArrayList<>();
            for (VarSymbol v : lhs) types.add(v == null ? null : v.type());
            List<Integer> slots = stmts.assign.evaluate(types, List.of(rhs));
            for (int i = 0; i < lhs.size(); i++) {
                VarSymbol v = lhs.get(i);
                if (v != null) store(placeOf(v), slots.get(i));
            }
        }
        fb.endTempRegion();
    }
}
