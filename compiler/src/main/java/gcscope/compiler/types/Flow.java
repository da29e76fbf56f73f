package gcscope.compiler.types;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.lex.TokenKind;

import java.util.List;

/** Labels, break/continue/fallthrough targets, and Go's terminating-statement rules. */
final class Flow {
    private final StmtChecker s;
    private final Checker c;

    Flow(StmtChecker s) {
        this.s = s;
        this.c = s.c;
    }

    /** Registers the labels of a function body (not of nested function literals). */
    void collectLabels(Stmt.Block body) {
        collect(body.stmts());
    }

    private void collect(List<Stmt> list) {
        for (Stmt st : list) collect(st);
    }

    private void collect(Stmt st) {
        if (st instanceof Stmt.Labeled l) {
            String n = l.label().name();
            if (!n.equals("_")) {
                if (s.ctx.labels.containsKey(n)) c.error(l.label(), "label " + n + " already defined");
                else {
                    s.ctx.labels.put(n, l);
                    s.ctx.labelUsed.put(n, false);
                }
            }
            collect(l.stmt());
        } else if (st instanceof Stmt.Block b) collect(b.stmts());
        else if (st instanceof Stmt.If i) {
            collect(i.then().stmts());
            if (i.elseStmt() != null) collect(i.elseStmt());
        } else if (st instanceof Stmt.For f) collect(f.body().stmts());
        else if (st instanceof Stmt.Range r) collect(r.body().stmts());
        else if (st instanceof Stmt.Switch sw) for (Stmt.CaseClause cl : sw.clauses()) collect(cl.body());
        else if (st instanceof Stmt.TypeSwitch ts) for (Stmt.TypeCaseClause cl : ts.clauses()) collect(cl.body());
        else if (st instanceof Stmt.Match m) for (Stmt.MatchClause cl : m.clauses()) collect(cl.body());
    }

    void reportUnusedLabels() {
        for (var e : s.ctx.labelUsed.entrySet()) {
            if (!e.getValue()) c.error(s.ctx.labels.get(e.getKey()).label(), "label " + e.getKey() + " defined and not used");
        }
    }

    void branch(Stmt.Branch b, boolean last) {
        List<FuncContext.Breakable> bs = s.ctx.breakables;
        if (b.kind() == TokenKind.FALLTHROUGH) {
            if (!last || bs.isEmpty() || !(bs.get(bs.size() - 1).stmt() instanceof Stmt.Switch)) {
                if (!(!bs.isEmpty() && bs.get(bs.size() - 1).stmt() instanceof Stmt.TypeSwitch && last)
                        && !(!bs.isEmpty() && bs.get(bs.size() - 1).stmt() instanceof Stmt.Match && last))
                    c.error(b, "fallthrough statement out of place");
            }
            return;
        }
        boolean isBreak = b.kind() == TokenKind.BREAK;
        if (b.label() != null) {
            String n = b.label().name();
            if (!s.ctx.labels.containsKey(n)) {
                c.error(b.label(), (isBreak ? "break" : "continue") + " label not defined: " + n);
                return;
            }
            s.ctx.labelUsed.put(n, true);
            for (int i = bs.size() - 1; i >= 0; i--) {
                FuncContext.Breakable t = bs.get(i);
                if (n.equals(t.label())) {
                    if (!isBreak && !t.loop()) {
                        c.error(b.label(), "invalid continue label " + n);
                        return;
                    }
                    c.info.branchTargets.put(b, t.stmt());
                    return;
                }
            }
            c.error(b.label(), "invalid " + (isBreak ? "break" : "continue") + " label " + n);
            return;
        }
        for (int i = bs.size() - 1; i >= 0; i--) {
            FuncContext.Breakable t = bs.get(i);
            if (isBreak || t.loop()) {
                c.info.branchTargets.put(b, t.stmt());
                return;
            }
        }
        c.error(b, isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
    }

    boolean terminatingList(List<Stmt> list) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof Stmt.Empty) continue;
            return terminating(list.get(i));
        }
        return false;
    }

    /** Go specification, "Terminating statements" (plus an exhaustive match whose cases all terminate). */
    boolean terminating(Stmt st) {
        if (st instanceof Stmt.Return) return true;
        if (st instanceof Stmt.ExprStmt e) {
            Expr x = e.x();
            while (x instanceof Expr.Paren p) x = p.x();
            return x instanceof Expr.Call call && c.info.builtins.get(call) == Builtin.PANIC;
        }
        if (st instanceof Stmt.Block b) return terminatingList(b.stmts());
        if (st instanceof Stmt.If i) return i.elseStmt() != null && terminatingList(i.then().stmts()) && terminating(i.elseStmt());
        if (st instanceof Stmt.Labeled l) return terminating(l.stmt());
        if (st instanceof Stmt.For f) return f.cond() == null && !hasBreak(f);
        if (st instanceof Stmt.Switch sw) {
            if (hasBreak(sw)) return false;
            boolean dflt = false;
            for (Stmt.CaseClause cl : sw.clauses()) {
                dflt |= cl.isDefault();
                if (!terminatingList(cl.body()) && !endsInFallthrough(cl.body())) return false;
            }
            return dflt;
        }
        if (st instanceof Stmt.TypeSwitch ts) {
            if (hasBreak(ts)) return false;
            boolean dflt = false;
            for (Stmt.TypeCaseClause cl : ts.clauses()) {
                dflt |= cl.isDefault();
                if (!terminatingList(cl.body())) return false;
            }
            return dflt;
        }
        if (st instanceof Stmt.Match m) {
            if (hasBreak(m) || !Boolean.TRUE.equals(c.info.exhaustive.get(m))) return false;
            for (Stmt.MatchClause cl : m.clauses()) if (!terminatingList(cl.body())) return false;
            return true;
        }
        return false;
    }

    private static boolean endsInFallthrough(List<Stmt> body) {
        return !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Branch b && b.kind() == TokenKind.FALLTHROUGH;
    }

    private boolean hasBreak(Stmt target) {
        for (var e : c.info.branchTargets.entrySet()) {
            if (e.getValue() == target && e.getKey().kind() == TokenKind.BREAK) return true;
        }
        return false;
    }
}
