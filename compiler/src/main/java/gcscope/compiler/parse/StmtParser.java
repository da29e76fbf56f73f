package gcscope.compiler.parse;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.ast.TypeExpr;
import gcscope.compiler.diag.Diagnostic;
import gcscope.compiler.lex.Token;
import gcscope.compiler.lex.TokenKind;
import gcscope.vm.bytecode.SourcePos;

import java.util.ArrayList;
import java.util.List;

/** Statements, blocks, and the control-flow constructs (including the {@code match} extension). */
abstract class StmtParser extends ExprParser {
    StmtParser(String file, List<Token> tokens, List<Diagnostic> diagnostics) {
        super(file, tokens, diagnostics);
    }

    /** {@code var}/{@code const}/{@code type} declaration at the current token. */
    abstract Decl genDecl();

    @Override
    Stmt.Block parseFuncBody() {
        return block();
    }

    Stmt.Block block() {
        Token lb = consume(TokenKind.LBRACE, "{");
        enter();
        try {
            List<Stmt> stmts = stmtList();
            Token rb = consume(TokenKind.RBRACE, "}");
            return new Stmt.Block(pos(lb), stmts, pos(rb));
        } finally {
            leave();
        }
    }

    List<Stmt> stmtList() {
        List<Stmt> stmts = new ArrayList<>();
        while (!check(TokenKind.RBRACE) && !check(TokenKind.CASE) && !check(TokenKind.DEFAULT) && !isAtEnd()) {
            if (match(TokenKind.SEMICOLON)) continue;
            int before = current;
            try {
                Stmt s = statement();
                if (s != null) stmts.add(s);
                if (!check(TokenKind.RBRACE) && !check(TokenKind.CASE) && !check(TokenKind.DEFAULT) && !isAtEnd()) {
                    if (!match(TokenKind.SEMICOLON)) throw error(peek(), "syntax error: unexpected " + describe(peek()) + " at end of statement");
                }
            } catch (ParseError e) {
                synchronizeStmt();
                if (current == before && !isAtEnd()) advance();
            }
        }
        return stmts;
    }

    Stmt statement() {
        Token t = peek();
        switch (t.kind()) {
            case VAR, CONST, TYPE: return new Stmt.DeclStmt(pos(t), genDecl());
            case LBRACE: return block();
            case IF: return ifStmt();
            case FOR: return forStmt();
            case SWITCH: return switchStmt();
            case RETURN: {
                advance();
                List<Expr> results = check(TokenKind.SEMICOLON) || check(TokenKind.RBRACE) ? List.of() : exprList();
                return new Stmt.Return(pos(t), results);
            }
            case BREAK, CONTINUE: {
                advance();
                Expr.Ident label = null;
                if (check(TokenKind.IDENT)) {
                    Token l = advance();
                    label = new Expr.Ident(pos(l), l.text());
                }
                return new Stmt.Branch(pos(t), t.kind(), label);
            }
            case FALLTHROUGH: advance(); return new Stmt.Branch(pos(t), TokenKind.FALLTHROUGH, null);
            case GO, DEFER: {
                advance();
                Expr x = parseExpr();
                Expr inner = x;
                while (inner instanceof Expr.Paren p) inner = p.x();
                if (!(inner instanceof Expr.Call call)) {
                    report(x.pos(), "expression in " + t.text() + " must be function call");
                    return new Stmt.Bad(pos(t));
                }
                return t.kind() == TokenKind.GO ? new Stmt.Go(pos(t), call) : new Stmt.Defer(pos(t), call);
            }
            case GOTO: {
                advance();
                unsupported(t, "goto is not supported");
                if (check(TokenKind.IDENT)) advance();
                return new Stmt.Bad(pos(t));
            }
            case SELECT: {
                advance();
                unsupported(t, "select is not supported");
                if (check(TokenKind.LBRACE)) skipBraces();
                return new Stmt.Bad(pos(t));
            }
            case SEMICOLON: return new Stmt.Empty(pos(t));
            case IDENT: {
                if (t.text().equals("match")) {
                    Stmt m = tryMatch();
                    if (m != null) return m;
                }
                if (peekAt(1).kind() == TokenKind.COLON) {
                    advance();
                    advance();
                    Expr.Ident label = new Expr.Ident(pos(t), t.text());
                    if (check(TokenKind.RBRACE)) return new Stmt.Labeled(pos(t), label, new Stmt.Empty(pos()));
                    while (check(TokenKind.SEMICOLON) && peek().isAutoSemicolon() && peekAt(1).kind() != TokenKind.RBRACE) advance();
                    return new Stmt.Labeled(pos(t), label, statement());
                }
                return simpleStmt(false);
            }
            default: return simpleStmt(false);
        }
    }

