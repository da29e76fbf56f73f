package gcscope.compiler.types;

import java.util.Collections;
import java.util.List;

/**
 * The underlying type of {@code type Shape enum {...}}: its variants in declaration order (variant index =
 * discriminant; the zero value is variant 0 with a zero payload). Filled in once by the checker.
 */
public final class EnumType implements Type {
    /** One variant; payload fields in declaration order (the declared layout derives from them). */
    public record Variant(String name, int index, List<Type.Field> fields) {
        public boolean hasPayload() {
            return !fields.isEmpty();
        }
    }

    private List<Variant> variants = List.of();
    private Named named;

    public List<Variant> variants() {
        return variants;
    }

    void setVariants(List<Variant> vs) {
        this.variants = Collections.unmodifiableList(vs);
    }

    /** The defined type whose underlying type this is ({@code main.Shape}), or null. */
    public Named named() {
        return named;
    }

    void setNamed(Named n) {
        this.named = n;
    }

    public Variant variant(String name) {
        for (Variant v : variants) if (v.name().equals(name)) return v;
        return null;
    }

    /** True when every payload field of every variant is comparable (so {@code ==} is allowed). */
    public boolean comparable() {
        for (Variant v : variants) for (Type.Field f : v.fields()) if (!Types.comparable(f.type())) return false;
        return true;
    }

    @Override
    public Type underlying() {
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("enum {");
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            sb.append(i == 0 ? " " : "; ").append(v.name());
            if (v.hasPayload()) {
                sb.append('(');
                for (int j = 0; j < v.fields().size(); j++) {
                    if (j > 0) sb.append(", ");
                    sb.append(v.fields().get(j).name()).append(' ').append(v.fields().get(j).type());
                }
                sb.append(')');
            }
        }
        return sb.append(variants.isEmpty() ? "}" : " }").toString();
    }
}
