package gcscope.compiler.types;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Printer;
import gcscope.compiler.ast.TypeExpr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Composite literals. For an elided element type that is a pointer ({@code []*T{{...}}}) the literal's
 * recorded type is {@code *T}: CODEGEN allocates and takes the address, as for {@code &T{...}}.
 */
final class Literal {
    private final Checker c;

    Literal(Checker c) {
        this.c = c;
    }

    Operand composite(Expr.CompositeLit cl, Scope scope, Type hint) {
        Type t;
        boolean pointer = false;
        if (cl.type() == null) {
            if (hint == null) {
                c.error(cl, "invalid composite literal type: missing type");
                checkElementsLoosely(cl, scope);
                return Operand.invalid(cl);
            }
            t = hint;
            if (t.underlying() instanceof Type.Pointer p) {
                pointer = true;
                t = p.elem();
            }
        } else if (cl.type() instanceof TypeExpr.Array a && a.len() == null) {
            Type elem = c.typeOf(a.elem(), scope);
            long n = elements(cl, scope, elem, -1);
            Type at = new Type.Array(n, elem);
            c.info.typeExprs.put(cl.type(), at);
            return new Operand(Operand.Mode.VALUE, at, cl);
        } else t = c.typeOf(cl.type(), scope);
        if (Types.isInvalid(t)) {
            checkElementsLoosely(cl, scope);
            return Operand.invalid(cl);
        }
        Type u = t.underlying();
        if (u instanceof Type.Struct st) struct(cl, scope, t, st);
        else if (u instanceof Type.Array a) elements(cl, scope, a.elem(), a.length());
        else if (u instanceof Type.Slice s) elements(cl, scope, s.elem(), -1);
        else if (u instanceof Type.MapType m) map(cl, scope, m);
        else {
            c.error(cl, "invalid composite literal type " + t);
            checkElementsLoosely(cl, scope);
            return Operand.invalid(cl);
        }
        return new Operand(Operand.Mode.VALUE, pointer ? new Type.Pointer(t) : t, cl);
    }

    private void checkElementsLoosely(Expr.CompositeLit cl, Scope scope) {
        for (Expr.Element e : cl.elements()) {
            if (!(e.value() instanceof Expr.CompositeLit)) c.exprs.raw(e.value(), scope, null);
        }
    }

    private void struct(Expr.CompositeLit cl, Scope scope, Type t, Type.Struct st) {
        if (cl.elements().isEmpty()) return;
        boolean keyed = cl.elements().get(0).key() != null;
        if (keyed) {
            Set<String> seen = new HashSet<>();
            for (Expr.Element e : cl.elements()) {
                if (e.key() == null) {
                    c.error(e.value(), "mixture of field:value and value elements in struct literal");
                    c.exprs.raw(e.value(), scope, null);
                    continue;
                }
                if (!(e.key() instanceof Expr.Ident id)) {
                    c.error(e.key(), "invalid field name " + Printer.expr(e.key()) + " in struct literal");
                    c.exprs.raw(e.value(), scope, null);
                    continue;
                }
                int i = st.indexOf(id.name());
                if (i < 0) {
                    c.error(id, "unknown field " + id.name() + " in struct literal of type " + t);
                    c.exprs.raw(e.value(), scope, null);
                    continue;
                }
                if (!seen.add(id.name())) c.error(id, "duplicate field name " + id.name() + " in struct literal");
                Type ft = st.fields().get(i).type();
                Operand x = c.exprs.value(e.value(), scope, ft);
                c.assign.assignTo(x, ft, "struct literal");
            }
            return;
        }
        int i = 0;
        for (Expr.Element e : cl.elements()) {
            if (e.key() != null) {
                c.error(e.key(), "mixture of field:value and value elements in struct literal");
                i++;
                continue;
            }
            if (i >= st.fields().size()) {
                c.error(e.value(), "too many values in struct literal of type " + t);
                break;
            }
            Type ft = st.fields().get(i).type();
            Operand x = c.exprs.value(e.value(), scope, ft);
            c.assign.assignTo(x, ft, "struct literal");
            i++;
        }
        if (i < st.fields().size() && i == cl.elements().size()) c.error(cl.rbrace(), "too few values in struct literal of type " + t);
    }

    /** Array/slice elements; returns the length (max index + 1). */
    private long elements(Expr.CompositeLit cl, Scope scope, Type elem, long length) {
        long idx = 0, max = 0;
        Set<Long> seen = new HashSet<>();
        for (Expr.Element e : cl.elements()) {
            if (e.key() != null) {
                long k = c.exprs.sel.checkIndex(e.key(), scope, length, "index");
                if (k >= 0) idx = k;
                else if (k == -1) c.error(e.key(), "index " + Printer.expr(e.key()) + " must be integer constant");
            } else if (length >= 0 && idx >= length) {
                c.error(e.value(), "index " + idx + " out of bounds [0:" + length + "]");
            }
            if (!seen.add(idx)) c.error(e.key() != null ? e.key() : e.value(), "duplicate index " + idx + " in array or slice literal");
            Operand x = c.exprs.value(e.value(), scope, elem);
            c.assign.assignTo(x, elem, "array or slice literal");
            idx++;
            max = Math.max(max, idx);
        }
        return max;
    }

    private void map(Expr.CompositeLit cl, Scope scope, Type.MapType m) {
        Map<Constant, Boolean> seen = new HashMap<>();
        for (Expr.Element e : cl.elements()) {
            if (e.key() == null) {
                c.error(e.value(), "missing key in map literal");
                c.exprs.raw(e.value(), scope, null);
                continue;
            }
            Operand k = c.exprs.value(e.key(), scope, m.key());
            if (c.assign.assignTo(k, m.key(), "map literal") && k.mode == Operand.Mode.CONSTANT && k.val != null && !Types.isInterface(m.key())) {
                if (seen.put(k.val, Boolean.TRUE) != null) c.error(e.key(), "duplicate key " + Printer.expr(e.key()) + " in map literal");
            }
            Operand v = c.exprs.value(e.value(), scope, m.value());
            c.assign.assignTo(v, m.value(), "map literal");
        }
    }
}
