package gcscope.compiler.ast;

import gcscope.compiler.lex.TokenKind;
import gcscope.vm.bytecode.SourcePos;

import java.util.List;

/** Statements. Optional parts (init, cond, post, else, label) are null when absent. */
public sealed interface Stmt extends Node {

    record DeclStmt(SourcePos pos, Decl decl) implements Stmt {}

    record Empty(SourcePos pos) implements Stmt {}

    record Labeled(SourcePos pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record ExprStmt(SourcePos pos, Expr x) implements Stmt {}

    record Send(SourcePos pos, Expr chan, Expr value) implements Stmt {}

    record IncDec(SourcePos pos, Expr x, boolean inc) implements Stmt {}

    /** {@code op} is ASSIGN, DEFINE or an op-assign ({@code ADD_ASSIGN}...); {@code pos} is the operator's. */
    record Assign(SourcePos pos, List<Expr> lhs, TokenKind op, List<Expr> rhs) implements Stmt {}

    record Go(SourcePos pos, Expr.Call call) implements Stmt {}

    record Defer(SourcePos pos, Expr.Call call) implements Stmt {}

    record Return(SourcePos pos, List<Expr> results) implements Stmt {}

    /** BREAK, CONTINUE, FALLTHROUGH (GOTO is rejected by the parser). */
    record Branch(SourcePos pos, TokenKind kind, Expr.Ident label) implements Stmt {}

    record Block(SourcePos pos, List<Stmt> stmts, SourcePos rbrace) implements Stmt {}

    record If(SourcePos pos, Stmt init, Expr cond, Block then, Stmt elseStmt) implements Stmt {}

    /** A case of an expression switch; {@code values} empty means {@code default}. */
    record CaseClause(SourcePos pos, List<Expr> values, boolean isDefault, List<Stmt> body) {}

    record Switch(SourcePos pos, Stmt init, Expr tag, List<CaseClause> clauses, SourcePos rbrace) implements Stmt {}

    /** A case of a type switch; {@code types} may contain {@code TypeExpr.Name("nil")}. */
    record TypeCaseClause(SourcePos pos, List<TypeExpr> types, boolean isDefault, List<Stmt> body) {}

    /** {@code switch [init;] [bind :=] x.(type) {...}}; {@code bind} null when absent. */
    record TypeSwitch(SourcePos pos, Stmt init, Expr.Ident bind, Expr x, List<TypeCaseClause> clauses, SourcePos rbrace)
            implements Stmt {}

    record For(SourcePos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {}

    /**
     * {@code for k, v := range x} ({@code define}) or {@code for k, v = range x}; key and value are null when
     * absent ({@code for range x}).
     */
    record Range(SourcePos pos, Expr key, Expr value, boolean define, Expr x, Block body) implements Stmt {}

    /** A case of a match: {@code case Variant(a, _):} or {@code default:} (variant null). */
    record MatchClause(SourcePos pos, Expr.Ident variant, List<Expr.Ident> bindings, boolean isDefault, List<Stmt> body) {}

    record Match(SourcePos pos, Expr x, List<MatchClause> clauses, SourcePos rbrace) implements Stmt {}

    record Bad(SourcePos pos) implements Stmt {}
}
