package gcscope.compiler.types;

import java.util.List;

/** Predicates over types (Go specification: type identity, assignability, comparability, conversions). */
public final class Types {
    private Types() {}

    public static boolean isBasic(Type t, BasicKind k) {
        return t != null && t.underlying() instanceof Type.Basic b && b.kind() == k;
    }

    public static BasicKind basicKind(Type t) {
        return t != null && t.underlying() instanceof Type.Basic b ? b.kind() : null;
    }

    public static boolean isUntyped(Type t) {
        return t instanceof Type.Basic b && b.kind().isUntyped();
    }

    public static boolean isInterface(Type t) {
        return t != null && t.underlying() instanceof InterfaceType;
    }

    public static boolean isInvalid(Type t) {
        return t == null || (t instanceof Type.Basic b && b.kind() == BasicKind.INVALID);
    }

    public static boolean isInteger(Type t) {
        BasicKind k = basicKind(t);
        return k != null && k.isInteger();
    }

    public static boolean isNumeric(Type t) {
        BasicKind k = basicKind(t);
        return k != null && k.isNumeric();
    }

    public static boolean isFloat(Type t) {
        BasicKind k = basicKind(t);
        return k != null && k.isFloat();
    }

    public static boolean isString(Type t) {
        BasicKind k = basicKind(t);
        return k != null && k.isString();
    }

    public static boolean isBoolean(Type t) {
        BasicKind k = basicKind(t);
        return k != null && k.isBoolean();
    }