    private void skipBraces() {
        int nest = 0;
        do {
            if (check(TokenKind.LBRACE)) nest++;
            if (check(TokenKind.RBRACE)) nest--;
            advance();
        } while (nest > 0 && !isAtEnd());
    }

    /** An expression, assignment, short variable declaration, inc/dec, send or (if allowed) range clause. */
    Stmt simpleStmt(boolean rangeOk) {
        Token start = peek();
        if (rangeOk && check(TokenKind.RANGE)) {
            advance();
            return new Stmt.Range(pos(start), null, null, false, parseExpr(), null);
        }
        List<Expr> lhs = exprList();
        Token op = peek();
        switch (op.kind()) {
            case DEFINE, ASSIGN, ADD_ASSIGN, SUB_ASSIGN, MUL_ASSIGN, QUO_ASSIGN, REM_ASSIGN, AND_ASSIGN, OR_ASSIGN,
                 XOR_ASSIGN, SHL_ASSIGN, SHR_ASSIGN, AND_NOT_ASSIGN -> {
                advance();
                if (rangeOk && check(TokenKind.RANGE) && (op.kind() == TokenKind.DEFINE || op.kind() == TokenKind.ASSIGN)) {
                    advance();
                    if (lhs.size() > 2) report(lhs.get(2).pos(), "range clause permits at most two iteration variables");
                    Expr x = parseExpr();
                    return new Stmt.Range(pos(start), lhs.get(0), lhs.size() > 1 ? lhs.get(1) : null, op.kind() == TokenKind.DEFINE, x, null);
                }
                List<Expr> rhs = exprList();
                return new Stmt.Assign(pos(op), lhs, op.kind(), rhs);
            }
            case INC, DEC -> {
                advance();
                return new Stmt.IncDec(pos(op), lhs.get(0), op.kind() == TokenKind.INC);
            }
            case ARROW -> {
                advance();
                return new Stmt.Send(pos(op), lhs.get(0), parseExpr());
            }
            default -> {
                if (lhs.size() > 1) throw errorUnexpected(":= or = or comma");
                return new Stmt.ExprStmt(lhs.get(0).pos(), lhs.get(0));
            }
        }
    }

    private Expr condOf(Stmt s, Token kw) {
        if (s instanceof Stmt.ExprStmt e) return e.x();
        if (s == null) {
            report(pos(kw), "missing condition in " + kw.text() + " statement");
            return new Expr.Bad(pos(kw));
        }
        report(s.pos(), "cannot use " + describeStmt(s) + " as value");
        return new Expr.Bad(s.pos());
    }

    private static String describeStmt(Stmt s) {
        if (s instanceof Stmt.Assign a) return a.op() == TokenKind.DEFINE ? "short variable declaration" : "assignment";
        return "statement";
    }

