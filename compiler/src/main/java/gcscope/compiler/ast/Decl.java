package gcscope.compiler.ast;

import gcscope.vm.bytecode.SourcePos;

import java.util.List;

/** Declarations (package level, or inside a function through {@link Stmt.DeclStmt}). */
public sealed interface Decl extends Node {

    record ImportSpec(SourcePos pos, Expr.Ident alias, String path) {}

    record Import(SourcePos pos, List<ImportSpec> specs) implements Decl {}

    /** {@code names [type] [= values]}. */
    record VarSpec(SourcePos pos, List<Expr.Ident> names, TypeExpr type, List<Expr> values) {}

    record Var(SourcePos pos, List<VarSpec> specs) implements Decl {}

    /**
     * One constant spec; {@code iota} is its index in the group. When {@code values} is empty the spec
     * repeats the previous one's type and values (the checker handles the repetition).
     */
    record ConstSpec(SourcePos pos, List<Expr.Ident> names, TypeExpr type, List<Expr> values, int iota) {}

    record Const(SourcePos pos, List<ConstSpec> specs) implements Decl {}

    /** {@code type Name T} or, with {@code alias}, {@code type Name = T}. */
    record TypeSpec(SourcePos pos, Expr.Ident name, boolean alias, TypeExpr type) {}

    record Type(SourcePos pos, List<TypeSpec> specs) implements Decl {}

    /** A function or (when {@code recv} is not null) a method. {@code body} is null only after a syntax error. */
    record Func(SourcePos pos, TypeExpr.Field recv, Expr.Ident name, TypeExpr.Func type, Stmt.Block body) implements Decl {}

    record Bad(SourcePos pos) implements Decl {}
}