    /** The type an untyped constant gets when nothing else decides. */
    public static Type defaultType(Type t) {
        if (t instanceof Type.Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> Universe.BOOL;
                case UNTYPED_INT -> Universe.INT;
                case UNTYPED_RUNE -> Universe.INT32;
                case UNTYPED_FLOAT -> Universe.FLOAT64;
                case UNTYPED_STRING -> Universe.STRING;
                default -> t;
            };
        }
        return t;
    }

    /** Type identity as the Go specification defines it. */
    public static boolean identical(Type a, Type b) {
        return identical(a, b, 0, false);
    }

    /** Identity ignoring struct tags (the rule for conversions). */
    public static boolean identicalIgnoreTags(Type a, Type b) {
        return identical(a, b, 0, true);
    }

    private static boolean identical(Type a, Type b, int depth) {
        return identical(a, b, depth, false);
    }

    private static boolean identical(Type a, Type b, int depth, boolean noTags) {
        if (a == b) return true;
        if (a == null || b == null || depth > 64) return false;
        if (a instanceof Named || b instanceof Named) return false;
        if (a instanceof Type.Basic x && b instanceof Type.Basic y) return x.kind() == y.kind();
        if (a instanceof Type.Pointer x && b instanceof Type.Pointer y) return identical(x.elem(), y.elem(), depth + 1, noTags);
        if (a instanceof Type.Slice x && b instanceof Type.Slice y) return identical(x.elem(), y.elem(), depth + 1, noTags);
        if (a instanceof Type.Array x && b instanceof Type.Array y) return x.length() == y.length() && identical(x.elem(), y.elem(), depth + 1, noTags);
        if (a instanceof Type.MapType x && b instanceof Type.MapType y)
            return identical(x.key(), y.key(), depth + 1, noTags) && identical(x.value(), y.value(), depth + 1, noTags);
        if (a instanceof Type.Chan x && b instanceof Type.Chan y) return x.dir() == y.dir() && identical(x.elem(), y.elem(), depth + 1, noTags);
        if (a instanceof Type.Struct x && b instanceof Type.Struct y) {
            if (x.fields().size() != y.fields().size()) return false;
            for (int i = 0; i < x.fields().size(); i++) {
                Type.Field f = x.fields().get(i), g = y.fields().get(i);
                if (!f.name().equals(g.name()) || f.embedded() != g.embedded() || !identical(f.type(), g.type(), depth + 1, noTags)) return false;
                if (!noTags && (f.tag() == null ? g.tag() != null : !f.tag().equals(g.tag()))) return false;
            }
            return true;
        }
        if (a instanceof Type.Signature x && b instanceof Type.Signature y) {
            return x.variadic() == y.variadic() && identicalList(x.paramTypes(), y.paramTypes(), depth)
                    && identicalList(x.resultTypes(), y.resultTypes(), depth);
        }
        if (a instanceof Type.Tuple x && b instanceof Type.Tuple y) return identicalList(x.types(), y.types(), depth);
        if (a instanceof InterfaceType x && b instanceof InterfaceType y) {
            List<InterfaceType.Method> mx = x.methods(), my = y.methods();
            if (mx.size() != my.size()) return false;
            for (int i = 0; i < mx.size(); i++) {
                if (!mx.get(i).name().equals(my.get(i).name()) || !identical(mx.get(i).signature(), my.get(i).signature(), depth + 1)) return false;
            }
            return true;
        }
        return false;
    }

    private static boolean identicalList(List<Type> a, List<Type> b, int depth) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!identical(a.get(i), b.get(i), depth + 1)) return false;
        return true;
    }

    /** Go's comparability ({@code ==} allowed); slices, maps and funcs are not comparable. */
    public static boolean comparable(Type t) {
        return comparable(t, 0);
    }

    private static boolean comparable(Type t, int depth) {
        if (depth > 64) return true;
        Type u = t.underlying();
        if (u instanceof Type.Basic b) return b.kind() != BasicKind.UNTYPED_NIL && b.kind() != BasicKind.INVALID;
        if (u instanceof Type.Pointer || u instanceof Type.Chan || u instanceof InterfaceType) return true;
        if (u instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) if (!comparable(f.type(), depth + 1)) return false;
            return true;
        }
        if (u instanceof Type.Array a) return comparable(a.elem(), depth + 1);
        if (u instanceof EnumType e) {
            for (EnumType.Variant v : e.variants()) for (Type.Field f : v.fields()) if (!comparable(f.type(), depth + 1)) return false;
            return true;
        }
        return false;
    }

    /** Whether values of the type may be compared with nil. */
    public static boolean hasNil(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Pointer || u instanceof Type.Slice || u instanceof Type.MapType || u instanceof Type.Chan
                || u instanceof Type.Signature || u instanceof InterfaceType || isBasic(u, BasicKind.UNTYPED_NIL);
    }

    /**
     * The first method of interface {@code iface} that type {@code t} lacks (or has with the wrong signature
     * or only on the pointer), or null when t implements it.
     */
    public static MissingMethod missingMethod(Type t, InterfaceType iface) {
        for (InterfaceType.Method m : iface.methods()) {
            if (t.underlying() instanceof InterfaceType ti) {
                InterfaceType.Method have = ti.method(m.name());
                if (have == null) return new MissingMethod(m.name(), false, null, m.signature());
                if (!identical(have.signature(), m.signature())) return new MissingMethod(m.name(), false, have.signature(), m.signature());
                continue;
            }
            Lookup.Result r = Lookup.lookup(t, m.name());
            if (r == null || r.kind() != Lookup.Kind.METHOD) return new MissingMethod(m.name(), false, null, m.signature());
            Type.Signature have = r.method() != null ? r.method().signature() : r.ifaceMethod().signature();
            if (!identical(have, m.signature())) return new MissingMethod(m.name(), false, have, m.signature());
            if (r.method() != null && r.method().pointerReceiver() && !(t.underlying() instanceof Type.Pointer) && !r.indirect())
                return new MissingMethod(m.name(), true, have, m.signature());
        }
        return null;
    }

    /** A method an interface needs that a type does not provide; {@code pointerOnly} when only *T has it. */
    public record MissingMethod(String name, boolean pointerOnly, Type.Signature have, Type.Signature want) {}

    public static boolean implementsIface(Type t, InterfaceType iface) {
        return missingMethod(t, iface) == null;
    }

    /** Assignability of a value of type {@code v} (typed, or untyped nil) to type {@code t}; constants are checked separately. */
    public static boolean assignable(Type v, Type t) {
        if (isInvalid(v) || isInvalid(t)) return true;
        if (identical(v, t)) return true;
        Type vu = v.underlying(), tu = t.underlying();
        if (isBasic(v, BasicKind.UNTYPED_NIL)) return hasNil(t) && !(tu instanceof Type.Basic);
        if (v instanceof Type.Basic vb && vb.kind().isUntyped()) {
            BasicKind tk = basicKind(tu);
            if (tu instanceof InterfaceType it) return it.isEmpty() || implementsIface(defaultType(v), it);
            if (tk == null) return false;
            return switch (vb.kind()) {
                case UNTYPED_BOOL -> tk.isBoolean();
                case UNTYPED_STRING -> tk.isString();
                default -> tk.isNumeric();
            };
        }
        if (identical(vu, tu) && (!(v instanceof Named) || !(t instanceof Named))) return true;
        if (tu instanceof InterfaceType it) return implementsIface(v, it);
        if (vu instanceof Type.Chan vc && tu instanceof Type.Chan tc && vc.dir() == Type.ChanDir.BOTH
                && identical(vc.elem(), tc.elem()) && (!(v instanceof Named) || !(t instanceof Named))) return true;
        return false;
    }

    /** Whether a non-constant value of type {@code v} can be converted to {@code t} with {@code T(x)}. */
    public static boolean convertible(Type v, Type t) {
        if (assignable(v, t)) return true;
        Type vu = v.underlying(), tu = t.underlying();
        if (identicalIgnoreTags(vu, tu)) return true;
        if (vu instanceof Type.Pointer vp && tu instanceof Type.Pointer tp && identicalIgnoreTags(vp.elem().underlying(), tp.elem().underlying()))
            return true;
        BasicKind vk = basicKind(vu), tk = basicKind(tu);
        if (vk != null && tk != null && vk.isNumeric() && tk.isNumeric()) return true;
        if (tk != null && tk.isString()) {
            if (vk != null && vk.isInteger()) return true;
            if (isByteOrRuneSlice(vu)) return true;
        }
        if (vk != null && vk.isString() && isByteOrRuneSlice(tu)) return true;
        if (vu instanceof Type.Slice vs && tu instanceof Type.Array ta && identical(vs.elem(), ta.elem())) return true;
        if (vu instanceof Type.Slice vs && tu instanceof Type.Pointer tp && tp.elem().underlying() instanceof Type.Array ta
                && identical(vs.elem(), ta.elem())) return true;
        return false;
    }

    public static boolean isByteOrRuneSlice(Type t) {
        if (t.underlying() instanceof Type.Slice s) {
            BasicKind k = basicKind(s.elem());
            return k == BasicKind.UINT8 || k == BasicKind.INT32;
        }
        return false;
    }

    /** {@code (a int, b string) (int, error)} style signature text without the {@code func} keyword. */
    public static String signatureString(Type.Signature s) {
        StringBuilder sb = new StringBuilder("(");
        List<Type.Param> ps = s.params();
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) sb.append(", ");
            if (s.variadic() && i == ps.size() - 1 && ps.get(i).type() instanceof Type.Slice sl) sb.append("...").append(sl.elem());
            else sb.append(ps.get(i).type());
        }
        sb.append(')');
        List<Type.Param> rs = s.results();
        if (rs.size() == 1) sb.append(' ').append(rs.get(0).type());
        else if (rs.size() > 1) {
            sb.append(" (");
            for (int i = 0; i < rs.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(rs.get(i).type());
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** Go's {@code strconv.Quote} for diagnostics and struct tags (ASCII escapes only). */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Go's {@code typesSummary}: the {@code have (...)} / {@code want (...)} list of a count error. Untyped
     * numeric constants read {@code number}, other untyped ones drop the {@code untyped} qualifier, and the
     * last type of a variadic parameter list reads {@code ...T}.
     */
    static String summary(List<Type> types, boolean variadic) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            Type t = types.get(i);
            String s;
            if (t == null) s = "unknown type";
            else if (isUntyped(t)) s = isNumeric(t) ? "number" : t.toString().replace("untyped ", "");
            else if (variadic && i == types.size() - 1 && t instanceof Type.Slice sl) s = "..." + sl.elem();
            else s = t.toString();
            out.add(s);
        }
        return "(" + String.join(", ", out) + ")";
    }
}
