package gcscope.compiler.types;

import gcscope.vm.bytecode.SourcePos;

/** A predeclared function such as {@code len}. */
public record BuiltinSymbol(Builtin builtin, int id) implements Symbol {
    public String name() { return builtin.goName(); }
    public SourcePos pos() { return SourcePos.NONE; }
    public Type type() { return Universe.INVALID; }
}
