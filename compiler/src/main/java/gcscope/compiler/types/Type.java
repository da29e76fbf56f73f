package gcscope.compiler.types;

import java.util.List;

/**
 * The type model. {@link #toString()} gives Go's type string ({@code []int}, {@code map[string]*main.Node},
 * {@code main.Shape}) as {@code %T} and panics print it. Use {@link Types} for identity/assignability.
 */
public sealed interface Type permits Type.Basic, Named, Type.Pointer, Type.Slice, Type.Array, Type.MapType, Type.Chan,
        Type.Struct, InterfaceType, Type.Signature, Type.Tuple, EnumType {

    /** The underlying type (itself for every type literal; for {@link Named} its declared underlying type). */
    Type underlying();

    record Basic(BasicKind kind) implements Type {
        public Type underlying() { return this; }
        public String toString() { return kind.goName(); }
    }

    record Pointer(Type elem) implements Type {
        public Type underlying() { return this; }
        public String toString() { return "*" + elem; }
    }

    record Slice(Type elem) implements Type {
        public Type underlying() { return this; }
        public String toString() { return "[]" + elem; }
    }

    record Array(long length, Type elem) implements Type {
        public Type underlying() { return this; }
        public String toString() { return "[" + length + "]" + elem; }
    }

    record MapType(Type key, Type value) implements Type {
        public Type underlying() { return this; }
        public String toString() { return "map[" + key + "]" + value; }
    }

    enum ChanDir { BOTH, SEND, RECV }

    record Chan(ChanDir dir, Type elem) implements Type {
        public Type underlying() { return this; }
        public String toString() {
            return switch (dir) {
                case BOTH -> "chan " + (elem instanceof Chan c && c.dir == ChanDir.RECV ? "(" + elem + ")" : elem);
                case SEND -> "chan<- " + elem;
                case RECV -> "<-chan " + elem;
            };
        }
    }

    /** A struct field or an enum payload field. {@code embedded} fields are named after their type. */
    record Field(String name, Type type, boolean embedded, String tag) {}

    record Struct(List<Field> fields) implements Type {
        public Type underlying() { return this; }

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

    record Param(String name, Type type) {}

    /**
     * A function type. For a variadic function the last parameter's type is the slice type {@code []T}.
     * Methods carry their receiver separately (in {@link FuncSymbol}), never in the signature.
     */
    record Signature(List<Param> params, List<Param> results, boolean variadic) implements Type {
        public Type underlying() { return this; }

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
        public String toString() {
            return "(" + String.join(", ", types.stream().map(Object::toString).toList()) + ")";
        }
    }
}