    private Stmt ifStmt() {
        Token kw = advance();
        int saved = exprLev;
        exprLev = -1;
        Stmt init = null, s = null;
        if (!check(TokenKind.SEMICOLON) && !check(TokenKind.LBRACE)) s = simpleStmt(false);
        if (check(TokenKind.SEMICOLON)) {
            advance();
            init = s;
            s = check(TokenKind.LBRACE) ? null : simpleStmt(false);
        }
        exprLev = saved;
        Expr cond = condOf(s, kw);
        Stmt.Block then = block();
        Stmt elseStmt = null;
        if (match(TokenKind.ELSE)) {
            if (check(TokenKind.IF)) elseStmt = ifStmt();
            else if (check(TokenKind.LBRACE)) elseStmt = block();
            else throw errorUnexpected("if statement or block");
        }
        return new Stmt.If(pos(kw), init, cond, then, elseStmt);
    }

    private Stmt forStmt() {
        Token kw = advance();
        int saved = exprLev;
        exprLev = -1;
        Stmt init = null, post = null;
        Expr cond = null;
        Stmt s1 = null;
        try {
            if (!check(TokenKind.LBRACE)) {
                if (!check(TokenKind.SEMICOLON)) s1 = simpleStmt(true);
                if (s1 instanceof Stmt.Range r) {
                    exprLev = saved;
                    Stmt.Block body = block();
                    return new Stmt.Range(pos(kw), r.key(), r.value(), r.define(), r.x(), body);
                }
                if (check(TokenKind.SEMICOLON)) {
                    advance();
                    init = s1;
                    if (!check(TokenKind.SEMICOLON)) cond = condOf(simpleStmt(false), kw);
                    consume(TokenKind.SEMICOLON, "semicolon");
                    if (!check(TokenKind.LBRACE)) post = simpleStmt(false);
                    if (post instanceof Stmt.Assign a && a.op() == TokenKind.DEFINE) report(a.pos(), "cannot declare in post statement of for loop");
                } else if (s1 != null) {
                    cond = condOf(s1, kw);
                }
            }
        } finally {
            exprLev = saved;
        }
        Stmt.Block body = block();
        return new Stmt.For(pos(kw), init, cond, post, body);
    }

    private Stmt switchStmt() {
        Token kw = advance();
        int saved = exprLev;
        exprLev = -1;
        Stmt init = null, s2 = null;
        if (!check(TokenKind.LBRACE)) {
            if (!check(TokenKind.SEMICOLON)) s2 = simpleStmt(false);
            if (match(TokenKind.SEMICOLON)) {
                init = s2;
                s2 = null;
                if (!check(TokenKind.LBRACE)) s2 = simpleStmt(false);
            }
        }
        exprLev = saved;
        Expr.Ident bind = null;
        Expr guard = null;
        if (s2 instanceof Stmt.ExprStmt e && e.x() instanceof Expr.TypeAssert ta && ta.type() == null) guard = ta.x();
        if (s2 instanceof Stmt.Assign a && a.op() == TokenKind.DEFINE && a.lhs().size() == 1 && a.rhs().size() == 1
                && a.lhs().get(0) instanceof Expr.Ident id && a.rhs().get(0) instanceof Expr.TypeAssert ta && ta.type() == null) {
            bind = id;
            guard = ta.x();
        }
        consume(TokenKind.LBRACE, "{");
        if (guard != null) {
            List<Stmt.TypeCaseClause> clauses = new ArrayList<>();
            while (!check(TokenKind.RBRACE) && !isAtEnd()) {
                Token c = peek();
                try {
                    List<TypeExpr> types = new ArrayList<>();
                    boolean dflt = false;
                    if (match(TokenKind.CASE)) {
                        do types.add(parseType()); while (match(TokenKind.COMMA));
                    } else if (match(TokenKind.DEFAULT)) dflt = true;
                    else throw errorUnexpected("case or default or }");
                    consume(TokenKind.COLON, ":");
                    clauses.add(new Stmt.TypeCaseClause(pos(c), types, dflt, stmtList()));
                } catch (ParseError e) {
                    synchronizeStmt();
                    if (peek() == c) advance();
                }
            }
            Token rb = consume(TokenKind.RBRACE, "}");
            return new Stmt.TypeSwitch(pos(kw), init, bind, guard, clauses, pos(rb));
        }
        Expr tag = null;
        if (s2 != null) {
            if (s2 instanceof Stmt.ExprStmt e) tag = e.x();
            else report(s2.pos(), "switch expression must be an expression");
        }
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        while (!check(TokenKind.RBRACE) && !isAtEnd()) {
            Token c = peek();
            try {
                List<Expr> values = List.of();
                boolean dflt = false;
                if (match(TokenKind.CASE)) values = exprList();
                else if (match(TokenKind.DEFAULT)) dflt = true;
                else throw errorUnexpected("case or default or }");
                consume(TokenKind.COLON, ":");
                clauses.add(new Stmt.CaseClause(pos(c), values, dflt, stmtList()));
            } catch (ParseError e) {
                synchronizeStmt();
                if (peek() == c) advance();
            }
        }
        Token rb = consume(TokenKind.RBRACE, "}");
        return new Stmt.Switch(pos(kw), init, tag, clauses, pos(rb));
    }

