package gcscope.compiler.types;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Printer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Selectors ({@code x.f}, {@code fmt.Println}, {@code Shape.Rect}), index and slice expressions, type assertions. */
final class Selectors {
    private final Checker c;

    Selectors(Checker c) {
        this.c = c;
    }

    static final List<String> FMT_FUNCS = List.of("Errorf", "Print", "Printf", "Println", "Sprint", "Sprintf", "Sprintln");

    static Type.Signature fmtSignature(String name) {
        Type.Param any = new Type.Param("a", new Type.Slice(Universe.EMPTY_INTERFACE));
        Type.Param format = new Type.Param("format", Universe.STRING);
        List<Type.Param> nerr = List.of(new Type.Param("n", Universe.INT), new Type.Param("err", Universe.ERROR));
        return switch (name) {
            case "Print", "Println" -> new Type.Signature(List.of(any), nerr, true);
            case "Printf" -> new Type.Signature(List.of(format, any), nerr, true);
            case "Sprint", "Sprintln" -> new Type.Signature(List.of(any), List.of(new Type.Param("", Universe.STRING)), true);
            case "Sprintf" -> new Type.Signature(List.of(format, any), List.of(new Type.Param("", Universe.STRING)), true);
            case "Errorf" -> new Type.Signature(List.of(format, any), List.of(new Type.Param("", Universe.ERROR)), true);
            default -> null;
        };
    }

    private void select(Expr.Selector s, Selection.Kind kind, Type recv, List<Integer> path, boolean indirect, FuncSymbol m,
                        int mi, boolean addr, boolean deref, EnumType.Variant v, Type type) {
        c.info.selections.put(s, new Selection(kind, recv, s.sel().name(), path, indirect, m, mi, addr, deref, v, type));
    }

    Operand selector(Expr.Selector s, Scope scope) {
        String name = s.sel().name();
        if (s.x() instanceof Expr.Ident pid && scope.lookup(pid.name()) instanceof PackageSymbol ps) {
            ps.used = true;
            c.info.uses.put(pid, ps);
            if (name.equals("Stringer")) {
                Type t = c.types.resolve(new gcscope.compiler.ast.TypeExpr.Qualified(pid.pos(), pid, s.sel()), scope);
                return new Operand(Operand.Mode.TYPE, t, s);
            }
            Type.Signature sig = fmtSignature(name);
            if (sig == null) {
                c.error(s.sel(), "undefined: " + pid.name() + "." + name);
                return Operand.invalid(s);
            }
            select(s, Selection.Kind.PACKAGE_MEMBER, null, List.of(), false, null, -1, false, false, null, sig);
            return new Operand(Operand.Mode.VALUE, sig, s);
        }
        Operand x = c.exprs.raw(s.x(), scope, null);
        if (x.invalid()) return Operand.invalid(s);
        if (x.mode == Operand.Mode.TYPE) return typeSelector(s, x.type);
        if (x.mode == Operand.Mode.NOVALUE || x.mode == Operand.Mode.BUILTIN || x.mode == Operand.Mode.PACKAGE || x.type instanceof Type.Tuple) {
            x = c.exprs.value(s.x(), scope, null);
            if (x.invalid()) return Operand.invalid(s);
        }
        if (x.isNil()) {
            c.error(s, "invalid operation: " + Printer.expr(s) + " (nil has no field or method " + name + ")");
            return Operand.invalid(s);
        }
        Lookup.Result r = Lookup.lookup(x.type, name);
        if (r == null) {
            String why = "type " + x.type + " has no field or method " + name;
            if (x.type.underlying() instanceof Type.Pointer p && Types.isInterface(p.elem()))
                why = "type " + x.type + " is pointer to interface, not interface";
            else {
                String alt = capitalVariant(x.type, name);
                if (alt != null) why += ", but does have " + alt;
            }
            c.error(s.sel(), Printer.expr(s) + " undefined (" + why + ")");
            return Operand.invalid(s);
        }
        if (r.kind() == Lookup.Kind.AMBIGUOUS) {
            c.error(s.sel(), "ambiguous selector " + Printer.expr(s));
            return Operand.invalid(s);
        }
        boolean ptr = x.type.underlying() instanceof Type.Pointer;
        if (r.kind() == Lookup.Kind.FIELD) {
            boolean variable = x.mode == Operand.Mode.VARIABLE || r.indirect();
            select(s, Selection.Kind.FIELD, x.type, r.path(), r.indirect(), null, -1, false, false, null, r.type());
            return new Operand(variable ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, r.type(), s);
        }
        if (r.method() == null) {
            select(s, Selection.Kind.INTERFACE_METHOD, x.type, r.path(), r.indirect(), null, r.ifaceIndex(), false, false, null, r.type());
            return new Operand(Operand.Mode.VALUE, r.type(), s);
        }
        FuncSymbol m = r.method();
        c.recordDep(m);
        boolean recvIsPtr = r.path().isEmpty() ? ptr : endIsPointer(x.type, r.path());
        boolean addr = false, deref = false;
        if (m.pointerReceiver() && !recvIsPtr) {
            if (x.mode != Operand.Mode.VARIABLE && !r.indirect()) {
                c.error(s.sel(), "cannot call pointer method " + name + " on " + x.type);
                return Operand.invalid(s);
            }
            addr = true;
            if (!r.indirect()) c.stmts.markAddressTaken(s.x());
        } else if (!m.pointerReceiver() && recvIsPtr) deref = true;
        select(s, Selection.Kind.METHOD_VALUE, x.type, r.path(), r.indirect(), m, -1, addr, deref, null, m.signature());
        return new Operand(Operand.Mode.VALUE, m.signature(), s);
    }

