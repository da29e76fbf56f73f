package gcscope.compiler.types;

import java.util.List;
import java.util.Objects;

/**
 * The type model. {@link #toString()} gives Go's type string ({@code []int}, {@code map[string]*main.Node},
 * {@code main.Shape}) as {@code %T} and panics print it. Use {@link Types} for identity/assignability.
 *
 * <p>The records spell out {@code equals} and {@code hashCode} (the same component-wise meaning as the generated
 * ones): every compile hashes types, and a record's generated methods are bound through {@code invokedynamic} on
 * first use, which costs a fresh JVM 35-60 ms of start-up (java.lang.invoke is set up for it).
 */
public sealed interface Type permits Type.Basic, Named, Type.Pointer, Type.Slice, Type.Array, Type.MapType, Type.Chan,
        Type.Struct, InterfaceType, Type.Signature, Type.Tuple, EnumType {

    /** The underlying type (itself for every type literal; for {@link Named} its declared underlying type). */
    Type underlying();

    record Basic(BasicKind kind) implements Type {
        public Type underlying() { return this; }
        public String toString() { return kind.goName(); }
        @Override public boolean equals(Object o) { return o instanceof Basic b && kind == b.kind; }
        @Override public int hashCode() { return Objects.hashCode(kind); }
    }

    record Pointer(Type elem) implements Type {
        public Type underlying() { return this; }
        public String toString() { return "*" + elem; }
        @Override public boolean equals(Object o) { return o instanceof Pointer p && Objects.equals(elem, p.elem); }
        @Override public int hashCode() { return Objects.hashCode(elem); }
    }

    record Slice(Type elem) implements Type {
        public Type underlying() { return this; }
        public String toString() { return "[]" + elem; }
        @Override public boolean equals(Object o) { return o instanceof Slice t && Objects.equals(elem, t.elem); }
        @Override public int hashCode() { return Objects.hashCode(elem); }
    }

    record Array(long length, Type elem) implements Type {
        public Type underlying() { return this; }
        public String toString() { return "[" + length + "]" + elem; }
        @Override public boolean equals(Object o) { return o instanceof Array a && length == a.length && Objects.equals(elem, a.elem); }
        @Override public int hashCode() { return Long.hashCode(length) * 31 + Objects.hashCode(elem); }
    }

    record MapType(Type key, Type value) implements Type {
        public Type underlying() { return this; }
        public String toString() { return "map[" + key + "]" + value; }
        @Override public boolean equals(Object o) { return o instanceof MapType m && Objects.equals(key, m.key) && Objects.equals(value, m.value); }
        @Override public int hashCode() { return Objects.hashCode(key) * 31 + Objects.hashCode(value); }
    }

    enum ChanDir { BOTH, SEND, RECV }

    record Chan(ChanDir dir, Type elem) implements Type {
        public Type underlying() { return this; }
        @Override public boolean equals(Object o) { return o instanceof Chan c && dir == c.dir && Objects.equals(elem, c.elem); }
        @Override public int hashCode() { return Objects.hashCode(dir) * 31 + Objects.hashCode(elem); }
        public String toString() {
            return switch (dir) {
                case BOTH -> "chan " + (elem instanceof Chan c && c.dir == ChanDir.RECV ? "(" + elem + ")" : elem);
                case SEND -> "chan<- " + elem;
                case RECV -> "<-chan " + elem;
            };
        }
    }

    /** A struct field or an enum payload field. {@code embedded} fields are named after their type. */
    record Field(String name, Type type, boolean embedded, String tag) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Field f && embedded == f.embedded && Objects.equals(name, f.name) && Objects.equals(type, f.type)
                    && Objects.equals(tag, f.tag);
        }

        @Override
        public int hashCode() {
            return ((Objects.hashCode(name) * 31 + Objects.hashCode(type)) * 31 + Boolean.hashCode(embedded)) * 31 + Objects.hashCode(tag);
        }
    }

    record Struct(List<Field> fields) implements Type {
        public Type underlying() { return this; }
        @Override public boolean equals(Object o) { return o instanceof Struct t && Objects.equals(fields, t.fields); }
        @Override public int hashCode() { return Objects.hashCode(fields); }

        public int indexOf(String name) {
            for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(name)) return i;
            return -1;
        }

        public String toString() {
            StringBuilder sb = new StringBuilder("struct {");
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                sb.append(i == 0 ? " " : "; ");
                if (!f.embedded()) sb.append(f.name()).append(' ');
                sb.append(f.type());
                if (f.tag() != null) sb.append(' ').append(Types.quote(f.tag()));
            }
            return sb.append(fields.isEmpty() ? "}" : " }").toString();
        }
    }

    record Param(String name, Type type) {
        @Override public boolean equals(Object o) { return o instanceof Param p && Objects.equals(name, p.name) && Objects.equals(type, p.type); }
        @Override public int hashCode() { return Objects.hashCode(name) * 31 + Objects.hashCode(type); }
    }

    /**
     * A function type. For a variadic function the last parameter's type is the slice type {@code []T}.
     * Methods carry their receiver separately (in {@link FuncSymbol}), never in the signature.
     */
    record Signature(List<Param> params, List<Param> results, boolean variadic) implements Type {
        public Type underlying() { return this; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature t && variadic == t.variadic && Objects.equals(params, t.params) && Objects.equals(results, t.results);
        }

        @Override
        public int hashCode() { return (Objects.hashCode(params) * 31 + Objects.hashCode(results)) * 31 + Boolean.hashCode(variadic); }

        public List<Type> paramTypes() { return params.stream().map(Param::type).toList(); }

        public List<Type> resultTypes() { return results.stream().map(Param::type).toList(); }

        /** The type a call expression has: nothing (empty Tuple), the single result, or a Tuple. */
        public Type resultType() {
            if (results.size() == 1) return results.get(0).type();
            return new Tuple(resultTypes());
        }

        public String toString() {
            return "func" + Types.signatureString(this);
        }
    }

    /** The type of a multi-value expression (a call with several results, or none). */
    record Tuple(List<Type> types) implements Type {
        public Type underlying() { return this; }
        @Override public boolean equals(Object o) { return o instanceof Tuple t && Objects.equals(types, t.types); }
        @Override public int hashCode() { return Objects.hashCode(types); }
        public String toString() {
            return "(" + String.join(", ", types.stream().map(Object::toString).toList()) + ")";
        }
    }
}
