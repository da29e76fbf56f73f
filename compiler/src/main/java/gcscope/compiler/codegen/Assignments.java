package gcscope.compiler.codegen;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.lex.TokenKind;
import gcscope.compiler.types.BasicKind;
import gcscope.compiler.types.Symbol;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Types;
import gcscope.compiler.types.VarSymbol;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.List;

/** Assignments, short variable declarations, op-assignments, ++/-- and {@code var} declarations. */
final class Assignments {
    private final FunctionCompiler fc;
    private final FuncBuilder fb;

    Assignments(FunctionCompiler fc, StmtCompiler stmts) {
        this.fc = fc;
        this.fb = fc.fb;
    }

    private ExprCompiler ex() {
        return fc.ex;
    }

    void varDecl(Decl.Var v) {
        for (Decl.VarSpec spec : v.specs()) {
            fb.setPos(spec.pos());
            List<VarSymbol> syms = new ArrayList<>();
            for (Expr.Ident n : spec.names()) syms.add(fc.cg.info.defOf(n) instanceof VarSymbol s ? s : null);
            if (spec.values().isEmpty()) {
                for (VarSymbol s : syms) {
                    if (s == null) continue;
                    VarLoc loc = fc.declare(s);
                    if (loc instanceof VarLoc.Local l) fc.zero(l.slot(), s.type());
                }
            } else {
                define(syms, spec.values());
            }
        }
    }

    /** Declares new variables (null for blanks) and initialises them from values. */
    private void define(List<VarSymbol> syms, List<Expr> values) {
        if (syms.size() == 1 && values.size() == 1) {
            VarSymbol s = syms.get(0);
            if (s == null) {
                discard(values.get(0));
                return;
            }
            VarLoc loc = fc.declare(s);
            fb.beginTempRegion();
            if (loc instanceof VarLoc.Local l) {
                ex().convertInto(values.get(0), s.type(), l.slot());
            } else {
                int tmp = ex().alloc(s.type());
                ex().convertInto(values.get(0), s.type(), tmp);
                fc.store(fc.placeOf(s), tmp);
            }
            fb.endTempRegion();
            return;
        }
        // several variables: evaluate everything first, then declare and store
        List<VarLoc> locs = new ArrayList<>();
        for (VarSymbol s : syms) locs.add(s == null ? null : fc.declare(s));
        fb.beginTempRegion();
        List<Type> types = new ArrayList<>();
        for (VarSymbol s : syms) types.add(s == null ? null : s.type());
        List<Integer> vals = evaluate(types, values);
        for (int i = 0; i < syms.size(); i++) {
            if (syms.get(i) == null) continue;
            fc.store(fc.placeOf(syms.get(i)), vals.get(i));
        }
        fb.endTempRegion();
    }

    private void discard(Expr e) {
        fb.beginTempRegion();
        Expr x = ExprCompiler.unparen(e);
        if (x instanceof Expr.Call c) fc.calls.call(c, -1);
        else ex().value(x);
        fb.endTempRegion();
    }

    /**
     * Evaluates the right-hand sides of an n:n or n:1 assignment into temps, converted to the given types
     * (null: keep the value's own type); returns one slot per left-hand side.
     */
    List<Integer> evaluate(List<Type> types, List<Expr> values) {
        List<Integer> out = new ArrayList<>();
        if (values.size() == 1 && types.size() > 1) {
            Expr rhs = ExprCompiler.unparen(values.get(0));
            Type rt = ex().typeOf(rhs);
            List<Type> parts;
            int base;
            if (rt instanceof Type.Tuple tu) {
                parts = tu.types();
                base = ex().multi(rhs);
            } else {
                parts = List.of(rt, gcscope.compiler.types.Universe.BOOL);
                base = commaOk(rhs, rt);
            }
            int off = 0;
            for (int i = 0; i < types.size(); i++) {
                Type from = parts.get(i), to = types.get(i);
                int slot = base + off;
                if (to != null && Types.isInterface(to) && !Types.isInterface(from)) {
                    int boxed = ex().alloc(to);
                    ex().boxInto(slot, from, boxed);
                    slot = boxed;
                }
                out.add(slot);
                off += SlotShapes.size(from);
            }
            return out;
        }
        for (int i = 0; i < values.size(); i++) {
            Type to = types.get(i);
            Type t = to != null ? to : ex().typeOf(values.get(i));
            int tmp = ex().alloc(t);
            ex().convertInto(values.get(i), to, tmp);
            out.add(tmp);
        }
        return out;
    }