    private static String capitalVariant(Type t, String name) {
        String alt = Character.isUpperCase(name.charAt(0)) ? Character.toLowerCase(name.charAt(0)) + name.substring(1)
                : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Lookup.Result r = Lookup.lookup(t, alt);
        if (r == null || r.kind() == Lookup.Kind.AMBIGUOUS) return null;
        return (r.kind() == Lookup.Kind.FIELD ? "field " : "method ") + alt;
    }

    /** Whether the value reached after walking the embedded path is a pointer. */
    private static boolean endIsPointer(Type t, List<Integer> path) {
        Type cur = t;
        for (int idx : path) {
            Type u = cur.underlying();
            if (u instanceof Type.Pointer p) u = p.elem().underlying();
            if (!(u instanceof Type.Struct st) || idx >= st.fields().size()) return false;
            cur = st.fields().get(idx).type();
        }
        return cur.underlying() instanceof Type.Pointer;
    }

    private Operand typeSelector(Expr.Selector s, Type t) {
        String name = s.sel().name();
        if (t.underlying() instanceof EnumType et && !(t.underlying() instanceof Type.Pointer)) {
            EnumType.Variant v = et.variant(name);
            if (v != null) {
                if (!v.hasPayload()) {
                    select(s, Selection.Kind.ENUM_VARIANT, t, List.of(), false, null, -1, false, false, v, t);
                    return new Operand(Operand.Mode.VALUE, t, s);
                }
                List<Type.Param> ps = new ArrayList<>();
                for (Type.Field f : v.fields()) ps.add(new Type.Param(f.name(), f.type()));
                Type.Signature sig = new Type.Signature(List.copyOf(ps), List.of(new Type.Param("", t)), false);
                select(s, Selection.Kind.ENUM_VARIANT, t, List.of(), false, null, -1, false, false, v, sig);
                return new Operand(Operand.Mode.VALUE, sig, s);
            }
        }
        Lookup.Result r = Lookup.lookup(t, name);
        if (r == null || r.kind() != Lookup.Kind.METHOD) {
            c.error(s.sel(), Printer.expr(s) + " undefined (type " + t + " has no method " + name + ")");
            return Operand.invalid(s);
        }
        Type.Signature ms = r.method() != null ? r.method().signature() : r.ifaceMethod().signature();
        if (r.method() != null && r.method().pointerReceiver() && !(t.underlying() instanceof Type.Pointer) && !r.indirect()) {
            c.error(s, "invalid method expression " + Printer.expr(s) + " (needs pointer receiver (*" + t + ")." + name + ")");
            return Operand.invalid(s);
        }
        List<Type.Param> ps = new ArrayList<>();
        ps.add(new Type.Param("", t));
        ps.addAll(ms.params());
        Type.Signature sig = new Type.Signature(List.copyOf(ps), ms.results(), ms.variadic());
        if (r.method() != null) c.recordDep(r.method());
        boolean deref = r.method() != null && !r.method().pointerReceiver() && t.underlying() instanceof Type.Pointer;
        select(s, Selection.Kind.METHOD_EXPR, t, r.path(), r.indirect(), r.method(), r.ifaceIndex(), false, deref, null, sig);
        return new Operand(Operand.Mode.VALUE, sig, s);
    }