    /**
     * {@code match expr { case V(a, b): ... }}. {@code match} is contextual: when the tokens after it do not
     * form {@code expr {}, this returns null and restores the position (it is then an identifier).
     */
    private Stmt tryMatch() {
        TokenKind next = peekAt(1).kind();
        switch (next) {
            case IDENT, INT, FLOAT, CHAR, STRING, LPAREN, MUL, AND, NOT, SUB, ADD, XOR, ARROW, FUNC, LBRACK, MAP, STRUCT -> {}
            default -> { return null; }
        }
        int savedPos = current, savedDiags = diagnostics.size(), savedDepth = depth, savedLev = exprLev;
        Token kw = advance();
        Expr x;
        try {
            exprLev = -1;
            x = parseExpr();
            exprLev = savedLev;
        } catch (ParseError e) {
            x = null;
        }
        if (x == null || !check(TokenKind.LBRACE)) {
            current = savedPos;
            depth = savedDepth;
            exprLev = savedLev;
            while (diagnostics.size() > savedDiags) diagnostics.remove(diagnostics.size() - 1);
            return null;
        }
        exprLev = savedLev;
        advance();
        List<Stmt.MatchClause> clauses = new ArrayList<>();
        while (!check(TokenKind.RBRACE) && !isAtEnd()) {
            Token c = peek();
            try {
                if (match(TokenKind.DEFAULT)) {
                    consume(TokenKind.COLON, ":");
                    clauses.add(new Stmt.MatchClause(pos(c), null, List.of(), true, stmtList()));
                    continue;
                }
                consume(TokenKind.CASE, "case or default or }");
                Token v = consume(TokenKind.IDENT, "variant name");
                if (match(TokenKind.PERIOD)) v = consume(TokenKind.IDENT, "variant name");
                Expr.Ident variant = new Expr.Ident(pos(v), v.text());
                List<Expr.Ident> binds = new ArrayList<>();
                if (match(TokenKind.LPAREN)) {
                    while (!check(TokenKind.RPAREN)) {
                        Token b = consume(TokenKind.IDENT, "name");
                        binds.add(new Expr.Ident(pos(b), b.text()));
                        if (!match(TokenKind.COMMA)) break;
                    }
                    consume(TokenKind.RPAREN, "comma or )");
                }
                consume(TokenKind.COLON, ":");
                clauses.add(new Stmt.MatchClause(pos(c), variant, binds, false, stmtList()));
            } catch (ParseError e) {
                synchronizeStmt();
                if (peek() == c) advance();
            }
        }
        Token rb = consume(TokenKind.RBRACE, "}");
        return new Stmt.Match(pos(kw), x, clauses, pos(rb));
    }

    static SourcePos noPos() {
        return SourcePos.NONE;
    }
}
