package gcscope.compiler.types;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Printer;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.lex.TokenKind;

import java.util.ArrayList;
import java.util.List;

/** Assignments, short variable declarations, var specs and return statements. */
final class AssignChecker {
    private final Checker c;
    private final StmtChecker s;

    AssignChecker(StmtChecker s) {
        this.s = s;
        this.c = s.c;
    }

    /** An assignment target: a bare identifier is not counted as a use of the variable. */
    Operand lhs(Expr e, Scope scope) {
        Expr inner = e;
        while (inner instanceof Expr.Paren p) inner = p.x();
        if (inner instanceof Expr.Ident id && !id.isBlank()) {
            Operand x = c.exprs.ident(id, scope, true);
            x.expr = e;
            c.exprs.record(x);
            if (inner != e) {
                x.expr = inner;
                c.exprs.record(x);
                x.expr = e;
            }
            return x;
        }
        return c.exprs.expr(e, scope);
    }

    boolean checkAssignable(Operand x, Expr e) {
        if (x.mode == Operand.Mode.VARIABLE || x.mode == Operand.Mode.MAPINDEX) return true;
        Expr inner = e;
        while (inner instanceof Expr.Paren p) inner = p.x();
        if (inner instanceof Expr.Selector sel && isMapIndex(sel.x())) {
            c.error(e, "cannot assign to struct field " + Printer.expr(e) + " in map");
            return false;
        }
        c.error(e, "cannot assign to " + Printer.expr(e) + " (neither addressable nor a map index expression)");
        return false;
    }

    private boolean isMapIndex(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        if (!(e instanceof Expr.Index i)) return false;
        Type t = c.info.types.get(i.x());
        return t != null && t.underlying() instanceof Type.MapType;
    }

    void assign(Stmt.Assign a, Scope scope) {
        if (a.op() == TokenKind.DEFINE) {
            define(a, scope);
            return;
        }
        if (a.op() != TokenKind.ASSIGN) {
            if (a.lhs().size() != 1 || a.rhs().size() != 1) {
                c.error(a, "assignment operation " + a.op().text() + " requires single-valued expressions");
                return;
            }
            Operand x = c.exprs.expr(a.lhs().get(0), scope);
            Operand y = c.exprs.value(a.rhs().get(0), scope, null);
            if (x.invalid() || y.invalid()) return;
            Operand xv = new Operand(x.mode, x.type, a.lhs().get(0));
            Expr.Binary bin = new Expr.Binary(a.pos(), a.op().assignOpBase(), a.lhs().get(0), a.rhs().get(0));
            Operand r = c.assign.binaryOp(bin, a.op().assignOpBase(), xv, y);
            c.info.types.put(a.lhs().get(0), x.type);
            if (r.invalid()) return;
            if (!checkAssignable(x, a.lhs().get(0))) return;
            r.expr = a.rhs().get(0);
            if (Types.isUntyped(r.type) && !Types.isUntyped(x.type)) c.exprs.convertUntyped(r, x.type);
            return;
        }
        List<Operand> targets = new ArrayList<>();
        for (Expr l : a.lhs()) {
            if (l instanceof Expr.Ident id && id.isBlank()) {
                targets.add(null);
                continue;
            }
            Operand x = lhs(l, scope);
            if (!x.invalid()) checkAssignable(x, l);
            targets.add(x);
        }
        List<Operand> values = rhsValues(a.lhs().size(), a.rhs(), scope, targets, a);
        if (values == null) return;
        for (int i = 0; i < targets.size(); i++) {
            Operand t = targets.get(i), v = values.get(i);
            if (v == null || v.invalid()) continue;
            if (t == null) {
                blankAssign(v);
                continue;
            }
            if (t.invalid()) continue;
            c.assign.assignTo(v, t.type, "assignment");
        }
    }

    private void blankAssign(Operand v) {
        if (v.isNil()) {
            c.error(v.expr != null ? v.expr : v.origin, "use of untyped nil in assignment");
            return;
        }
        c.exprs.defaultConvert(v);
    }