    /** Checks an index operand; returns its constant value or -1 (-2 on error). */
    long checkIndex(Expr e, Scope scope, long length, String what) {
        Operand i = c.exprs.value(e, scope, null);
        if (i.invalid()) return -2;
        if (Types.isUntyped(i.type) && i.mode == Operand.Mode.CONSTANT) {
            BigInteger v = ConstOps.toInt(i.val);
            if (v == null && Types.isNumeric(i.type)) {
                c.error(e, i.describe() + " truncated to int");
                return -2;
            }
            if (v == null || !Types.isNumeric(i.type)) {
                c.error(e, "invalid argument: " + what + " " + i.describe() + " must be integer");
                return -2;
            }
            c.exprs.convertUntyped(i, Universe.INT);
        }
        if (!Types.isInteger(i.type)) {
            c.error(e, "invalid argument: " + what + " " + i.describe() + " must be integer");
            return -2;
        }
        if (Types.isUntyped(i.type)) c.exprs.convertUntyped(i, Universe.INT);
        if (i.mode == Operand.Mode.CONSTANT) {
            BigInteger v = ConstOps.toInt(i.val);
            if (v.signum() < 0) {
                c.error(e, "invalid argument: " + what + " " + i.describe() + " must not be negative");
                return -2;
            }
            if (length >= 0 && v.compareTo(BigInteger.valueOf(length)) >= 0) {
                c.error(e, "invalid argument: " + what + " " + Printer.expr(e) + " out of bounds [0:" + length + "]");
                return -2;
            }
            return v.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        }
        return -1;
    }

