package gcscope.compiler.parse;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.ast.TypeExpr;
import gcscope.compiler.diag.Diagnostic;
import gcscope.compiler.lex.Token;
import gcscope.compiler.lex.TokenKind;
import gcscope.vm.bytecode.SourcePos;

import java.util.ArrayList;
import java.util.List;

/** Expressions with Go's precedence, primary-expression suffixes and composite literals. */
abstract class ExprParser extends TypeParser {
    ExprParser(String file, List<Token> tokens, List<Diagnostic> diagnostics) {
        super(file, tokens, diagnostics);
    }

    abstract Stmt.Block parseFuncBody();

    @Override
    Expr parseExpr() {
        enter();
        try {
            return binaryExpr(1);
        } finally {
            leave();
        }
    }

    List<Expr> exprList() {
        List<Expr> list = new ArrayList<>();
        list.add(parseExpr());
        while (match(TokenKind.COMMA)) list.add(parseExpr());
        return list;
    }

    private Expr binaryExpr(int minPrec) {
        Expr x = unaryExpr();
        int added = 0;
        try {
            while (true) {
                Token op = peek();
                int p = op.kind().precedence();
                if (p == 0 || p < minPrec) break;
                advance();
                enter();
                added++;
                Expr y = binaryExpr(p + 1);
                x = new Expr.Binary(gcscope.compiler.ast.Exprs.start(x), op.kind(), x, y);
            }
        } finally {
            depth -= added;
        }
        return x;
    }

    Expr unaryExpr() {
        enter();
        try {
            Token t = peek();
            switch (t.kind()) {
                case ADD, SUB, NOT, XOR, AND -> {
                    advance();
                    return new Expr.Unary(pos(t), t.kind(), unaryExpr());
                }
                case TILDE -> {
                    advance();
                    unsupported(t, "generics are not supported (~ type constraint)");
                    return unaryExpr();
                }
                case ARROW -> {
                    if (peekAt(1).kind() == TokenKind.CHAN) return primaryExpr(new Expr.TypeOperand(pos(t), parseType()));
                    advance();
                    return new Expr.Unary(pos(t), TokenKind.ARROW, unaryExpr());
                }
                case MUL -> {
                    advance();
                    return new Expr.Star(pos(t), unaryExpr());
                }
                default -> {
                    return primaryExpr(operand());
                }
            }
        } finally {
            leave();
        }
    }

    private Expr operand() {
        Token t = peek();
        switch (t.kind()) {
            case INT -> { advance(); return new Expr.BasicLit(pos(t), Expr.LitKind.INT, t.text()); }
            case FLOAT -> { advance(); return new Expr.BasicLit(pos(t), Expr.LitKind.FLOAT, t.text()); }
            case IMAG -> {
                advance();
                unsupported(t, "complex numbers are not supported (imaginary literal " + t.text() + ")");
                return new Expr.BasicLit(pos(t), Expr.LitKind.IMAG, t.text());
            }
            case CHAR -> { advance(); return new Expr.BasicLit(pos(t), Expr.LitKind.CHAR, t.text()); }
            case STRING -> { advance(); return new Expr.BasicLit(pos(t), Expr.LitKind.STRING, t.text()); }
            case IDENT -> { advance(); return new Expr.Ident(pos(t), t.text()); }
            case LPAREN -> {
                advance();
                exprLev++;
                Expr x = parseExpr();
                exprLev--;
                consume(TokenKind.RPAREN, ")");
                return new Expr.Paren(pos(t), x);
            }
            case FUNC -> {
                advance();
                TypeExpr.Func sig = funcSignature(pos(t));
                if (check(TokenKind.LBRACE)) {
                    int saved = exprLev;
                    exprLev = 0;
                    Stmt.Block body = parseFuncBody();
                    exprLev = saved;
                    return new Expr.FuncLit(pos(t), sig, body);
                }
                return new Expr.TypeOperand(pos(t), sig);
            }
            case LBRACK, MAP, CHAN, STRUCT, INTERFACE -> {
                return new Expr.TypeOperand(pos(t), parseType());
            }
            default -> throw errorUnexpected("expression");
        }
    }

    private Expr primaryExpr(Expr x) {
        int added = 0;
        try {
            while (true) {
                Token t = peek();
                if (t.kind() == TokenKind.PERIOD) {
                    advance();
                    if (check(TokenKind.IDENT)) {
                        Token sel = advance();
                        x = new Expr.Selector(pos(sel), x, new Expr.Ident(pos(sel), sel.text()));
                    } else if (check(TokenKind.LPAREN)) {
                        Token lp = advance();
                        if (match(TokenKind.TYPE)) {
                            consume(TokenKind.RPAREN, ")");
                            x = new Expr.TypeAssert(pos(lp), x, null);
                        } else {
                            TypeExpr type = parseType();
                            consume(TokenKind.RPAREN, ")");
                            x = new Expr.TypeAssert(pos(lp), x, type);
                        }
                    } else throw errorUnexpected("name or (");
                } else if (t.kind() == TokenKind.LBRACK) {
                    advance();
                    x = indexOrSlice(t, x);
                } else if (t.kind() == TokenKind.LPAREN) {
                    advance();
                    x = call(t, x);
                } else if (t.kind() == TokenKind.LBRACE && isLiteralType(x) && (exprLev >= 0 || !isTypeName(x))) {
                    x = compositeLit(asType(x));
                } else break;
                enter();
                added++;
            }
        } finally {
            depth -= added;
        }
        return x;
    }

