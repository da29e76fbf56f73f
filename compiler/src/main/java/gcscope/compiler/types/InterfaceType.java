package gcscope.compiler.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An interface type: explicit methods plus embedded interfaces; {@link #methods()} is the full, name-sorted set. */
public final class InterfaceType implements Type {
    /** One method of an interface's method set. */
    public record Method(String name, Type.Signature signature) {}

    private final List<Method> explicit;
    private final List<Type> embeddeds;
    private List<Method> all;

    public InterfaceType(List<Method> explicit, List<Type> embeddeds) {
        this.explicit = List.copyOf(explicit);
        this.embeddeds = List.copyOf(embeddeds);
    }

    public List<Method> explicitMethods() {
        return explicit;
    }

    public List<Type> embeddeds() {
        return embeddeds;
    }

    /** The complete method set sorted by name (Go's order; interface method tables follow it). */
    public List<Method> methods() {
        if (all == null) {
            Map<String, Method> m = new LinkedHashMap<>();
            collect(this, m, 0);
            List<Method> l = new ArrayList<>(m.values());
            l.sort(Comparator.comparing(Method::name));
            all = Collections.unmodifiableList(l);
        }
        return all;
    }

    private static void collect(InterfaceType t, Map<String, Method> into, int depth) {
        if (depth > 100) return;
        for (Method m : t.explicit) into.putIfAbsent(m.name(), m);
        for (Type e : t.embeddeds) {
            if (e.underlying() instanceof InterfaceType it) collect(it, into, depth + 1);
        }
    }

    public Method method(String name) {
        for (Method m : methods()) if (m.name().equals(name)) return m;
        return null;
    }

    /** Index of the method in {@link #methods()}, or -1. */
    public int indexOf(String name) {
        List<Method> ms = methods();
        for (int i = 0; i < ms.size(); i++) if (ms.get(i).name().equals(name)) return i;
        return -1;
    }

    public boolean isEmpty() {
        return methods().isEmpty();
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        List<Method> ms = methods();
        if (ms.isEmpty()) return "interface {}";
        StringBuilder sb = new StringBuilder("interface {");
        for (int i = 0; i < ms.size(); i++) {
            sb.append(i == 0 ? " " : "; ").append(ms.get(i).name()).append(Types.signatureString(ms.get(i).signature()));
        }
        return sb.append(" }").toString();
    }
}
