package gcscope.compiler.ast;

import java.util.List;

/** Go-style compact rendering of expressions and type expressions, as Go's diagnostics quote them. */
public final class Printer {
    private Printer() {}

    public static String expr(Expr e) {
        StringBuilder sb = new StringBuilder();
        expr(e, sb, 0);
        return sb.toString();
    }

    public static String type(TypeExpr t) {
        StringBuilder sb = new StringBuilder();
        type(t, sb, 0);
        return sb.toString();
    }

    private static void expr(Expr e, StringBuilder sb, int depth) {
        if (depth > 50) {
            sb.append('…');
            return;
        }
        int d = depth + 1;
        if (e instanceof Expr.Ident id) sb.append(id.name());
        else if (e instanceof Expr.BasicLit l) sb.append(l.raw());
        else if (e instanceof Expr.CompositeLit c) {
            if (c.type() != null) type(c.type(), sb, d);
            sb.append(c.elements().isEmpty() ? "{}" : "{…}");
        } else if (e instanceof Expr.FuncLit f) {
            sb.append('(');
            type(f.type(), sb, d);
            sb.append(" literal)");
        } else if (e instanceof Expr.TypeOperand t) type(t.type(), sb, d);
        else if (e instanceof Expr.Paren p) {
            sb.append('(');
            expr(p.x(), sb, d);
            sb.append(')');
        } else if (e instanceof Expr.Selector s) {
            expr(s.x(), sb, d);
            sb.append('.').append(s.sel().name());
        } else if (e instanceof Expr.Index i) {
            expr(i.x(), sb, d);
            sb.append('[');
            expr(i.index(), sb, d);
            sb.append(']');
        } else if (e instanceof Expr.Slice s) {
            expr(s.x(), sb, d);
            sb.append('[');
            if (s.lo() != null) expr(s.lo(), sb, d);
            sb.append(':');
            if (s.hi() != null) expr(s.hi(), sb, d);
            if (s.threeIndex()) {
                sb.append(':');
                if (s.max() != null) expr(s.max(), sb, d);
            }
            sb.append(']');
        } else if (e instanceof Expr.TypeAssert t) {
            expr(t.x(), sb, d);
            sb.append(".(");
            if (t.type() == null) sb.append("type");
            else type(t.type(), sb, d);
            sb.append(')');
        } else if (e instanceof Expr.Call c) {
            expr(c.fun(), sb, d);
            sb.append('(');
            list(c.args(), sb, d);
            if (c.ellipsis()) sb.append("...");
            sb.append(')');
        } else if (e instanceof Expr.Star s) {
            sb.append('*');
            expr(s.x(), sb, d);
        } else if (e instanceof Expr.Unary u) {
            sb.append(u.op().text());
            expr(u.x(), sb, d);
        } else if (e instanceof Expr.Binary b) {
            expr(b.x(), sb, d);
            sb.append(' ').append(b.op().text()).append(' ');
            expr(b.y(), sb, d);
        } else sb.append("BadExpr");
    }

    private static void list(List<Expr> es, StringBuilder sb, int d) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) sb.append(", ");
            expr(es.get(i), sb, d);
        }
    }

    private static void type(TypeExpr t, StringBuilder sb, int depth) {
        if (depth > 50) {
            sb.append('…');
            return;
        }
        int d = depth + 1;
        if (t instanceof TypeExpr.Name n) sb.append(n.ident().name());
        else if (t instanceof TypeExpr.Qualified q) sb.append(q.pkg().name()).append('.').append(q.name().name());
        else if (t instanceof TypeExpr.Pointer p) {
            sb.append('*');
            type(p.elem(), sb, d);
        } else if (t instanceof TypeExpr.Array a) {
            sb.append('[');
            if (a.len() == null) sb.append("...");
            else expr(a.len(), sb, d);
            sb.append(']');
            type(a.elem(), sb, d);
        } else if (t instanceof TypeExpr.Slice s) {
            sb.append("[]");
            type(s.elem(), sb, d);
        } else if (t instanceof TypeExpr.Map m) {
            sb.append("map[");
            type(m.key(), sb, d);
            sb.append(']');
            type(m.value(), sb, d);
        } else if (t instanceof TypeExpr.Chan c) {
            sb.append(switch (c.dir()) { case BOTH -> "chan "; case SEND -> "chan<- "; case RECV -> "<-chan "; });
            type(c.elem(), sb, d);
        } else if (t instanceof TypeExpr.Ellipsis e) {
            sb.append("...");
            type(e.elem(), sb, d);
        } else if (t instanceof TypeExpr.Func f) {
            sb.append("func(");
            fields(f.params(), sb, d);
            sb.append(')');
            if (f.results().size() == 1 && f.results().get(0).names().isEmpty()) {
                sb.append(' ');
                type(f.results().get(0).type(), sb, d);
            } else if (!f.results().isEmpty()) {
                sb.append(" (");
                fields(f.results(), sb, d);
                sb.append(')');
            }
        } else if (t instanceof TypeExpr.Struct s) {
            sb.append("struct{");
            for (int i = 0; i < s.fields().size(); i++) {
                if (i > 0) sb.append("; ");
                field(s.fields().get(i), sb, d);
            }
            sb.append('}');
        } else if (t instanceof TypeExpr.Interface i) {
            sb.append(i.methods().isEmpty() && i.embeds().isEmpty() ? "interface{}" : "interface{…}");
        } else if (t instanceof TypeExpr.Enum) sb.append("enum{…}");
        else if (t instanceof TypeExpr.Paren p) {
            sb.append('(');
            type(p.type(), sb, d);
            sb.append(')');
        } else sb.append("BadType");
    }

    private static void fields(List<TypeExpr.Field> fs, StringBuilder sb, int d) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) sb.append(", ");
            field(fs.get(i), sb, d);
        }
    }

    private static void field(TypeExpr.Field f, StringBuilder sb, int d) {
        for (int j = 0; j < f.names().size(); j++) {
            if (j > 0) sb.append(", ");
            sb.append(f.names().get(j).name());
        }
        if (!f.names().isEmpty()) sb.append(' ');
        type(f.type(), sb, d);
    }
}
