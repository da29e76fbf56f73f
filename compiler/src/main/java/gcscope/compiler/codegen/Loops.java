package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.types.Symbol;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Types;
import gcscope.compiler.types.VarSymbol;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.List;

/** {@code for} loops (with Go 1.22 per-iteration variables) and {@code for range} over ints, slices, arrays, strings, maps and channels. */
final class Loops {
    private final FunctionCompiler fc;
    private final StmtCompiler stmts;
    private final FuncBuilder fb;

    Loops(FunctionCompiler fc, StmtCompiler stmts) {
        this.fc = fc;
        this.stmts = stmts;
        this.fb = fc.fb;
    }

    private ExprCompiler ex() {
        return fc.ex;
    }

    void forStmt(Stmt.For f) {
        fb.openScope();
        fb.beginTempRegion();
        if (f.init() != null) stmts.stmt(f.init());
        List<VarSymbol> loopVars = new ArrayList<>();
        if (f.init() instanceof Stmt.Assign a && a.op() == gcscope.compiler.lex.TokenKind.DEFINE) {
            for (Expr l : a.lhs()) {
                Symbol s = fc.cg.info.defOf((Expr.Ident) l);
                if (s instanceof VarSymbol v && fc.vars.get(v) instanceof VarLoc.Boxed) loopVars.add(v);
            }
        }
        FuncBuilder.Label top = fb.newLabel(), cont = fb.newLabel(), brk = fb.newLabel(), test = fb.newLabel();
        stmts.breaks.put(f, brk);
        stmts.continues.put(f, cont);
        // the condition is tested at the bottom (one jump per iteration instead of two)
        if (f.cond() != null) fb.jump(test);
        top.bind();
        stmts.block(f.body().stmts());
        cont.bind();
        // Go 1.22: each iteration has its own copy of the loop variables (fresh boxes when captured)
        for (VarSymbol v : loopVars) {
            fb.beginTempRegion();
            VarLoc.Boxed b = (VarLoc.Boxed) fc.vars.get(v);
            int tmp = ex().alloc(v.type());
            fc.loadWords(tmp, b.slot(), 0, v.type());
            fb.emit(Opcode.NEW, b.slot(), fc.cg.types.id(v.type()));
            fc.storeWords(b.slot(), 0, tmp, v.type());
            fb.endTempRegion();
        }
        if (f.post() != null) stmts.stmt(f.post());
        test.bind();
        if (f.cond() != null) {
            fb.setPos(f.cond().pos());
            stmts.condJump(f.cond(), true, top);
        } else {
            fb.jump(top);
        }
        brk.bind();
        fb.endTempRegion();
        fb.closeScope();
    }

    void range(Stmt.Range r) {
        fb.openScope();
        fb.beginTempRegion();
        Type xt = ex().typeOf(r.x());
        Type u = xt.underlying();
        FuncBuilder.Label top = fb.newLabel(), cont = fb.newLabel(), brk = fb.newLabel();
        stmts.breaks.put(r, brk);
        stmts.continues.put(r, cont);
        if (u instanceof Type.MapType m) {
            mapRange(r, m, brk, cont, top);
        } else if (u instanceof Type.Chan c) {
            int ch = hidden(r.x());
            top.bind();
            cont.bind();
            List<SlotType> shape = new ArrayList<>(SlotShapes.of(c.elem()));
            shape.add(SlotType.VALUE);
            int got = fb.allocSlots(shape);
            fb.emit(Opcode.RECV, got, ch, 1, fc.cg.pb.shape(shape.toArray(SlotType[]::new)));
            int ok = got + SlotShapes.size(c.elem());
            fb.jumpIf(ok, false, brk);
            bodyWith(r, new int[] {got}, new Type[] {c.elem()});
            fb.jump(top);
        } else {
            indexedRange(r, xt, u, top, cont, brk);
        }
        brk.bind();
        fb.endTempRegion();
        fb.closeScope();
    }

    private int hidden(Expr x) {
        Type t = ex().typeOf(x);
        int s = ex().alloc(t);
        ex().into(x, s);
        return s;
    }

