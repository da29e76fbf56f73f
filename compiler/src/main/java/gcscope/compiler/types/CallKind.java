package gcscope.compiler.types;

/** How CODEGEN must compile a call expression. */
public enum CallKind {
    /** A call of a declared function by name ({@code f(x)}). */
    FUNC,
    /** A call of a concrete method through a selector ({@code x.M()}, see the Selection). */
    METHOD,
    /** A call of an interface method ({@code i.M()}). */
    INTERFACE_METHOD,
    /** A call of a function value (closure, variable, method value, method expression, field of func type). */
    CLOSURE,
    /** {@code T(x)}. */
    CONVERSION,
    /** {@code len(x)} etc.; see {@link TypeInfo#builtinOf}. */
    BUILTIN,
    /** {@code Shape.Rect(3, 4)}. */
    ENUM_VARIANT,
    /** {@code fmt.Println(...)} etc.; the member name is in the Selection. */
    FMT
}