    /** {@code v, ok} forms: map index, type assertion, channel receive; returns [value slots, ok slot]. */
    private int commaOk(Expr rhs, Type valueType) {
        List<SlotType> shape = new ArrayList<>(SlotShapes.of(valueType));
        shape.add(SlotType.VALUE);
        int dst = fb.allocSlots(shape);
        int sh = fc.cg.pb.shape(shape.toArray(SlotType[]::new));
        if (rhs instanceof Expr.Index ix && ex().typeOf(ix.x()).underlying() instanceof Type.MapType m) {
            int mp = ex().value(ix.x());
            int k = ex().converted(ix.index(), m.key());
            fb.emit(Opcode.MAP_GET_OK, dst, mp, k, sh);
        } else if (rhs instanceof Expr.TypeAssert ta) {
            ex().ops.typeAssert(ta, dst, true);
        } else if (rhs instanceof Expr.Unary u && u.op() == TokenKind.ARROW) {
            int ch = ex().value(u.x());
            fb.emit(Opcode.RECV, dst, ch, 1, sh);
        } else {
            throw new IllegalStateException("not a comma-ok expression at " + rhs.pos());
        }
        return dst;
    }

    void assign(Stmt.Assign a) {
        if (a.op() == TokenKind.DEFINE) {
            shortVarDecl(a);
            return;
        }
        if (a.op() != TokenKind.ASSIGN) {
            opAssign(a.lhs().get(0), a.op().assignOpBase(), a.rhs().get(0));
            return;
        }
        fb.beginTempRegion();
        if (a.lhs().size() == 1 && a.rhs().size() == 1) {
            Place p = ex().places.of(a.lhs().get(0));
            Expr rhs = a.rhs().get(0);
            if (p instanceof Place.Blank) {
                discard(rhs);
            } else if (p instanceof Place.Frame f && !(ExprCompiler.unparen(rhs) instanceof Expr.CompositeLit)) {
                ex().convertInto(rhs, p.type(), f.base());
            } else {
                int tmp = ex().alloc(p.type());
                ex().convertInto(rhs, p.type(), tmp);
                fc.store(p, tmp);
            }
        } else {
            List<Place> places = new ArrayList<>();
            List<Type> types = new ArrayList<>();
            for (Expr l : a.lhs()) {
                Place p = ex().places.freeze(ex().places.of(l));
                places.add(p);
                types.add(p instanceof Place.Blank ? null : p.type());
            }
            List<Integer> vals = evaluate(types, a.rhs());
            for (int i = 0; i < places.size(); i++) fc.store(places.get(i), vals.get(i));
        }
        fb.endTempRegion();
    }

    private void shortVarDecl(Stmt.Assign a) {
        List<VarSymbol> fresh = new ArrayList<>();
        boolean allNew = true;
        for (Expr l : a.lhs()) {
            Expr.Ident id = (Expr.Ident) l;
            Symbol d = fc.cg.info.defOf(id);
            if (d instanceof VarSymbol v) fresh.add(v);
            else {
                fresh.add(null);
                if (!id.isBlank()) allNew = false;
            }
        }
        if (allNew) {
            define(fresh, a.rhs());
            return;
        }
        // a mix of new and existing variables: declare the new ones, evaluate, then store
        List<VarLoc> locs = new ArrayList<>();
        for (VarSymbol v : fresh) locs.add(v == null ? null : fc.declare(v));
        fb.beginTempRegion();
        List<Type> types = new ArrayList<>();
        List<Place> targets = new ArrayList<>();
        for (int i = 0; i < a.lhs().size(); i++) {
            Expr.Ident id = (Expr.Ident) a.lhs().get(i);
            Place p = fresh.get(i) != null ? fc.placeOf(fresh.get(i)) : id.isBlank() ? new Place.Blank(null) : ex().places.of(id);
            targets.add(p);
            types.add(p instanceof Place.Blank ? null : p.type());
        }
        List<Integer> vals = evaluate(types, a.rhs());
        for (int i = 0; i < targets.size(); i++) fc.store(targets.get(i), vals.get(i));
        fb.endTempRegion();
    }

    void opAssign(Expr lhs, TokenKind op, Expr rhs) {
        fb.beginTempRegion();
        Place p = ex().places.of(lhs);
        Type t = p.type();
        int cur = fc.read(p);
        int y = ex().value(rhs);
        int dst = p instanceof Place.Frame f ? f.base() : ex().alloc(t);
        ex().ops.arithSlots(op, cur, y, t, ex().typeOf(rhs), dst);
        if (!(p instanceof Place.Frame)) fc.store(p, dst);
        fb.endTempRegion();
    }

    void incDec(Stmt.IncDec s) {
        fb.beginTempRegion();
        Place p = ex().places.of(s.x());
        Type t = p.type();
        int cur = fc.read(p);
        int dst = p instanceof Place.Frame f ? f.base() : ex().alloc(t);
        BasicKind k = Types.basicKind(t);
        if (k != null && k.isFloat()) {
            int one = fb.allocSlots(SlotType.FLOAT);
            fb.emit(Opcode.LOAD_FLOAT, one, fc.cg.pb.floatConstant(1.0));
            fb.emit(s.inc() ? Opcode.FADD : Opcode.FSUB, dst, cur, one);
        } else {
            fb.emit(Opcode.ADD_IMM, dst, cur, s.inc() ? 1 : -1);
        }
        ex().ops.wrap(dst, t);
        if (!(p instanceof Place.Frame)) fc.store(p, dst);
        fb.endTempRegion();
    }
}