    private Expr indexOrSlice(Token lbrack, Expr x) {
        exprLev++;
        try {
            Expr lo = null, hi = null, max = null;
            if (!check(TokenKind.COLON)) {
                lo = parseExpr();
                if (match(TokenKind.RBRACK)) return new Expr.Index(pos(lbrack), x, lo);
                if (check(TokenKind.COMMA)) {
                    unsupported(peek(), "generics are not supported (type argument list)");
                    while (match(TokenKind.COMMA)) parseExpr();
                    consume(TokenKind.RBRACK, "]");
                    return new Expr.Index(pos(lbrack), x, lo);
                }
            }
            consume(TokenKind.COLON, ": or ]");
            boolean three = false;
            if (!check(TokenKind.RBRACK) && !check(TokenKind.COLON)) hi = parseExpr();
            if (match(TokenKind.COLON)) {
                three = true;
                if (hi == null) report(pos(), "middle index required in 3-index slice");
                if (check(TokenKind.RBRACK)) report(pos(), "final index required in 3-index slice");
                else max = parseExpr();
            }
            consume(TokenKind.RBRACK, "]");
            return new Expr.Slice(pos(lbrack), x, lo, hi, max, three);
        } finally {
            exprLev--;
        }
    }

    private Expr call(Token lparen, Expr fun) {
        exprLev++;
        List<Expr> args = new ArrayList<>();
        boolean ellipsis = false;
        try {
            while (!check(TokenKind.RPAREN) && !isAtEnd()) {
                args.add(parseExpr());
                if (match(TokenKind.ELLIPSIS)) ellipsis = true;
                if (!match(TokenKind.COMMA)) break;
            }
        } finally {
            exprLev--;
        }
        if (!check(TokenKind.RPAREN)) {
            if (check(TokenKind.SEMICOLON) && peek().isAutoSemicolon())
                throw error(peek(), "syntax error: unexpected newline in argument list; possibly missing comma or )");
            throw errorUnexpected("comma or )");
        }
        Token rp = advance();
        return new Expr.Call(fun.pos(), fun, args, ellipsis, pos(rp));
    }

    Expr.CompositeLit compositeLit(TypeExpr type) {
        Token lb = consume(TokenKind.LBRACE, "{");
        int saved = exprLev;
        exprLev = 0;
        List<Expr.Element> elements = new ArrayList<>();
        try {
            while (!check(TokenKind.RBRACE) && !isAtEnd()) {
                SourcePos p = pos();
                Expr v = elementValue();
                if (match(TokenKind.COLON)) elements.add(new Expr.Element(p, v, elementValue()));
                else elements.add(new Expr.Element(p, null, v));
                if (!match(TokenKind.COMMA)) break;
            }
        } finally {
            exprLev = saved;
        }
        if (!check(TokenKind.RBRACE)) {
            if (check(TokenKind.SEMICOLON) && peek().isAutoSemicolon())
                throw error(peek(), "syntax error: unexpected newline in composite literal; possibly missing comma or }");
            throw errorUnexpected("comma or }");
        }
        Token rb = advance();
        SourcePos p = type != null ? type.pos() : pos(lb);
        return new Expr.CompositeLit(p, type, elements, pos(rb));
    }

    private Expr elementValue() {
        if (check(TokenKind.LBRACE)) {
            enter();
            try {
                return compositeLit(null);
            } finally {
                leave();
            }
        }
        return parseExpr();
    }

    private static boolean isTypeName(Expr x) {
        return x instanceof Expr.Ident || (x instanceof Expr.Selector s && s.x() instanceof Expr.Ident);
    }

    private static boolean isLiteralType(Expr x) {
        if (isTypeName(x)) return true;
        if (x instanceof Expr.TypeOperand t) {
            TypeExpr ty = t.type();
            return ty instanceof TypeExpr.Array || ty instanceof TypeExpr.Slice || ty instanceof TypeExpr.Map || ty instanceof TypeExpr.Struct;
        }
        return false;
    }

    /** Reinterprets an expression that denotes a type (composite literal type, type-switch case). */
    TypeExpr asType(Expr x) {
        if (x instanceof Expr.Ident id) return new TypeExpr.Name(id.pos(), id);
        if (x instanceof Expr.Selector s && s.x() instanceof Expr.Ident pkg) return new TypeExpr.Qualified(pkg.pos(), pkg, s.sel());
        if (x instanceof Expr.TypeOperand t) return t.type();
        if (x instanceof Expr.Paren p) return new TypeExpr.Paren(p.pos(), asType(p.x()));
        if (x instanceof Expr.Star s) return new TypeExpr.Pointer(s.pos(), asType(s.x()));
        report(x.pos(), "syntax error: expected type");
        return new TypeExpr.Bad(x.pos());
    }
}