    /**
     * Evaluates right-hand sides for n targets: n expressions, or one multi-value call, or one comma-ok
     * expression with two targets. Returns null after a count mismatch (reported). Extra operands from a
     * tuple have a null expr.
     */
    List<Operand> rhsValues(int n, List<Expr> rhs, Scope scope, List<Operand> hints, gcscope.compiler.ast.Node at) {
        List<Operand> out = new ArrayList<>();
        if (rhs.size() == 1 && n > 1) {
            Operand x = c.exprs.raw(rhs.get(0), scope, null);
            if (x.invalid()) return null;
            if (x.type instanceof Type.Tuple t) {
                if (t.types().size() != n) {
                    c.error(rhs.get(0), "assignment mismatch: " + n + " variable" + (n > 1 ? "s" : "") + " but " + callee(rhs.get(0)) + " returns "
                            + t.types().size() + " value" + (t.types().size() == 1 ? "" : "s"));
                    return null;
                }
                for (Type tt : t.types()) {
                    Operand o = new Operand(Operand.Mode.VALUE, tt, null);
                    o.origin = rhs.get(0);
                    out.add(o);
                }
                return out;
            }
            if (x.mode == Operand.Mode.COMMAOK || x.mode == Operand.Mode.MAPINDEX) {
                if (n == 2) {
                    x.mode = Operand.Mode.VALUE;
                    out.add(x);
                    Operand ok = new Operand(Operand.Mode.VALUE, Universe.UNTYPED_BOOL, null);
                    ok.origin = rhs.get(0);
                    out.add(ok);
                    return out;
                }
            }
            c.error(rhs.get(0), "assignment mismatch: " + n + " variables but 1 value");
            return null;
        }
        if (rhs.size() != n) {
            for (Expr e : rhs) c.exprs.raw(e, scope, null);
            c.error(rhs.isEmpty() ? at.pos() : rhs.get(0).pos(), "assignment mismatch: " + n + " variable" + (n > 1 ? "s" : "") + " but " + rhs.size() + " value" + (rhs.size() == 1 ? "" : "s"));
            return null;
        }
        if (n == 1 && unparen(rhs.get(0)) instanceof Expr.Call) {
            // x := f() with a multi-value f: Go's "assignment mismatch: 1 variable but f returns 2 values"
            Operand h = hints == null ? null : hints.get(0);
            Operand x = c.exprs.raw(rhs.get(0), scope, h == null || h.invalid() ? null : h.type);
            if (x.type instanceof Type.Tuple t && t.types().size() > 1 && x.mode != Operand.Mode.INVALID) {
                c.error(rhs.get(0), "assignment mismatch: 1 variable but " + callee(rhs.get(0)) + " returns " + t.types().size() + " values");
                return null;
            }
            out.add(c.exprs.valueOfRaw(rhs.get(0), x));
            return out;
        }
        for (int i = 0; i < n; i++) {
            Operand h = hints == null ? null : hints.get(i);
            out.add(c.exprs.value(rhs.get(i), scope, h == null || h.invalid() ? null : h.type));
        }
        return out;
    }

    /** The function part of a call, as Go names it in "assignment mismatch" messages. */
    private static String callee(Expr e) {
        return unparen(e) instanceof Expr.Call call ? Printer.expr(call.fun()) : Printer.expr(e);
    }