    Operand index(Expr.Index ix, Scope scope) {
        Operand x = c.exprs.value(ix.x(), scope, null);
        if (x.invalid()) {
            c.exprs.raw(ix.index(), scope, null);
            return Operand.invalid(ix);
        }
        Type u = x.type.underlying();
        if (Types.isString(x.type)) {
            long len = x.mode == Operand.Mode.CONSTANT ? ((Constant.Str) x.val).bytes().length : -1;
            if (Types.isUntyped(x.type)) c.exprs.convertUntyped(x, Universe.STRING);
            checkIndex(ix.index(), scope, len, "index");
            return new Operand(Operand.Mode.VALUE, Universe.UINT8, ix);
        }
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            checkIndex(ix.index(), scope, a.length(), "index");
            return new Operand(Operand.Mode.VARIABLE, a.elem(), ix);
        }
        if (u instanceof Type.Array a) {
            checkIndex(ix.index(), scope, a.length(), "index");
            return new Operand(x.mode == Operand.Mode.VARIABLE ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, a.elem(), ix);
        }
        if (u instanceof Type.Slice sl) {
            checkIndex(ix.index(), scope, -1, "index");
            return new Operand(Operand.Mode.VARIABLE, sl.elem(), ix);
        }
        if (u instanceof Type.MapType m) {
            Operand k = c.exprs.value(ix.index(), scope, m.key());
            c.assign.assignTo(k, m.key(), "map index");
            return new Operand(Operand.Mode.MAPINDEX, m.value(), ix);
        }
        c.exprs.raw(ix.index(), scope, null);
        c.error(ix, "invalid operation: cannot index " + x.describe());
        return Operand.invalid(ix);
    }

    Operand slice(Expr.Slice s, Scope scope) {
        Operand x = c.exprs.value(s.x(), scope, null);
        if (x.invalid()) return Operand.invalid(s);
        Type u = x.type.underlying();
        Type result;
        long len = -1;
        if (Types.isString(x.type)) {
            if (s.threeIndex()) {
                c.error(s, "invalid operation: 3-index slice of string");
                return Operand.invalid(s);
            }
            if (x.mode == Operand.Mode.CONSTANT) len = ((Constant.Str) x.val).bytes().length;
            if (Types.isUntyped(x.type)) c.exprs.convertUntyped(x, Universe.STRING);
            result = x.type;
        } else if (u instanceof Type.Array a) {
            if (x.mode != Operand.Mode.VARIABLE) {
                c.error(s, "invalid operation: " + Printer.expr(s.x()) + " (slice of unaddressable value)");
                return Operand.invalid(s);
            }
            c.stmts.markAddressTaken(s.x());
            len = a.length();
            result = new Type.Slice(a.elem());
        } else if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            len = a.length();
            result = new Type.Slice(a.elem());
        } else if (u instanceof Type.Slice) {
            result = x.type;
        } else {
            c.error(s, "cannot slice " + x.describe());
            return Operand.invalid(s);
        }
        long cap = len >= 0 ? len + 1 : -1;
        long lo = s.lo() == null ? 0 : c.exprs.sel.checkIndex(s.lo(), scope, cap, "index");
        long hi = s.hi() == null ? -1 : c.exprs.sel.checkIndex(s.hi(), scope, cap, "index");
        long mx = s.max() == null ? -1 : c.exprs.sel.checkIndex(s.max(), scope, cap, "index");
        if (lo >= 0 && hi >= 0 && lo > hi) c.error(s, "invalid slice indices: " + hi + " < " + lo);
        else if (hi >= 0 && mx >= 0 && hi > mx) c.error(s, "invalid slice indices: " + mx + " < " + hi);
        return new Operand(Operand.Mode.VALUE, result, s);
    }

    Operand typeAssert(Expr.TypeAssert t, Scope scope) {
        Operand x = c.exprs.value(t.x(), scope, null);
        if (t.type() == null) {
            c.error(t, "invalid syntax tree: use of .(type) outside type switch");
            return Operand.invalid(t);
        }
        Type target = c.typeOf(t.type(), scope);
        if (x.invalid() || Types.isInvalid(target)) return Operand.invalid(t);
        if (!(x.type.underlying() instanceof InterfaceType it)) {
            c.error(t.x(), "invalid operation: " + x.describe() + " is not an interface");
            return Operand.invalid(t);
        }
        if (!(target.underlying() instanceof InterfaceType)) {
            Types.MissingMethod m = Types.missingMethod(target, it);
            if (m != null) {
                String reason = m.pointerOnly() ? "method " + m.name() + " has pointer receiver"
                        : m.have() != null ? "wrong type for method " + m.name() : "missing method " + m.name();
                c.error(t.type(), "impossible type assertion: " + Printer.expr(t) + ": " + target + " does not implement " + x.type + " (" + reason + ")");
                return Operand.invalid(t);
            }
        }
        return new Operand(Operand.Mode.COMMAOK, target, t);
    }
}
