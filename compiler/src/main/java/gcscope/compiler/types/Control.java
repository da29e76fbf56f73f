package gcscope.compiler.types;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Printer;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.ast.TypeExpr;
import gcscope.compiler.lex.TokenKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** if, for, range, switch, type switch, match and labeled statements. */
final class Control {
    private final StmtChecker s;
    private final Checker c;
    final AssignChecker assigns;

    Control(StmtChecker s) {
        this.s = s;
        this.c = s.c;
        this.assigns = new AssignChecker(s);
    }

    void labeled(Stmt.Labeled l, Scope scope, boolean last) {
        String label = l.label().name();
        Stmt inner = l.stmt();
        if (inner instanceof Stmt.For f) forStmt(f, scope, label);
        else if (inner instanceof Stmt.Range r) range(r, scope, label);
        else if (inner instanceof Stmt.Switch sw) switchStmt(sw, scope, label);
        else if (inner instanceof Stmt.TypeSwitch ts) typeSwitch(ts, scope, label);
        else if (inner instanceof Stmt.Match m) match(m, scope, label);
        else s.stmt(inner, scope, last);
    }

    private void condition(Expr cond, Scope scope, String what) {
        if (cond == null) return;
        Operand x = c.exprs.value(cond, scope, null);
        if (x.invalid()) return;
        if (!Types.isBoolean(x.type)) {
            c.error(cond, "non-boolean condition in " + what + " statement");
            return;
        }
        c.exprs.defaultConvert(x);
    }

    void ifStmt(Stmt.If i, Scope scope) {
        Scope sc = s.child(scope);
        if (i.init() != null) s.stmt(i.init(), sc, false);
        condition(i.cond(), sc, "if");
        s.stmtList(i.then().stmts(), s.child(sc));
        if (i.elseStmt() != null) s.stmt(i.elseStmt(), sc, false);
    }

    void forStmt(Stmt.For f, Scope scope, String label) {
        Scope sc = s.child(scope);
        if (f.init() != null) s.stmt(f.init(), sc, false);
        condition(f.cond(), sc, "for");
        if (f.post() != null) s.stmt(f.post(), sc, false);
        s.ctx.breakables.add(new FuncContext.Breakable(f, label, true));
        s.stmtList(f.body().stmts(), s.child(sc));
        s.ctx.breakables.remove(s.ctx.breakables.size() - 1);
    }

