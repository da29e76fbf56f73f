package gcscope.compiler.types;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Printer;
import gcscope.compiler.lex.TokenKind;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The predeclared functions. Untyped arguments of print/println/assert/panic get their default types. */
final class Builtins {
    private final Checker c;

    Builtins(Checker c) {
        this.c = c;
    }

    private Operand noValue(Expr.Call call) {
        return new Operand(Operand.Mode.NOVALUE, new Type.Tuple(List.of()), call);
    }

    private boolean arity(Expr.Call call, Builtin b, int min, int max) {
        int n = call.args().size();
        if (n < min) {
            c.error(call.rparen(), "not enough arguments for " + b.goName() + "(" + argsText(call) + ") (expected " + min + ", found " + n + ")");
            return false;
        }
        if (max >= 0 && n > max) {
            c.error(call.args().get(max), "too many arguments for " + b.goName() + "(" + argsText(call) + ") (expected " + max + ", found " + n + ")");
            return false;
        }
        return true;
    }

    private static String argsText(Expr.Call call) {
        List<String> s = new ArrayList<>();
        for (Expr a : call.args()) s.add(Printer.expr(a));
        return String.join(", ", s);
    }

    Operand call(Expr.Call call, Builtin b, Scope scope) {
        if (call.ellipsis() && b != Builtin.APPEND) {
            c.error(call, "invalid operation: invalid use of ... with built-in " + b.goName());
            for (Expr a : call.args()) c.exprs.raw(a, scope, null);
            return Operand.invalid(call);
        }
        if ((b == Builtin.APPEND || b == Builtin.COPY) && call.args().size() == 1 && !call.ellipsis()
                && call.args().get(0) instanceof Expr.Call) {
            Operand x = c.exprs.raw(call.args().get(0), scope, null);
            if (x.invalid()) return Operand.invalid(call);
            if (x.type instanceof Type.Tuple tt && tt.types().size() > 1) return spread(call, b, tt);
            if (b == Builtin.COPY) {
                arity(call, b, 2, 2);
                return Operand.invalid(call);
            }
            return appendOne(call, x);
        }
        switch (b) {
            case LEN, CAP: {
                if (!arity(call, b, 1, 1)) return Operand.invalid(call);
                Operand x = c.exprs.value(call.args().get(0), scope, null);
                if (x.invalid()) return Operand.invalid(call);
                Type u = x.type.underlying();
                if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) u = p.elem().underlying();
                boolean ok = u instanceof Type.Array || u instanceof Type.Slice || u instanceof Type.Chan
                        || (b == Builtin.LEN && (Types.isString(x.type) || u instanceof Type.MapType));
                if (!ok) {
                    c.error(call.args().get(0), "invalid argument: " + x.describe() + " for built-in " + b.goName());
                    return Operand.invalid(call);
                }
                if (x.mode == Operand.Mode.CONSTANT && x.val instanceof Constant.Str s) {
                    if (Types.isUntyped(x.type)) c.exprs.convertUntyped(x, Universe.STRING);
                    return Operand.constant(Universe.INT, new Constant.Int(BigInteger.valueOf(s.bytes().length)), call);
                }
                if (u instanceof Type.Array a && !hasCallOrRecv(call.args().get(0)))
                    return Operand.constant(Universe.INT, new Constant.Int(BigInteger.valueOf(a.length())), call);
                return new Operand(Operand.Mode.VALUE, Universe.INT, call);
            }
            case NEW: {
                if (!arity(call, b, 1, 1)) return Operand.invalid(call);
                Operand t = c.exprs.raw(call.args().get(0), scope, null);
                if (t.invalid()) return Operand.invalid(call);
                if (t.mode != Operand.Mode.TYPE) {
                    c.error(call.args().get(0), Printer.expr(call.args().get(0)) + " is not a type");
                    return Operand.invalid(call);
                }
                return new Operand(Operand.Mode.VALUE, new Type.Pointer(t.type), call);
            }
            case MAKE: return make(call, scope);
            case APPEND: return append(call, scope);
            case COPY: {
                if (!arity(call, b, 2, 2)) return Operand.invalid(call);
                Operand d = c.exprs.value(call.args().get(0), scope, null), s = c.exprs.value(call.args().get(1), scope, null);
                if (d.invalid() || s.invalid()) return Operand.invalid(call);
                if (Types.isUntyped(s.type)) c.exprs.convertUntyped(s, Universe.STRING);
                boolean ok = d.type.underlying() instanceof Type.Slice ds && (s.type.underlying() instanceof Type.Slice ss && Types.identical(ds.elem(), ss.elem())
                        || Types.isString(s.type) && Types.isBasic(ds.elem(), BasicKind.UINT8));
                if (!ok) {
                    c.error(call, "invalid argument: copy expects slice arguments; found " + d.describe() + " and " + s.describe());
                    return Operand.invalid(call);
                }
                return new Operand(Operand.Mode.VALUE, Universe.INT, call);
            }
            case DELETE: {
                if (!arity(call, b, 2, 2)) return Operand.invalid(call);
                Operand m = c.exprs.value(call.args().get(0), scope, null);
                if (m.invalid()) return Operand.invalid(call);
                if (!(m.type.underlying() instanceof Type.MapType mt)) {
                    c.error(call.args().get(0), "invalid argument: " + m.describe() + " is not a map");
                    c.exprs.raw(call.args().get(1), scope, null);
                    return Operand.invalid(call);
                }
                Operand k = c.exprs.value(call.args().get(1), scope, mt.key());
                c.assign.assignTo(k, mt.key(), "argument to delete");
                return noValue(call);
            }
            case PANIC: {
                if (!arity(call, b, 1, 1)) return Operand.invalid(call);
                Operand x = c.exprs.value(call.args().get(0), scope, null);
                c.assign.assignTo(x, Universe.EMPTY_INTERFACE, "argument to panic");
                return noValue(call);
            }
            case RECOVER:
                if (!arity(call, b, 0, 0)) return Operand.invalid(call);
                return new Operand(Operand.Mode.VALUE, Universe.EMPTY_INTERFACE, call);
            case PRINT, PRINTLN: {
                boolean single = call.args().size() == 1;
                for (Expr a : call.args()) {
                    Operand x = single ? c.exprs.raw(a, scope, null) : c.exprs.value(a, scope, null);
                    if (single && x.type instanceof Type.Tuple tt && x.mode != Operand.Mode.INVALID) {
                        if (tt.types().isEmpty()) c.error(a, Printer.expr(a) + " (no value) used as value");
                        return noValue(call);
                    }
                    if (!x.invalid()) c.exprs.defaultConvert(x);
                    if (x.isNil()) c.error(a, "use of untyped nil in argument to built-in " + b.goName());
                }
                return noValue(call);
            }
            case ASSERT: {
                if (!arity(call, b, 1, -1)) return Operand.invalid(call);
                Operand cond = c.exprs.value(call.args().get(0), scope, null);
                if (!cond.invalid()) {
                    if (!Types.isBoolean(cond.type)) c.error(call.args().get(0), "non-boolean condition in assert: " + cond.describe());
                    else c.exprs.defaultConvert(cond);
                }
                for (int i = 1; i < call.args().size(); i++) {
                    Operand x = c.exprs.value(call.args().get(i), scope, null);
                    if (!x.invalid()) c.exprs.defaultConvert(x);
                }
                return noValue(call);
            }
            case CLOSE: {
                if (!arity(call, b, 1, 1)) return Operand.invalid(call);
                Operand x = c.exprs.value(call.args().get(0), scope, null);
                if (x.invalid()) return Operand.invalid(call);
                if (!(x.type.underlying() instanceof Type.Chan ch)) {
                    c.error(call.args().get(0), "invalid operation: non-chan argument " + x.describe() + " to close");
                    return Operand.invalid(call);
                }
                if (ch.dir() == Type.ChanDir.RECV) {
                    c.error(call.args().get(0), "invalid operation: cannot close receive-only channel " + x.describe());
                    return Operand.invalid(call);
                }
                return noValue(call);
            }
            case CLEAR: {
                if (!arity(call, b, 1, 1)) return Operand.invalid(call);
                Operand x = c.exprs.value(call.args().get(0), scope, null);
                if (x.invalid()) return Operand.invalid(call);
                if (!(x.type.underlying() instanceof Type.MapType || x.type.underlying() instanceof Type.Slice)) {
                    c.error(call.args().get(0), "invalid argument: " + x.describe() + " cannot be cleared (not a map or slice)");
                    return Operand.invalid(call);
                }
                return noValue(call);
            }
            case MIN, MAX: return minMax(call, b, scope);
            default:
                c.error(call, "complex numbers are not supported (" + b.goName() + ")");
                for (Expr a : call.args()) c.exprs.raw(a, scope, null);
                return Operand.invalid(call);
        }
    }

    static boolean hasCallOrRecv(Expr e) {
        if (e instanceof Expr.Call cl) return true;
        if (e instanceof Expr.Unary u) return u.op() == TokenKind.ARROW || hasCallOrRecv(u.x());
        if (e instanceof Expr.Paren p) return hasCallOrRecv(p.x());
        if (e instanceof Expr.Selector s) return hasCallOrRecv(s.x());
        if (e instanceof Expr.Index i) return hasCallOrRecv(i.x()) || hasCallOrRecv(i.index());
        if (e instanceof Expr.Star s) return hasCallOrRecv(s.x());
        if (e instanceof Expr.Binary b) return hasCallOrRecv(b.x()) || hasCallOrRecv(b.y());
        if (e instanceof Expr.CompositeLit cl) {
            for (Expr.Element el : cl.elements()) {
                if (el.key() != null && hasCallOrRecv(el.key()) || hasCallOrRecv(el.value())) return true;
            }
        }
        return false;
    }

    private Operand make(Expr.Call call, Scope scope) {
        if (call.args().isEmpty()) {
            c.error(call.rparen(), "not enough arguments for make() (expected 1, found 0)");
            return Operand.invalid(call);
        }
        Operand t = c.exprs.raw(call.args().get(0), scope, null);
        if (t.invalid()) return Operand.invalid(call);
        if (t.mode != Operand.Mode.TYPE) {
            c.error(call.args().get(0), Printer.expr(call.args().get(0)) + " is not a type");
            return Operand.invalid(call);
        }
        Type u = t.type.underlying();
        int min, max;
        if (u instanceof Type.Slice) { min = 2; max = 3; }
        else if (u instanceof Type.MapType || u instanceof Type.Chan) { min = 1; max = 2; }
        else {
            c.error(call.args().get(0), "invalid argument: cannot make " + Printer.expr(call.args().get(0)) + "; type must be slice, map, or channel");
            return Operand.invalid(call);
        }
        int n = call.args().size();
        if (n < min || n > max) {
            c.error(call, "invalid operation: " + Printer.expr(call) + " expects " + min + " or " + max + " arguments; found " + n);
            return Operand.invalid(call);
        }
        long[] sizes = new long[n];
        for (int i = 1; i < n; i++) sizes[i] = c.exprs.sel.checkIndex(call.args().get(i), scope, -1, "index");
        if (n == 3 && sizes[1] >= 0 && sizes[2] >= 0 && sizes[1] > sizes[2]) {
            c.error(call.args().get(1), "invalid argument: length and capacity swapped");
            return Operand.invalid(call);
        }
        return new Operand(Operand.Mode.VALUE, t.type, call);
    }

    /** {@code append(f())} / {@code copy(f())} with a multi-value f: the results are the arguments. */
    private Operand spread(Expr.Call call, Builtin b, Type.Tuple tt) {
        List<Operand> xs = new ArrayList<>();
        for (Type t : tt.types()) {
            Operand o = new Operand(Operand.Mode.VALUE, t, null);
            o.origin = call.args().get(0);
            xs.add(o);
        }
        Operand s = xs.get(0);
        if (b == Builtin.COPY) {
            if (xs.size() != 2) {
                c.error(call.args().get(0), "too many arguments for copy(" + argsText(call) + ") (expected 2, found " + xs.size() + ")");
                return Operand.invalid(call);
            }
            Operand src = xs.get(1);
            boolean ok = s.type.underlying() instanceof Type.Slice ds && (src.type.underlying() instanceof Type.Slice ss && Types.identical(ds.elem(), ss.elem())
                    || Types.isString(src.type) && Types.isBasic(ds.elem(), BasicKind.UINT8));
            if (!ok) {
                c.error(call, "invalid argument: copy expects slice arguments; found " + s.describe() + " and " + src.describe());
                return Operand.invalid(call);
            }
            return new Operand(Operand.Mode.VALUE, Universe.INT, call);
        }
        if (!(s.type.underlying() instanceof Type.Slice sl)) {
            c.error(call.args().get(0), "invalid argument: " + s.describe() + " is not a slice");
            return Operand.invalid(call);
        }
        for (int i = 1; i < xs.size(); i++) c.assign.assignTo(xs.get(i), sl.elem(), "argument to append");
        return new Operand(Operand.Mode.VALUE, s.type, call);
    }

    /** {@code append(s)} where s is a call (already checked). */
    private Operand appendOne(Expr.Call call, Operand s) {
        if (s.type instanceof Type.Tuple tt && tt.types().isEmpty()) {
            c.error(call.args().get(0), Printer.expr(call.args().get(0)) + " (no value) used as value");
            return Operand.invalid(call);
        }
        if (!(s.type.underlying() instanceof Type.Slice)) {
            c.error(call.args().get(0), "invalid argument: " + s.describe() + " is not a slice");
            return Operand.invalid(call);
        }
        return new Operand(Operand.Mode.VALUE, s.type, call);
    }

    private Operand append(Expr.Call call, Scope scope) {
        if (call.args().isEmpty()) {
            c.error(call.rparen(), "not enough arguments for append() (expected 1, found 0)");
            return Operand.invalid(call);
        }
        Operand s = c.exprs.value(call.args().get(0), scope, null);
        if (s.invalid()) {
            for (int i = 1; i < call.args().size(); i++) c.exprs.raw(call.args().get(i), scope, null);
            return Operand.invalid(call);
        }
        if (s.isNil()) {
            c.error(call.args().get(0), "first argument to append must be a typed slice; have untyped nil");
            return Operand.invalid(call);
        }
        if (!(s.type.underlying() instanceof Type.Slice sl)) {
            c.error(call.args().get(0), "invalid argument: " + s.describe() + " is not a slice");
            for (int i = 1; i < call.args().size(); i++) c.exprs.raw(call.args().get(i), scope, null);
            return Operand.invalid(call);
        }
        if (call.ellipsis()) {
            if (call.args().size() != 2) {
                c.error(call, "can only use ... with final argument in list");
                return Operand.invalid(call);
            }
            Operand x = c.exprs.value(call.args().get(1), scope, null);
            if (x.invalid()) return Operand.invalid(call);
            if (Types.isBasic(sl.elem(), BasicKind.UINT8) && Types.isString(x.type)) {
                if (Types.isUntyped(x.type)) c.exprs.convertUntyped(x, Universe.STRING);
                return new Operand(Operand.Mode.VALUE, s.type, call);
            }
            c.assign.assignTo(x, new Type.Slice(sl.elem()), "argument to append");
            return new Operand(Operand.Mode.VALUE, s.type, call);
        }
        for (int i = 1; i < call.args().size(); i++) {
            Operand x = c.exprs.value(call.args().get(i), scope, sl.elem());
            c.assign.assignTo(x, sl.elem(), "argument to append");
        }
        return new Operand(Operand.Mode.VALUE, s.type, call);
    }

    private Operand minMax(Expr.Call call, Builtin b, Scope scope) {
        if (!arity(call, b, 1, -1)) return Operand.invalid(call);
        List<Operand> xs = new ArrayList<>();
        for (Expr a : call.args()) {
            Operand x = c.exprs.value(a, scope, null);
            if (x.invalid()) return Operand.invalid(call);
            BasicKind k = Types.basicKind(x.type);
            if (k == null || !k.isOrdered()) {
                c.error(a, "invalid argument: " + x.describe() + " cannot be ordered");
                return Operand.invalid(call);
            }
            xs.add(x);
        }
        Type typed = null;
        for (Operand x : xs) if (!Types.isUntyped(x.type)) typed = x.type;
        if (typed == null) {
            BasicKind best = Types.basicKind(xs.get(0).type);
            for (Operand x : xs) {
                BasicKind k = Types.basicKind(x.type);
                if (k.isNumeric() != best.isNumeric()) {
                    c.error(call, "invalid argument: mismatched types in " + b.goName() + "()");
                    return Operand.invalid(call);
                }
                if (ExprChecker.rank(k) > ExprChecker.rank(best)) best = k;
            }
            Constant v = xs.get(0).val;
            Type t = new Type.Basic(best);
            for (Operand x : xs) {
                int cmp = ConstOps.compare(x.val, v);
                if (b == Builtin.MIN ? cmp < 0 : cmp > 0) v = x.val;
            }
            for (Operand x : xs) c.exprs.convertUntyped(x, t);
            return Operand.constant(t, v, call);
        }
        for (Operand x : xs) {
            if (Types.isUntyped(x.type)) {
                if (!c.assign.assignTo(x, typed, "argument to " + b.goName())) return Operand.invalid(call);
            } else if (!Types.identical(x.type, typed)) {
                c.error(x.expr, "invalid argument: mismatched types " + xs.get(0).type + " (previous argument) and " + x.type + " (type of " + Printer.expr(x.expr) + ")");
                return Operand.invalid(call);
            }
        }
        boolean allConst = xs.stream().allMatch(x -> x.mode == Operand.Mode.CONSTANT);
        if (allConst) {
            Constant v = xs.get(0).val;
            for (Operand x : xs) {
                int cmp = ConstOps.compare(x.val, v);
                if (b == Builtin.MIN ? cmp < 0 : cmp > 0) v = x.val;
            }
            return Operand.constant(typed, v, call);
        }
        return new Operand(Operand.Mode.VALUE, typed, call);
    }
}
