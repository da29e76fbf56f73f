package gcscope.compiler.types;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Node;
import gcscope.compiler.ast.Printer;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.ast.TypeExpr;
import gcscope.compiler.lex.TokenKind;

import java.util.ArrayList;
import java.util.List;

/** Function bodies and statements; control statements in {@link Control}, flow rules in {@link Flow}. */
final class StmtChecker {
    final Checker c;
    final Control control;
    final Flow flow;
    FuncContext ctx;
    final List<VarSymbol> locals = new ArrayList<>();

    StmtChecker(Checker c) {
        this.c = c;
        this.control = new Control(this);
        this.flow = new Flow(this);
    }

    VarSymbol newVar(Expr.Ident id, Type t, VarSymbol.Kind kind) {
        VarSymbol v = new VarSymbol(id.name(), id.pos(), t, kind, c.ids.next(), ctx == null ? null : ctx.owner);
        c.info.defs.put(id, v);
        if (kind == VarSymbol.Kind.LOCAL && !id.isBlank()) locals.add(v);
        return v;
    }

    void funcBody(Decl.Func fd, Type.Signature sig, FuncSymbol fn) {
        if (sig == null) return;
        FuncContext saved = ctx;
        ctx = new FuncContext(fd, sig, null, hasNamedResults(fd.type()));
        Scope scope = new Scope(c.pkg, fd);
        if (fn.receiver() != null && !fn.receiver().name().equals("_")) c.declare(scope, fn.receiver(), null);
        declareParams(fd.type(), sig, scope);
        body(fd.body(), scope, sig);
        ctx = saved;
    }

    private static boolean hasNamedResults(TypeExpr.Func f) {
        for (TypeExpr.Field r : f.results()) if (!r.names().isEmpty()) return true;
        return false;
    }

    private void declareParams(TypeExpr.Func f, Type.Signature sig, Scope scope) {
        int i = 0;
        for (TypeExpr.Field p : f.params()) {
            if (p.names().isEmpty()) i++;
            for (Expr.Ident n : p.names()) {
                VarSymbol v = newVar(n, sig.params().get(i++).type(), VarSymbol.Kind.PARAM);
                c.declare(scope, v, n);
            }
        }
        i = 0;
        for (TypeExpr.Field r : f.results()) {
            if (r.names().isEmpty()) i++;
            for (Expr.Ident n : r.names()) {
                VarSymbol v = newVar(n, sig.results().get(i++).type(), VarSymbol.Kind.RESULT);
                c.declare(scope, v, n);
            }
        }
    }

    private void body(Stmt.Block b, Scope scope, Type.Signature sig) {
        flow.collectLabels(b);
        stmtList(b.stmts(), scope);
        if (!sig.results().isEmpty() && !flow.terminatingList(b.stmts())) c.error(b.rbrace(), "missing return");
        flow.reportUnusedLabels();
    }

    Operand funcLit(Expr.FuncLit f, Scope outer) {
        Type.Signature sig = c.types.signature(f.type(), outer);
        c.info.funcLitSignatures.put(f, sig);
        FuncContext saved = ctx;
        ctx = new FuncContext(f, sig, saved, hasNamedResults(f.type()));
        Scope scope = new Scope(outer, f);
        declareParams(f.type(), sig, scope);
        body(f.body(), scope, sig);
        c.info.captures.put(f, List.copyOf(ctx.captures));
        ctx = saved;
        return new Operand(Operand.Mode.VALUE, sig, f);
    }

    /** Records closure capture when a local variable of an enclosing function is referenced. */
    void noteVarRef(VarSymbol v) {
        if (v.isGlobal() || ctx == null || v.owner() == null || v.owner() == ctx.owner) return;
        v.markCaptured();
        for (FuncContext f = ctx; f != null && f.owner != v.owner(); f = f.parent) {
            if (!f.captures.contains(v)) f.captures.add(v);
        }
    }

    /** Marks the variable whose storage {@code e} designates as address-taken (so it escapes to the heap). */
    void markAddressTaken(Expr e) {
        while (true) {
            if (e instanceof Expr.Paren p) e = p.x();
            else if (e instanceof Expr.Selector s) {
                Selection sel = c.info.selections.get(s);
                if (sel == null || sel.kind() != Selection.Kind.FIELD || sel.indirect()) return;
                e = s.x();
            } else if (e instanceof Expr.Index i) {
                Type t = c.info.types.get(i.x());
                if (t == null || !(t.underlying() instanceof Type.Array)) return;
                e = i.x();
            } else break;
        }
        if (e instanceof Expr.Ident id && c.info.symbolOf(id) instanceof VarSymbol v) v.markAddressTaken();
    }

    void reportUnused() {
        for (VarSymbol v : locals) if (!v.used()) c.error(v.pos(), v.name() + " declared and not used");
    }

    void stmtList(List<Stmt> list, Scope scope) {
        for (int i = 0; i < list.size(); i++) stmt(list.get(i), scope, i == list.size() - 1);
    }

    Scope child(Scope s) {
        return new Scope(s, s.funcOwner);
    }

