package gcscope.compiler.types;

import gcscope.vm.bytecode.SourcePos;

/** A named constant with its (possibly untyped) type and exact value. */
public final class ConstSymbol implements Symbol {
    private final String name;
    private final SourcePos pos;
    private Type type;
    private Constant value;
    private final int id;
    boolean used;

    public ConstSymbol(String name, SourcePos pos, Type type, Constant value, int id) {
        this.name = name;
        this.pos = pos;
        this.type = type;
        this.value = value;
        this.id = id;
    }

    public String name() { return name; }
    public SourcePos pos() { return pos; }
    public Type type() { return type; }
    public int id() { return id; }
    public Constant value() { return value; }

    void set(Type t, Constant v) {
        this.type = t;
        this.value = v;
    }

    @Override
    public String toString() {
        return "const " + name + " " + type + " = " + value;
    }
}