    private void indexedRange(Stmt.Range r, Type xt, Type u, FuncBuilder.Label top, FuncBuilder.Label cont, FuncBuilder.Label brk) {
        boolean isString = Types.isString(u);
        boolean isInt = Types.isInteger(u);
        Type elem = null;
        int src;
        int len = fb.allocSlots(SlotType.VALUE);
        int idx = fb.allocSlots(SlotType.VALUE);
        boolean framedArray = false;
        boolean ptrArray = false;
        if (isInt) {
            src = hidden(r.x());
            fb.emit(Opcode.MOVE, len, src, 0, 1);
        } else if (isString) {
            src = hidden(r.x());
            fb.emit(Opcode.LEN, len, src, 0, 0);
        } else if (u instanceof Type.Slice s) {
            elem = s.elem();
            src = hidden(r.x());
            fb.emit(Opcode.LEN, len, src, 0, 1);
        } else if (u instanceof Type.Array a) {
            elem = a.elem();
            framedArray = true;
            src = r.value() != null ? hidden(r.x()) : -1;
            ex().loadLong(a.length(), len);
        } else if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            elem = a.elem();
            ptrArray = true;
            src = hidden(r.x());
            ex().loadLong(a.length(), len);
        } else {
            throw new IllegalStateException("range over " + xt);
        }
        fb.emit(Opcode.LOAD_INT, idx, 0);
        // the bounds test sits at the bottom of the loop (one jump per iteration)
        FuncBuilder.Label test = fb.newLabel();
        fb.jump(test);
        // a plain value variable receives the element directly (no copy per iteration)
        int direct = -1;
        if (!isString && !isInt && r.define() && r.value() instanceof Expr.Ident vid && !vid.isBlank()
                && fc.cg.info.defOf(vid) instanceof VarSymbol vv && !vv.escapes()) {
            direct = ((VarLoc.Local) fc.declare(vv)).slot();
        }
        top.bind();
        fb.beginTempRegion();
        int width = -1;
        int[] vals;
        Type[] types;
        Type keyType = isInt ? xt : gcscope.compiler.types.Universe.INT;
        if (isString) {
            int rw = fb.allocSlots(SlotType.VALUE, SlotType.VALUE);
            fb.emit(Opcode.STR_NEXT_RUNE, rw, src, idx);
            width = rw + 1;
            vals = new int[] {idx, rw};
            types = new Type[] {keyType, gcscope.compiler.types.Universe.INT32};
        } else if (isInt) {
            vals = new int[] {idx};
            types = new Type[] {keyType};
        } else {
            int v = -1;
            if (r.value() != null) {
                v = direct >= 0 ? direct : ex().alloc(elem);
                if (framedArray) fb.emit(Opcode.LOAD_SLOT_IDX, v, src, idx, fc.shape(elem));
                else if (ptrArray) {
                    int e = fb.allocSlots(SlotType.GCREF);
                    fb.emit(Opcode.PTR_INDEX, e, src, idx, SlotShapes.size(elem));
                    fc.loadWords(v, e, 0, elem);
                } else fb.emit(Opcode.LOAD_IDX, v, src, idx, fc.shape(elem));
            }
            vals = new int[] {idx, v};
            types = new Type[] {keyType, elem};
        }
        bodyWith(r, vals, types);
        fb.endTempRegion();
        cont.bind();
        if (width >= 0) {
            // re-decode the width: the body's temps may have reused the slot
            int rw = fb.allocSlots(SlotType.VALUE, SlotType.VALUE);
            fb.emit(Opcode.STR_NEXT_RUNE, rw, src, idx);
            fb.emit(Opcode.ADD, idx, idx, rw + 1);
        } else {
            fb.emit(Opcode.ADD_IMM, idx, idx, 1);
        }
        test.bind();
        fb.jumpCmp(Opcode.JMP_LT, idx, len, top);
    }

    private void mapRange(Stmt.Range r, Type.MapType m, FuncBuilder.Label brk, FuncBuilder.Label cont, FuncBuilder.Label top) {
        int mp = hidden(r.x());
        int iter = fb.allocSlots(SlotType.VALUE);
        fb.emit(Opcode.LOAD_INT, iter, 0);
        top.bind();
        cont.bind();
        fb.beginTempRegion();
        List<SlotType> shape = new ArrayList<>();
        shape.add(SlotType.VALUE);
        shape.addAll(SlotShapes.of(m.key()));
        shape.addAll(SlotShapes.of(m.value()));
        int got = fb.allocSlots(shape);
        fb.emit(Opcode.MAP_NEXT, got, mp, iter, fc.cg.pb.shape(shape.toArray(SlotType[]::new)));
        fb.jumpIf(got, false, brk);
        bodyWith(r, new int[] {got + 1, got + 1 + SlotShapes.size(m.key())}, new Type[] {m.key(), m.value()});
        fb.endTempRegion();
        fb.jump(top);
    }

    /** Binds (define) or assigns the key/value of one iteration, then compiles the body. */
    private void bodyWith(Stmt.Range r, int[] vals, Type[] types) {
        Expr[] targets = {r.key(), r.value()};
        fb.openScope();
        for (int i = 0; i < targets.length && i < vals.length; i++) {
            Expr t = targets[i];
            if (t == null || vals[i] < 0) continue;
            if (t instanceof Expr.Ident id && id.isBlank()) continue;
            if (r.define()) {
                Symbol s = fc.cg.info.defOf((Expr.Ident) t);
                if (!(s instanceof VarSymbol v)) continue;
                if (!fc.vars.containsKey(v)) fc.declare(v);
                fc.store(fc.placeOf(v), vals[i]);
            } else {
                fb.beginTempRegion();
                fc.store(ex().places.of(t), vals[i]);
                fb.endTempRegion();
            }
        }
        stmts.block(r.body().stmts());
        fb.closeScope();
    }
}
