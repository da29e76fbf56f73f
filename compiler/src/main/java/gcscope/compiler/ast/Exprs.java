package gcscope.compiler.ast;

import gcscope.vm.bytecode.SourcePos;

/** Helpers over expressions. */
public final class Exprs {
    private Exprs() {}

    /** Position of the leftmost token of an expression (Go reports most expression errors there). */
    public static SourcePos start(Expr e) {
        for (int i = 0; i < 10000; i++) {
            if (e instanceof Expr.Selector s) e = s.x();
            else if (e instanceof Expr.Index x) e = x.x();
            else if (e instanceof Expr.Slice x) e = x.x();
            else if (e instanceof Expr.TypeAssert x) e = x.x();
            else if (e instanceof Expr.Call x) e = x.fun();
            else if (e instanceof Expr.Binary x) e = x.x();
            else break;
        }
        return e.pos();
    }
}
