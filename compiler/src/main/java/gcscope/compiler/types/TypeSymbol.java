package gcscope.compiler.types;

import gcscope.vm.bytecode.SourcePos;

/** A type name: a defined type (its type is a {@link Named}), an alias, or a predeclared basic type. */
public final class TypeSymbol implements Symbol {
    private final String name;
    private final SourcePos pos;
    private Type type;
    private final int id;
    private final boolean alias;

    public TypeSymbol(String name, SourcePos pos, Type type, int id, boolean alias) {
        this.name = name;
        this.pos = pos;
        this.type = type;
        this.id = id;
        this.alias = alias;
    }

    public String name() { return name; }
    public SourcePos pos() { return pos; }
    public Type type() { return type; }
    public int id() { return id; }
    public boolean isAlias() { return alias; }

    void setType(Type t) { this.type = t; }

    @Override
    public String toString() {
        return "type " + name;
    }
}