    private void define(Stmt.Assign a, Scope scope) {
        List<Expr.Ident> names = new ArrayList<>();
        boolean ok = true;
        for (Expr l : a.lhs()) {
            if (l instanceof Expr.Ident id) names.add(id);
            else {
                c.error(l, "non-name " + Printer.expr(l) + " on left side of :=");
                ok = false;
            }
        }
        List<Operand> values = rhsValues(a.lhs().size(), a.rhs(), scope, null, a);
        if (!ok) return;
        boolean anyNew = false;
        List<VarSymbol> newVars = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Expr.Ident id = names.get(i);
            Operand v = values == null ? null : values.get(i);
            Symbol existing = id.isBlank() ? null : scope.lookupLocal(id.name());
            if (existing instanceof VarSymbol ev) {
                c.info.uses.put(id, ev);
                c.info.types.put(id, ev.type());
                if (v != null && !v.invalid()) c.assign.assignTo(v, ev.type(), "assignment");
                continue;
            }
            if (id.isBlank()) {
                if (v != null && !v.invalid()) blankAssign(v);
                c.info.types.put(id, v == null ? Universe.INVALID : v.type);
                continue;
            }
            if (existing != null) {
                c.error(id, id.name() + " redeclared in this block");
                continue;
            }
            anyNew = true;
            Type t = Universe.INVALID;
            if (v != null && !v.invalid()) {
                if (v.isNil()) c.error(v.expr != null ? v.expr : a.rhs().get(0), "use of untyped nil in assignment");
                else if (v.mode == Operand.Mode.NOVALUE) c.error(a, Printer.expr(a.rhs().get(0)) + " (no value) used as value");
                else {
                    c.exprs.defaultConvert(v);
                    t = v.type;
                }
            }
            VarSymbol nv = s.newVar(id, t, VarSymbol.Kind.LOCAL);
            c.info.types.put(id, t);
            newVars.add(nv);
        }
        if (!anyNew) {
            c.error(a, "no new variables on left side of :=");
        }
        for (VarSymbol nv : newVars) scope.insert(nv);
    }

    /** A var spec: local ({@code global} false) or package-level (vars already created). */
    void varSpec(Decl.VarSpec spec, Scope scope, boolean global, List<VarSymbol> globals) {
        Type declared = spec.type() == null ? null : c.typeOf(spec.type(), scope);
        int n = spec.names().size();
        List<Operand> values = null;
        if (!spec.values().isEmpty()) {
            List<Operand> hints = null;
            if (declared != null) {
                hints = new ArrayList<>();
                for (int i = 0; i < n; i++) hints.add(new Operand(Operand.Mode.VALUE, declared, null));
            }
            values = rhsValues(n, spec.values(), scope, hints, spec.names().get(0));
        }
        List<VarSymbol> vars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Expr.Ident id = spec.names().get(i);
            Operand v = values == null ? null : values.get(i);
            Type t = declared;
            if (v != null && !v.invalid()) {
                if (declared != null) c.assign.assignTo(v, declared, "variable declaration");
                else if (v.isNil()) {
                    c.error(v.expr != null ? v.expr : id, "use of untyped nil in variable declaration");
                    t = Universe.INVALID;
                } else if (v.mode == Operand.Mode.NOVALUE) {
                    c.error(id, Printer.expr(spec.values().get(0)) + " (no value) used as value");
                    t = Universe.INVALID;
                } else {
                    c.exprs.defaultConvert(v);
                    t = v.type;
                }
            }
            if (t == null) t = Universe.INVALID;
            if (global) {
                globals.get(i).setType(t);
                vars.add(globals.get(i));
            } else {
                VarSymbol nv = s.newVar(id, t, VarSymbol.Kind.LOCAL);
                vars.add(nv);
            }
            c.info.types.put(id, t);
        }
        if (!global) {
            for (int i = 0; i < n; i++) c.declare(scope, vars.get(i), spec.names().get(i));
        }
    }

    void ret(Stmt.Return r, Scope scope) {
        Type.Signature sig = s.ctx == null ? null : s.ctx.sig;
        if (sig == null) return;
        List<Type.Param> want = sig.results();
        if (r.results().isEmpty()) {
            if (!want.isEmpty() && !s.ctx.namedResults) c.error(r, "not enough return values" + haveWant(List.of(), want));
            return;
        }
        if (want.isEmpty()) {
            List<Type> have = new ArrayList<>();
            for (Expr e : r.results()) have.add(c.exprs.raw(e, scope, null).type);
            c.error(r.results().get(0), "too many return values" + haveWant(have, want));
            return;
        }
        if (r.results().size() == 1 && want.size() > 1) {
            Operand x = c.exprs.raw(r.results().get(0), scope, null);
            if (x.invalid()) return;
            if (x.type instanceof Type.Tuple t && t.types().size() == want.size()) {
                for (int i = 0; i < want.size(); i++) {
                    if (!Types.assignable(t.types().get(i), want.get(i).type())) {
                        c.error(r.results().get(0), "cannot use " + Printer.expr(r.results().get(0)) + " (value of type " + x.type + ") as " + want.get(i).type() + " value in return statement");
                        return;
                    }
                }
                return;
            }
            List<Type> have = x.type instanceof Type.Tuple t ? t.types() : List.of(x.type);
            c.error(r.results().get(0), (have.size() > want.size() ? "too many" : "not enough") + " return values"
                    + haveWant(have, want));
            return;
        }
        if (r.results().size() != want.size()) {
            List<Type> have = new ArrayList<>();
            for (Expr e : r.results()) have.add(c.exprs.raw(e, scope, null).type);
            if (r.results().size() < want.size()) c.error(r.results().get(r.results().size() - 1), "not enough return values" + haveWant(have, want));
            else c.error(r.results().get(want.size()), "too many return values" + haveWant(have, want));
            return;
        }
        if (want.size() == 1 && unparen(r.results().get(0)) instanceof Expr.Call) {
            // Go: `return g()` with a multi-value g is a count error, not a single-value-context one
            Expr e = r.results().get(0);
            Operand x = c.exprs.raw(e, scope, want.get(0).type());
            if (x.mode != Operand.Mode.INVALID && x.type instanceof Type.Tuple t && t.types().size() > 1) {
                c.error(e, "too many return values" + haveWant(t.types(), want));
                return;
            }
            c.assign.assignTo(c.exprs.valueOfRaw(e, x), want.get(0).type(), "return statement");
            return;
        }
        for (int i = 0; i < want.size(); i++) {
            Operand x = c.exprs.value(r.results().get(i), scope, want.get(i).type());
            c.assign.assignTo(x, want.get(i).type(), "return statement");
        }
    }

    private static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    /** Go's detail lines of a result-count error: {@code \n\thave (...)\n\twant (...)}. */
    private static String haveWant(List<Type> have, List<Type.Param> want) {
        List<Type> w = new ArrayList<>();
        for (Type.Param p : want) w.add(p.type());
        return "\n\thave " + Types.summary(have, false) + "\n\twant " + Types.summary(w, false);
    }
}
