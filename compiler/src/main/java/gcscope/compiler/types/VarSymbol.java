package gcscope.compiler.types;

import gcscope.compiler.ast.Node;
import gcscope.vm.bytecode.SourcePos;

/**
 * A variable: package-level, local, parameter, named result or receiver (also the implicit variable of a
 * type-switch clause and the bindings of a match clause). {@link #escapes()} tells CODEGEN to box it on the
 * heap: its address is taken ({@code &x}, or implicitly by a pointer-receiver method call or a slice of an
 * array) or a function literal captures it.
 */
public final class VarSymbol implements Symbol {
    public enum Kind { GLOBAL, LOCAL, PARAM, RESULT, RECEIVER }

    private final String name;
    private final SourcePos pos;
    private Type type;
    private final Kind kind;
    private final int id;
    private final Node owner;
    private boolean escapes;
    private boolean captured;
    private boolean addressTaken;
    private boolean used;

    public VarSymbol(String name, SourcePos pos, Type type, Kind kind, int id, Node owner) {
        this.name = name;
        this.pos = pos;
        this.type = type;
        this.kind = kind;
        this.id = id;
        this.owner = owner;
    }

    public String name() { return name; }
    public SourcePos pos() { return pos; }
    public Type type() { return type; }
    public int id() { return id; }
    public Kind kind() { return kind; }

    /** The function ({@code Decl.Func} or {@code Expr.FuncLit}) that declares it; null for globals. */
    public Node owner() { return owner; }

    public boolean isGlobal() { return kind == Kind.GLOBAL; }

    /** True when CODEGEN must allocate this local in a heap box. Always false for globals. */
    public boolean escapes() { return escapes; }

    /** Captured by at least one function literal. */
    public boolean captured() { return captured; }

    /** Its address is taken explicitly or implicitly. */
    public boolean addressTaken() { return addressTaken; }

    public boolean used() { return used; }

    void setType(Type t) { this.type = t; }
    void markUsed() { this.used = true; }
    void markCaptured() { this.captured = true; if (kind != Kind.GLOBAL) escapes = true; }
    void markAddressTaken() { this.addressTaken = true; if (kind != Kind.GLOBAL) escapes = true; }

    @Override
    public String toString() {
        return "var " + name + " " + type;
    }
}