    void stmt(Stmt s, Scope scope, boolean last) {
        if (s instanceof Stmt.DeclStmt d) localDecl(d.decl(), scope);
        else if (s instanceof Stmt.Empty || s instanceof Stmt.Bad) return;
        else if (s instanceof Stmt.Labeled l) control.labeled(l, scope, last);
        else if (s instanceof Stmt.ExprStmt e) exprStmt(e, scope);
        else if (s instanceof Stmt.Send snd) send(snd, scope);
        else if (s instanceof Stmt.IncDec id) incDec(id, scope);
        else if (s instanceof Stmt.Assign a) c.stmts.control.assigns.assign(a, scope);
        else if (s instanceof Stmt.Go g) goDefer(g.call(), "go", scope);
        else if (s instanceof Stmt.Defer d) goDefer(d.call(), "defer", scope);
        else if (s instanceof Stmt.Return r) c.stmts.control.assigns.ret(r, scope);
        else if (s instanceof Stmt.Branch b) flow.branch(b, last);
        else if (s instanceof Stmt.Block b) stmtList(b.stmts(), child(scope));
        else if (s instanceof Stmt.If i) control.ifStmt(i, scope);
        else if (s instanceof Stmt.Switch sw) control.switchStmt(sw, scope, null);
        else if (s instanceof Stmt.TypeSwitch ts) control.typeSwitch(ts, scope, null);
        else if (s instanceof Stmt.For f) control.forStmt(f, scope, null);
        else if (s instanceof Stmt.Range r) control.range(r, scope, null);
        else if (s instanceof Stmt.Match m) control.match(m, scope, null);
    }

    private void exprStmt(Stmt.ExprStmt s, Scope scope) {
        Operand x = c.exprs.raw(s.x(), scope, null);
        if (x.invalid()) return;
        Expr e = s.x();
        while (e instanceof Expr.Paren p) e = p.x();
        if (e instanceof Expr.Call call) {
            CallKind k = c.info.callKinds.get(call);
            if (k == CallKind.CONVERSION) {
                c.error(s.x(), x.describe() + " is not used");
                return;
            }
            if (k == CallKind.BUILTIN) {
                Builtin b = c.info.builtins.get(call);
                switch (b) {
                    case APPEND, CAP, LEN, MAKE, NEW, MIN, MAX, COMPLEX, REAL, IMAG -> c.error(s.x(), x.describe() + " is not used");
                    default -> {}
                }
            }
            return;
        }
        if (e instanceof Expr.Unary u && u.op() == TokenKind.ARROW) return;
        if (x.mode == Operand.Mode.TYPE) c.error(s.x(), Printer.expr(s.x()) + " (type) is not an expression");
        else if (x.mode == Operand.Mode.BUILTIN) c.error(s.x(), Printer.expr(s.x()) + " (built-in) must be called");
        else c.error(s.x(), x.describe() + " is not used");
    }

    private void send(Stmt.Send s, Scope scope) {
        Operand ch = c.exprs.value(s.chan(), scope, null);
        Operand v = c.exprs.value(s.value(), scope, ch.invalid() || !(ch.type.underlying() instanceof Type.Chan cc) ? null : cc.elem());
        if (ch.invalid() || v.invalid()) return;
        if (!(ch.type.underlying() instanceof Type.Chan t)) {
            c.error(s, "invalid operation: cannot send to non-channel " + ch.describe());
            return;
        }
        if (t.dir() == Type.ChanDir.RECV) {
            c.error(s, "invalid operation: cannot send to receive-only channel " + ch.describe());
            return;
        }
        c.assign.assignTo(v, t.elem(), "send");
    }

    private void incDec(Stmt.IncDec s, Scope scope) {
        Operand x = c.exprs.expr(s.x(), scope);
        if (x.invalid()) return;
        if (!Types.isNumeric(x.type)) {
            c.error(s.x(), "invalid operation: " + Printer.expr(s.x()) + (s.inc() ? "++" : "--") + " (non-numeric type " + x.type + ")");
            return;
        }
        c.stmts.control.assigns.checkAssignable(x, s.x());
    }

    private void goDefer(Expr.Call call, String what, Scope scope) {
        Operand x = c.exprs.raw(call, scope, null);
        if (x.invalid()) return;
        CallKind k = c.info.callKinds.get(call);
        if (k == CallKind.CONVERSION) c.error(call, what + " requires function call, not conversion");
        else if (k == CallKind.BUILTIN) {
            switch (c.info.builtins.get(call)) {
                case APPEND, CAP, LEN, MAKE, NEW, MIN, MAX -> c.error(call, what + " discards result of " + Printer.expr(call));
                default -> {}
            }
        }
    }

    void localDecl(Decl d, Scope scope) {
        if (d instanceof Decl.Var v) {
            for (Decl.VarSpec s : v.specs()) c.stmts.control.assigns.varSpec(s, scope, false, null);
        } else if (d instanceof Decl.Const k) {
            for (ConstDeclInfo ci : ConstDeclInfo.expand(k)) {
                ConstSymbol cs = new ConstSymbol(ci.name().name(), ci.name().pos(), Universe.INVALID, null, c.ids.next());
                c.info.defs.put(ci.name(), cs);
                c.exprs.constDecl(cs, ci, scope);
                c.declare(scope, cs, ci.name());
            }
        } else if (d instanceof Decl.Type t) {
            for (Decl.TypeSpec s : t.specs()) {
                TypeSymbol ts = c.types.declareTypeName(s, scope);
                c.types.resolveTypeDecl(ts, s, scope);
            }
            c.types.checkRecursiveTypes();
        }
    }

    void globalVarDecl(Checker.VarDeclInfo vi, Scope scope) {
        c.stmts.control.assigns.varSpec(vi.spec(), scope, true, vi.lhs());
    }

    Node owner() {
        return ctx == null ? null : ctx.owner;
    }
}
