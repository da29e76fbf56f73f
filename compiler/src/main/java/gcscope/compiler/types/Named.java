package gcscope.compiler.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A defined type ({@code type Node struct{...}}, or predeclared {@code error}). Identity is object identity.
 * The underlying type and the method list are filled in by the checker and are stable afterwards.
 */
public final class Named implements Type {
    private final TypeSymbol symbol;
    private final String pkg;
    private Type underlying;
    private final List<FuncSymbol> methods = new ArrayList<>();

    public Named(TypeSymbol symbol, String pkg) {
        this.symbol = symbol;
        this.pkg = pkg;
    }

    public TypeSymbol symbol() {
        return symbol;
    }

    public String name() {
        return symbol.name();
    }

    /** Package name ("main"), or null for predeclared types such as {@code error}. */
    public String pkg() {
        return pkg;
    }

    @Override
    public Type underlying() {
        return underlying == null ? Universe.INVALID : underlying;
    }

    void setUnderlying(Type t) {
        this.underlying = t;
    }

    boolean hasUnderlying() {
        return underlying != null;
    }

    /** Methods declared with this type (or a pointer to it) as receiver, in declaration order. */
    public List<FuncSymbol> methods() {
        return Collections.unmodifiableList(methods);
    }

    void addMethod(FuncSymbol m) {
        methods.add(m);
    }

    public FuncSymbol method(String name) {
        for (FuncSymbol m : methods) if (m.name().equals(name)) return m;
        return null;
    }

    @Override
    public String toString() {
        return pkg == null ? symbol.name() : pkg + "." + symbol.name();
    }
}
