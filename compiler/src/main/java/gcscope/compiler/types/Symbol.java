package gcscope.compiler.types;

import gcscope.vm.bytecode.SourcePos;

/**
 * What an identifier resolves to. Every symbol is a distinct object with a unique {@link #id()} within one
 * checked file; compare symbols by identity.
 */
public sealed interface Symbol permits VarSymbol, ConstSymbol, TypeSymbol, FuncSymbol, BuiltinSymbol, PackageSymbol, NilSymbol {
    String name();

    /** Declaration position ({@link SourcePos#NONE} for predeclared symbols). */
    SourcePos pos();

    /** The symbol's type (for a type name: the type it denotes; for a package: null). */
    Type type();

    int id();
}
