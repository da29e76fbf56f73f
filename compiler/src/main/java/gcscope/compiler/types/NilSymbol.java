package gcscope.compiler.types;

import gcscope.vm.bytecode.SourcePos;

/** The predeclared {@code nil}. */
public record NilSymbol(int id) implements Symbol {
    public String name() { return "nil"; }
    public SourcePos pos() { return SourcePos.NONE; }
    public Type type() { return Universe.UNTYPED_NIL; }
}
