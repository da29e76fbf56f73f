package gcscope.compiler.types;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.TypeExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * One constant name with its effective type expression and value expression after Go's implicit repetition
 * of the previous spec in a group ({@code const ( A = iota; B; C )}).
 */
record ConstDeclInfo(Expr.Ident name, TypeExpr type, Expr value, int iota, boolean inherited, int specValues) {

    static List<ConstDeclInfo> expand(Decl.Const d) {
        List<ConstDeclInfo> out = new ArrayList<>();
        Decl.ConstSpec last = null;
        for (Decl.ConstSpec s : d.specs()) {
            Decl.ConstSpec src = s;
            boolean inherited = false;
            if (s.values().isEmpty() && s.type() == null && last != null) {
                src = last;
                inherited = true;
            } else last = s;
            for (int i = 0; i < s.names().size(); i++) {
                Expr v = i < src.values().size() ? src.values().get(i) : null;
                out.add(new ConstDeclInfo(s.names().get(i), src.type(), v, s.iota(), inherited, src.values().size()));
            }
        }
        return out;
    }
}
