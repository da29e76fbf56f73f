package gcscope.compiler.ast;

import gcscope.vm.bytecode.SourcePos;

import java.util.List;

/** Type expressions. */
public sealed interface TypeExpr extends Node {

    /** A type name ({@code int}, {@code Node}); {@code ident} is the identifier the checker resolves. */
    record Name(SourcePos pos, Expr.Ident ident) implements TypeExpr {}

    /** {@code pkg.Name} (only {@code fmt.Stringer} is meaningful). */
    record Qualified(SourcePos pos, Expr.Ident pkg, Expr.Ident name) implements TypeExpr {}

    record Pointer(SourcePos pos, TypeExpr elem) implements TypeExpr {}

    /** {@code [N]T}; {@code len} is null for {@code [...]T}. */
    record Array(SourcePos pos, Expr len, TypeExpr elem) implements TypeExpr {}

    record Slice(SourcePos pos, TypeExpr elem) implements TypeExpr {}

    record Map(SourcePos pos, TypeExpr key, TypeExpr value) implements TypeExpr {}

    enum ChanDir { BOTH, SEND, RECV }

    record Chan(SourcePos pos, ChanDir dir, TypeExpr elem) implements TypeExpr {}

    /** {@code ...T} as the type of a final parameter. */
    record Ellipsis(SourcePos pos, TypeExpr elem) implements TypeExpr {}

    /**
     * A parameter, result, struct field or enum payload field. {@code names} is empty for an anonymous
     * parameter or an embedded struct field; {@code tag} is null when absent.
     */
    record Field(SourcePos pos, List<Expr.Ident> names, TypeExpr type, String tag) {
        public boolean embedded() {
            return names.isEmpty();
        }
    }

    /** A function signature; the last parameter's type may be an {@link Ellipsis}. */
    record Func(SourcePos pos, List<Field> params, List<Field> results) implements TypeExpr {
        public boolean variadic() {
            return !params.isEmpty() && params.get(params.size() - 1).type() instanceof Ellipsis;
        }
    }

    record Struct(SourcePos pos, List<Field> fields) implements TypeExpr {}

    record Method(SourcePos pos, Expr.Ident name, Func type) {}

    /** {@code interface { M(); Embedded }}. */
    record Interface(SourcePos pos, List<Method> methods, List<TypeExpr> embeds) implements TypeExpr {}

    /** One variant of an enum: {@code Circle(r float64)} or {@code Empty}. */
    record Variant(SourcePos pos, Expr.Ident name, List<Field> fields) {}

    /** The {@code enum { ... }} extension (only as the type of a type declaration). */
    record Enum(SourcePos pos, List<Variant> variants) implements TypeExpr {}

    record Paren(SourcePos pos, TypeExpr type) implements TypeExpr {}

    record Bad(SourcePos pos) implements TypeExpr {}
}
