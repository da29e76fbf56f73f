package gcscope.compiler.parse;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.SourceFile;
import gcscope.compiler.ast.TypeExpr;
import gcscope.compiler.diag.Diagnostic;
import gcscope.compiler.lex.Literals;
import gcscope.compiler.lex.Scanner;
import gcscope.compiler.lex.Token;
import gcscope.compiler.lex.TokenKind;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for one source file. Reports every syntax error (one per line) and
 * synchronises at statement and declaration boundaries; never throws.
 */
public final class Parser extends StmtParser {

    public Parser(String file, List<Token> tokens, List<Diagnostic> diagnostics) {
        super(file, tokens, diagnostics);
    }

    /** Scans and parses {@code source}; diagnostics (lexical and syntactic) are appended to {@code diagnostics}. */
    public static SourceFile parse(String file, String source, List<Diagnostic> diagnostics) {
        List<Token> tokens = new Scanner(file, source, diagnostics).scanTokens();
        return new Parser(file, tokens, diagnostics).parseFile();
    }

    public SourceFile parseFile() {
        Expr.Ident pkg = new Expr.Ident(pos(), "main");
        List<Decl.Import> imports = new ArrayList<>();
        List<Decl> decls = new ArrayList<>();
        try {
            try {
                if (!check(TokenKind.PACKAGE)) throw error(peek(), "syntax error: package statement must be first");
                advance();
                Token name = consume(TokenKind.IDENT, "name");
                pkg = new Expr.Ident(pos(name), name.text());
                endDecl();
            } catch (ParseError e) {
                synchronizeDecl();
            }
            while (check(TokenKind.IMPORT)) {
                try {
                    imports.add(importDecl());
                    endDecl();
                } catch (ParseError e) {
                    synchronizeDecl();
                }
            }
            while (!isAtEnd()) {
                int before = current;
                try {
                    if (match(TokenKind.SEMICOLON)) continue;
                    Token t = peek();
                    switch (t.kind()) {
                        case FUNC -> decls.add(funcDecl());
                        case VAR, CONST, TYPE -> decls.add(genDecl());
                        case IMPORT -> {
                            report(pos(t), "syntax error: imports must appear before other declarations");
                            imports.add(importDecl());
                        }
                        default -> throw error(t, "syntax error: non-declaration statement outside function body");
                    }
                    endDecl();
                } catch (ParseError e) {
                    synchronizeDecl();
                    if (current == before) advance();
                }
            }
        } catch (TooDeep e) {
            // reported by enter(); keep what was parsed
        }
        return new SourceFile(file, pkg, imports, decls);
    }

    private void endDecl() {
        if (isAtEnd()) return;
        if (!match(TokenKind.SEMICOLON)) throw error(peek(), "syntax error: unexpected " + describe(peek()) + " after top level declaration");
    }

    private Decl.Import importDecl() {
        Token kw = consume(TokenKind.IMPORT, "import");
        List<Decl.ImportSpec> specs = new ArrayList<>();
        if (match(TokenKind.LPAREN)) {
            while (!check(TokenKind.RPAREN) && !isAtEnd()) {
                if (match(TokenKind.SEMICOLON)) continue;
                specs.add(importSpec());
                if (!check(TokenKind.RPAREN)) consume(TokenKind.SEMICOLON, "semicolon, newline, or )");
            }
            consume(TokenKind.RPAREN, ")");
        } else specs.add(importSpec());
        return new Decl.Import(pos(kw), specs);
    }

    private Decl.ImportSpec importSpec() {
        Token start = peek();
        Expr.Ident alias = null;
        if (check(TokenKind.IDENT) || check(TokenKind.PERIOD)) {
            Token a = advance();
            alias = new Expr.Ident(pos(a), a.kind() == TokenKind.PERIOD ? "." : a.text());
        }
        Token path = consume(TokenKind.STRING, "import path");
        String p = new String(Literals.decodeString(path.text()), StandardCharsets.UTF_8);
        return new Decl.ImportSpec(pos(alias != null ? start : path), alias, p);
    }

