package gcscope.compiler.ast;

import gcscope.compiler.lex.TokenKind;
import gcscope.vm.bytecode.SourcePos;

import java.util.List;

/** Expressions. A type written where an expression stands (e.g. {@code []byte(s)}) is a {@link TypeOperand}. */
public sealed interface Expr extends Node {

    /** An identifier in expression position (also used for names in declarations). */
    record Ident(SourcePos pos, String name) implements Expr {
        public boolean isBlank() {
            return name.equals("_");
        }
    }

    enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    /** A literal; {@code raw} is the exact source spelling (decode with {@link gcscope.compiler.lex.Literals}). */
    record BasicLit(SourcePos pos, LitKind kind, String raw) implements Expr {}

    /** One element of a composite literal: {@code key: value} or just {@code value} (key null). */
    record Element(SourcePos pos, Expr key, Expr value) {}

    /**
     * {@code T{...}}; {@code type} is null when elided inside an enclosing literal ({@code [][]int{{1}}}),
     * and the checker records the elided type via {@code TypeInfo.typeOf(this)}.
     */
    record CompositeLit(SourcePos pos, TypeExpr type, List<Element> elements, SourcePos rbrace) implements Expr {}

    record FuncLit(SourcePos pos, TypeExpr.Func type, Stmt.Block body) implements Expr {}

    /** A type literal or parenthesised type written in expression position. */
    record TypeOperand(SourcePos pos, TypeExpr type) implements Expr {}

    record Paren(SourcePos pos, Expr x) implements Expr {}

    /** {@code x.sel}: field, method value, method expression, package member ({@code fmt.Println}) or enum variant. */
    record Selector(SourcePos pos, Expr x, Ident sel) implements Expr {}

    record Index(SourcePos pos, Expr x, Expr index) implements Expr {}

    /** {@code x[lo:hi]} or {@code x[lo:hi:max]}; absent bounds are null. */
    record Slice(SourcePos pos, Expr x, Expr lo, Expr hi, Expr max, boolean threeIndex) implements Expr {}

    /** {@code x.(T)}; {@code type} is null for the {@code x.(type)} guard of a type switch. */
    record TypeAssert(SourcePos pos, Expr x, TypeExpr type) implements Expr {}

    /** A call, a conversion ({@code T(x)}) or a builtin call; {@code ellipsis} for {@code f(xs...)}. */
    record Call(SourcePos pos, Expr fun, List<Expr> args, boolean ellipsis, SourcePos rparen) implements Expr {}

    /** {@code *x}: a dereference, or a pointer type when x denotes a type. */
    record Star(SourcePos pos, Expr x) implements Expr {}

    /** Unary {@code + - ! ^ & <-} (ARROW is a receive, AND takes an address). */
    record Unary(SourcePos pos, TokenKind op, Expr x) implements Expr {}

    /** {@code pos} is the position of the leftmost token of {@code x}, where Go reports binary-operation errors. */
    record Binary(SourcePos pos, TokenKind op, Expr x, Expr y) implements Expr {}

    /** Placeholder produced by error recovery; never reaches CODEGEN (a diagnostic was reported). */
    record Bad(SourcePos pos) implements Expr {}
}