    void range(Stmt.Range r, Scope scope, String label) {
        Scope sc = s.child(scope);
        Operand x = c.exprs.value(r.x(), scope, null);
        Type key = Universe.INVALID, val = Universe.INVALID;
        boolean valueAllowed = true, ok = !x.invalid();
        if (ok) {
            Type u = x.type.underlying();
            if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) u = p.elem().underlying();
            if (Types.isString(x.type)) {
                if (Types.isUntyped(x.type)) c.exprs.convertUntyped(x, Universe.STRING);
                key = Universe.INT;
                val = Universe.INT32;
            } else if (Types.isInteger(x.type)) {
                if (Types.isUntyped(x.type)) c.exprs.convertUntyped(x, Universe.INT);
                key = x.type;
                valueAllowed = false;
            } else if (u instanceof Type.Array a) {
                key = Universe.INT;
                val = a.elem();
            } else if (u instanceof Type.Slice sl) {
                key = Universe.INT;
                val = sl.elem();
            } else if (u instanceof Type.MapType m) {
                key = m.key();
                val = m.value();
            } else if (u instanceof Type.Chan ch) {
                key = ch.elem();
                valueAllowed = false;
                if (ch.dir() == Type.ChanDir.SEND) {
                    c.error(r.x(), "invalid operation: range " + Printer.expr(r.x()) + " receive from send-only channel " + x.type);
                    ok = false;
                }
            } else {
                c.error(r.x(), "cannot range over " + x.describe());
                ok = false;
            }
        }
        if (ok && !valueAllowed && r.value() != null) {
            c.error(r.value(), "range over " + x.describe() + " permits only one iteration variable");
        }
        Expr[] targets = {r.key(), r.value()};
        Type[] types = {key, val};
        if (r.define()) {
            List<VarSymbol> vs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (targets[i] == null) continue;
                if (!(targets[i] instanceof Expr.Ident id)) {
                    c.error(targets[i], "non-name " + Printer.expr(targets[i]) + " on left side of :=");
                    continue;
                }
                Type t = ok ? types[i] : Universe.INVALID;
                c.info.types.put(id, t);
                if (id.isBlank()) continue;
                vs.add(s.newVar(id, t, VarSymbol.Kind.LOCAL));
            }
            for (VarSymbol v : vs) c.declare(sc, v, null);
        } else {
            for (int i = 0; i < 2; i++) {
                if (targets[i] == null || (targets[i] instanceof Expr.Ident id && id.isBlank())) continue;
                Operand t = assigns.lhs(targets[i], scope);
                if (t.invalid() || !ok) continue;
                if (!assigns.checkAssignable(t, targets[i])) continue;
                Operand v = new Operand(Operand.Mode.VALUE, types[i], targets[i]);
                if (!Types.assignable(types[i], t.type))
                    c.error(targets[i], "cannot use " + Printer.expr(targets[i]) + " (value of type " + types[i] + ") as " + t.type + " value in range clause");
                else c.assign.recordImplicit(v, t.type);
            }
        }
        s.ctx.breakables.add(new FuncContext.Breakable(r, label, true));
        s.stmtList(r.body().stmts(), s.child(sc));
        s.ctx.breakables.remove(s.ctx.breakables.size() - 1);
    }

    void switchStmt(Stmt.Switch sw, Scope scope, String label) {
        Scope sc = s.child(scope);
        if (sw.init() != null) s.stmt(sw.init(), sc, false);
        Operand tag = null;
        if (sw.tag() != null) {
            tag = c.exprs.value(sw.tag(), sc, null);
            if (!tag.invalid()) {
                c.exprs.defaultConvert(tag);
                if (tag.isNil()) {
                    c.error(sw.tag(), "use of untyped nil in switch expression");
                    tag = null;
                } else if (!Types.comparable(tag.type)) {
                    c.error(sw.tag(), "cannot switch on " + tag.describe());
                    tag = null;
                }
            } else tag = null;
        }
        boolean hasDefault = false;
        Map<String, Expr> seen = new HashMap<>();
        s.ctx.breakables.add(new FuncContext.Breakable(sw, label, false));
        for (int ci = 0; ci < sw.clauses().size(); ci++) {
            Stmt.CaseClause cl = sw.clauses().get(ci);
            if (cl.isDefault()) {
                if (hasDefault) c.error(cl.pos(), "multiple defaults in switch");
                hasDefault = true;
            }
            for (Expr v : cl.values()) {
                Operand x = c.exprs.value(v, sc, null);
                if (x.invalid()) continue;
                if (sw.tag() == null) {
                    if (!Types.isBoolean(x.type)) {
                        c.error(v, "invalid case " + Printer.expr(v) + " in switch (mismatched types " + x.type + " and bool)");
                        continue;
                    }
                    c.exprs.defaultConvert(x);
                } else if (tag != null) {
                    Operand t = new Operand(tag.mode, tag.type, sw.tag());
                    t.val = tag.val;
                    Expr.Binary eq = new Expr.Binary(v.pos(), TokenKind.EQL, v, sw.tag());
                    int before = c.diagnostics.size();
                    Operand r = c.assign.binaryOp(eq, TokenKind.EQL, x, t);
                    if (r.invalid() && c.diagnostics.size() > before) {
                        c.diagnostics.remove(c.diagnostics.size() - 1);
                        c.error(v, "invalid case " + Printer.expr(v) + " in switch on " + Printer.expr(sw.tag()) + " (mismatched types " + x.type + " and " + tag.type + ")");
                        continue;
                    }
                    if (Types.isUntyped(x.type)) c.exprs.convertUntyped(x, tag.type);
                    if (x.mode == Operand.Mode.CONSTANT && x.val != null) {
                        Expr prev = seen.put(x.type + "\u0000" + x.val, v);
                        if (prev != null) c.error(v, "duplicate case " + Printer.expr(v) + " in expression switch");
                    }
                }
            }
            s.stmtList(cl.body(), s.child(sc));
            if (!cl.body().isEmpty() && cl.body().get(cl.body().size() - 1) instanceof Stmt.Branch b && b.kind() == TokenKind.FALLTHROUGH) {
                if (ci == sw.clauses().size() - 1) c.error(b, "cannot fallthrough final case in switch");
                else c.info.branchTargets.put(b, sw);
            }
        }
        s.ctx.breakables.remove(s.ctx.breakables.size() - 1);
    }

    void typeSwitch(Stmt.TypeSwitch ts, Scope scope, String label) {
        Scope sc = s.child(scope);
        if (ts.init() != null) s.stmt(ts.init(), sc, false);
        Operand x = c.exprs.value(ts.x(), sc, null);
        InterfaceType it = null;
        if (!x.invalid()) {
            if (x.type.underlying() instanceof InterfaceType i) it = i;
            else c.error(ts.x(), x.describe() + " is not an interface");
        }
        List<VarSymbol> binds = new ArrayList<>();
        boolean hasDefault = false;
        List<Type> seen = new ArrayList<>();
        boolean seenNil = false;
        s.ctx.breakables.add(new FuncContext.Breakable(ts, label, false));
        for (Stmt.TypeCaseClause cl : ts.clauses()) {
            if (cl.isDefault()) {
                if (hasDefault) c.error(cl.pos(), "multiple defaults in switch");
                hasDefault = true;
            }
            Type single = null;
            for (TypeExpr te : cl.types()) {
                if (te instanceof TypeExpr.Name n && n.ident().name().equals("nil") && sc.lookup("nil") instanceof NilSymbol ns) {
                    c.info.uses.put(n.ident(), ns);
                    c.info.typeExprs.put(te, Universe.UNTYPED_NIL);
                    if (seenNil) c.error(te, "multiple nil cases in type switch (first at earlier case)");
                    seenNil = true;
                    single = cl.types().size() == 1 ? Universe.UNTYPED_NIL : null;
                    continue;
                }
                Type t = c.typeOf(te, sc);
                if (Types.isInvalid(t)) continue;
                single = cl.types().size() == 1 ? t : null;
                for (Type p : seen) if (Types.identical(p, t)) c.error(te, "duplicate case " + t + " in type switch");
                seen.add(t);
                if (it != null && !(t.underlying() instanceof InterfaceType)) {
                    Types.MissingMethod m = Types.missingMethod(t, it);
                    if (m != null) {
                        String reason = m.pointerOnly() ? "method " + m.name() + " has pointer receiver" : "missing method " + m.name();
                        c.error(te, "impossible type switch case: " + Printer.expr(ts.x()) + " (" + x.describe().substring(x.describe().indexOf('(') + 1)
                                + " cannot have dynamic type " + t + " (" + reason + ")");
                    }
                }
            }
            Scope cs = s.child(sc);
            if (ts.bind() != null) {
                Type vt = single == null || Types.isBasic(single, BasicKind.UNTYPED_NIL) ? (x.invalid() ? Universe.INVALID : x.type) : single;
                VarSymbol v = new VarSymbol(ts.bind().name(), ts.bind().pos(), vt, VarSymbol.Kind.LOCAL, c.ids.next(), s.owner());
                c.info.implicits.put(cl, v);
                binds.add(v);
                if (!ts.bind().isBlank()) cs.insert(v);
            }
            s.stmtList(cl.body(), cs);
            if (!cl.body().isEmpty() && cl.body().get(cl.body().size() - 1) instanceof Stmt.Branch b && b.kind() == TokenKind.FALLTHROUGH)
                c.error(b, "cannot fallthrough in type switch");
        }
        s.ctx.breakables.remove(s.ctx.breakables.size() - 1);
        if (ts.bind() != null) {
            if (ts.bind().isBlank()) c.error(ts.bind(), "no new variable on left side of :=");
            else if (binds.stream().noneMatch(VarSymbol::used)) c.error(ts.bind(), ts.bind().name() + " declared and not used");
            // the clause variables share the bind identifier; record the first as its definition
            if (!binds.isEmpty()) c.info.defs.put(ts.bind(), binds.get(0));
        }
    }

    void match(Stmt.Match m, Scope scope, String label) {
        Operand x = c.exprs.value(m.x(), scope, null);
        EnumType et = null;
        if (!x.invalid()) {
            if (x.type.underlying() instanceof EnumType e) et = e;
            else c.error(m.x(), "cannot match on " + x.describe() + " (not an enum type)");
        }
        boolean hasDefault = false;
        Map<String, Boolean> covered = new HashMap<>();
        s.ctx.breakables.add(new FuncContext.Breakable(m, label, false));
        for (Stmt.MatchClause cl : m.clauses()) {
            Scope cs = s.child(scope);
            if (cl.isDefault()) {
                if (hasDefault) c.error(cl.pos(), "multiple defaults in match");
                hasDefault = true;
            } else if (et != null) {
                EnumType.Variant v = et.variant(cl.variant().name());
                if (v == null) {
                    c.error(cl.variant(), cl.variant().name() + " is not a variant of " + x.type);
                } else {
                    c.info.matchVariants.put(cl, v);
                    if (covered.put(v.name(), Boolean.TRUE) != null) c.error(cl.variant(), "duplicate case " + v.name() + " in match");
                    if (!cl.bindings().isEmpty() && cl.bindings().size() != v.fields().size()) {
                        c.error(cl.variant(), "wrong number of bindings for variant " + v.name() + ": have " + cl.bindings().size()
                                + ", want " + v.fields().size());
                    }
                    for (int i = 0; i < cl.bindings().size() && i < v.fields().size(); i++) {
                        Expr.Ident b = cl.bindings().get(i);
                        Type t = v.fields().get(i).type();
                        c.info.types.put(b, t);
                        if (b.isBlank()) continue;
                        VarSymbol bv = new VarSymbol(b.name(), b.pos(), t, VarSymbol.Kind.LOCAL, c.ids.next(), s.owner());
                        c.info.defs.put(b, bv);
                        c.declare(cs, bv, b);
                    }
                }
            }
            s.stmtList(cl.body(), cs);
            if (!cl.body().isEmpty() && cl.body().get(cl.body().size() - 1) instanceof Stmt.Branch b && b.kind() == TokenKind.FALLTHROUGH)
                c.error(b, "fallthrough statement out of place");
        }
        s.ctx.breakables.remove(s.ctx.breakables.size() - 1);
        boolean exhaustive = hasDefault;
        if (et != null && !hasDefault) {
            List<String> missing = new ArrayList<>();
            for (EnumType.Variant v : et.variants()) if (!covered.containsKey(v.name())) missing.add(v.name());
            if (!missing.isEmpty()) {
                c.error(m, "match on " + x.type + " is not exhaustive: missing " + (missing.size() == 1 ? "variant " : "variants ") + String.join(", ", missing));
            } else exhaustive = true;
        }
        c.info.exhaustive.put(m, exhaustive);
    }
}
