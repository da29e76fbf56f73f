package gcscope.compiler.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Field and method lookup through embedded fields (Go's selector rules: shallowest depth wins). */
public final class Lookup {
    private Lookup() {}

    public enum Kind { FIELD, METHOD, AMBIGUOUS }

    /**
     * A lookup result. {@code path}: for a field, embedded field indices then the field's index; for a method,
     * the embedded field indices walked. {@code indirect}: a pointer was dereferenced on the way.
     * {@code recvAtEnd}: the type reached at the end of {@code path} (the method's receiver holder).
     */
    public record Result(Kind kind, List<Integer> path, boolean indirect, Type type, FuncSymbol method,
                         InterfaceType.Method ifaceMethod, int ifaceIndex, Type recvAtEnd) {}

    private record Entry(Type type, List<Integer> path, boolean indirect) {}

    public static Result lookup(Type t, String name) {
        if (name.equals("_")) return null;
        boolean indirect = false;
        boolean fieldsOnly = false;
        if (t instanceof Named np && np.underlying() instanceof Type.Pointer) fieldsOnly = true;
        if (t instanceof Type.Pointer p && p.elem() instanceof Named n) {
            if (n.underlying() instanceof InterfaceType) return null;
            t = n;
            indirect = true;
        } else if (t.underlying() instanceof Type.Pointer p) {
            t = p.elem();
            indirect = true;
        }
        List<Entry> current = new ArrayList<>();
        current.add(new Entry(t, List.of(), indirect));
        Map<Named, Boolean> seen = new IdentityHashMap<>();
        for (int depth = 0; depth < 32 && !current.isEmpty(); depth++) {
            List<Result> found = new ArrayList<>();
            List<Entry> next = new ArrayList<>();
            for (Entry e : current) {
                Type typ = e.type();
                if (typ instanceof Named n) {
                    if (seen.put(n, Boolean.TRUE) != null) continue;
                    FuncSymbol m = n.method(name);
                    if (m != null) {
                        found.add(new Result(Kind.METHOD, e.path(), e.indirect(), m.signature(), m, null, -1, typ));
                        continue;
                    }
                }
                Type u = typ.underlying();
                if (u instanceof Type.Struct s) {
                    for (int i = 0; i < s.fields().size(); i++) {
                        Type.Field f = s.fields().get(i);
                        if (f.name().equals(name)) {
                            List<Integer> p = append(e.path(), i);
                            found.add(new Result(Kind.FIELD, p, e.indirect(), f.type(), null, null, -1, typ));
                        } else if (f.embedded()) {
                            Type ft = f.type();
                            boolean ind = e.indirect();
                            if (ft instanceof Type.Pointer fp) {
                                ft = fp.elem();
                                ind = true;
                            }
                            next.add(new Entry(ft, append(e.path(), i), ind));
                        }
                    }
                } else if (u instanceof InterfaceType it) {
                    int idx = it.indexOf(name);
                    if (idx >= 0) {
                        InterfaceType.Method m = it.methods().get(idx);
                        found.add(new Result(Kind.METHOD, e.path(), e.indirect(), m.signature(), null, m, idx, typ));
                    }
                }
            }
            if (fieldsOnly) found.removeIf(r -> r.kind() == Kind.METHOD);
            if (found.size() == 1) return found.get(0);
            if (found.size() > 1) return new Result(Kind.AMBIGUOUS, List.of(), false, Universe.INVALID, null, null, -1, null);
            current = next;
        }
        return null;
    }

    private static List<Integer> append(List<Integer> l, int i) {
        List<Integer> r = new ArrayList<>(l);
        r.add(i);
        return List.copyOf(r);
    }

    /**
     * The method set of a type as Go defines it, by name: for T the value-receiver methods (promoted ones
     * included), for *T all of them. Returns the names in sorted order.
     */
    public static List<String> methodSetNames(Type t) {
        List<String> names = new ArrayList<>();
        collectNames(t, names, 0);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (out.contains(n)) continue;
            Result r = lookup(t, n);
            if (r == null || r.kind() != Kind.METHOD) continue;
            if (r.method() != null && r.method().pointerReceiver() && !(t.underlying() instanceof Type.Pointer) && !r.indirect()) continue;
            out.add(n);
        }
        out.sort(String::compareTo);
        return out;
    }

    private static void collectNames(Type t, List<String> into, int depth) {
        if (depth > 16) return;
        if (t instanceof Type.Pointer p) t = p.elem();
        if (t instanceof Named n) for (FuncSymbol m : n.methods()) into.add(m.name());
        Type u = t.underlying();
        if (u instanceof InterfaceType it) for (InterfaceType.Method m : it.methods()) into.add(m.name());
        if (u instanceof Type.Struct s) for (Type.Field f : s.fields()) if (f.embedded()) collectNames(f.type(), into, depth + 1);
    }
}