    private Decl.Func funcDecl() {
        Token kw = consume(TokenKind.FUNC, "func");
        TypeExpr.Field recv = null;
        if (check(TokenKind.LPAREN)) {
            List<TypeExpr.Field> rs = parameters();
            if (rs.size() != 1 || rs.get(0).names().size() > 1) {
                report(pos(kw), rs.isEmpty() ? "method has no receiver" : "method has multiple receivers");
            }
            if (!rs.isEmpty()) recv = rs.get(0);
        }
        Token name = consume(TokenKind.IDENT, "name or (");
        if (check(TokenKind.LBRACK)) {
            unsupported(peek(), "generics are not supported (type parameters of " + name.text() + ")");
            skipBrackets();
        }
        TypeExpr.Func sig = funcSignature(pos(kw));
        var body = check(TokenKind.LBRACE) ? block() : null;
        if (body == null && !isAtEnd() && !check(TokenKind.SEMICOLON)) throw errorUnexpected("{ after function signature");
        if (body == null) report(pos(name), "missing function body");
        return new Decl.Func(pos(kw), recv, new Expr.Ident(pos(name), name.text()), sig, body);
    }

    @Override
    Decl genDecl() {
        Token kw = advance();
        return switch (kw.kind()) {
            case VAR -> new Decl.Var(pos(kw), group(this::varSpec));
            case CONST -> {
                int[] iota = {0};
                yield new Decl.Const(pos(kw), group(() -> constSpec(iota[0]++)));
            }
            case TYPE -> new Decl.Type(pos(kw), group(this::typeSpec));
            default -> throw error(kw, "syntax error: unexpected " + describe(kw) + ", expecting declaration");
        };
    }

    private <T> List<T> group(java.util.function.Supplier<T> spec) {
        List<T> specs = new ArrayList<>();
        if (match(TokenKind.LPAREN)) {
            while (!check(TokenKind.RPAREN) && !isAtEnd()) {
                if (match(TokenKind.SEMICOLON)) continue;
                try {
                    specs.add(spec.get());
                    if (!check(TokenKind.RPAREN)) consume(TokenKind.SEMICOLON, "semicolon, newline, or )");
                } catch (ParseError e) {
                    while (!isAtEnd() && !check(TokenKind.SEMICOLON) && !check(TokenKind.RPAREN)) advance();
                    match(TokenKind.SEMICOLON);
                }
            }
            consume(TokenKind.RPAREN, ")");
        } else specs.add(spec.get());
        return specs;
    }

    private List<Expr.Ident> identList() {
        List<Expr.Ident> names = new ArrayList<>();
        do {
            Token n = consume(TokenKind.IDENT, "name");
            names.add(new Expr.Ident(pos(n), n.text()));
        } while (match(TokenKind.COMMA));
        return names;
    }

    private Decl.VarSpec varSpec() {
        Token start = peek();
        List<Expr.Ident> names = identList();
        TypeExpr type = null;
        List<Expr> values = List.of();
        if (match(TokenKind.ASSIGN)) values = exprList();
        else {
            type = parseType();
            if (match(TokenKind.ASSIGN)) values = exprList();
        }
        return new Decl.VarSpec(pos(start), names, type, values);
    }

    private Decl.ConstSpec constSpec(int iota) {
        Token start = peek();
        List<Expr.Ident> names = identList();
        TypeExpr type = null;
        List<Expr> values = List.of();
        if (!check(TokenKind.SEMICOLON) && !check(TokenKind.RPAREN) && !check(TokenKind.ASSIGN)) type = parseType();
        if (match(TokenKind.ASSIGN)) values = exprList();
        return new Decl.ConstSpec(pos(start), names, type, values, iota);
    }

    private Decl.TypeSpec typeSpec() {
        Token n = consume(TokenKind.IDENT, "name");
        Expr.Ident name = new Expr.Ident(pos(n), n.text());
        if (check(TokenKind.LBRACK) && peekAt(1).kind() == TokenKind.IDENT) {
            TokenKind k2 = peekAt(2).kind();
            if (k2 == TokenKind.IDENT || k2 == TokenKind.INTERFACE || k2 == TokenKind.COMMA || k2 == TokenKind.TILDE) {
                unsupported(peek(), "generics are not supported (type parameters of " + n.text() + ")");
                skipBrackets();
            }
        }
        boolean alias = match(TokenKind.ASSIGN);
        if (!alias && peek().isIdent("enum") && peekAt(1).kind() == TokenKind.LBRACE) {
            Token kw = advance();
            return new Decl.TypeSpec(pos(n), name, false, enumBody(kw));
        }
        return new Decl.TypeSpec(pos(n), name, alias, parseType());
    }
}
