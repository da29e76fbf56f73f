package gcscope.compiler.parse;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.TypeExpr;
import gcscope.compiler.diag.Diagnostic;
import gcscope.compiler.lex.Token;
import gcscope.compiler.lex.TokenKind;
import gcscope.vm.bytecode.SourcePos;

import java.util.ArrayList;
import java.util.List;

/** Parsing of type expressions, parameter lists, struct, interface and enum bodies. */
abstract class TypeParser extends ParserBase {
    TypeParser(String file, List<Token> tokens, List<Diagnostic> diagnostics) {
        super(file, tokens, diagnostics);
    }

    abstract Expr parseExpr();

    /** True when the current token can begin a type. */
    protected boolean atTypeStart() {
        return switch (peek().kind()) {
            case IDENT, MUL, LBRACK, MAP, CHAN, FUNC, STRUCT, INTERFACE, LPAREN, ARROW -> true;
            default -> false;
        };
    }

    TypeExpr parseType() {
        TypeExpr t = tryType();
        if (t == null) throw errorUnexpected("type");
        return t;
    }

    /** Parses a type if one starts here, else returns null without consuming anything. */
    TypeExpr tryType() {
        enter();
        try {
            Token t = peek();
            switch (t.kind()) {
                case IDENT:
                    return typeName();
                case MUL:
                    advance();
                    return new TypeExpr.Pointer(pos(t), parseType());
                case LBRACK: {
                    advance();
                    if (match(TokenKind.RBRACK)) return new TypeExpr.Slice(pos(t), parseType());
                    Expr len = null;
                    if (check(TokenKind.ELLIPSIS)) advance();
                    else {
                        exprLev++;
                        len = parseExpr();
                        exprLev--;
                    }
                    consume(TokenKind.RBRACK, "]");
                    return new TypeExpr.Array(pos(t), len, parseType());
                }
                case MAP: {
                    advance();
                    consume(TokenKind.LBRACK, "[");
                    TypeExpr k = parseType();
                    consume(TokenKind.RBRACK, "]");
                    return new TypeExpr.Map(pos(t), k, parseType());
                }
                case CHAN: {
                    advance();
                    TypeExpr.ChanDir dir = TypeExpr.ChanDir.BOTH;
                    if (match(TokenKind.ARROW)) dir = TypeExpr.ChanDir.SEND;
                    return new TypeExpr.Chan(pos(t), dir, parseType());
                }
                case ARROW: {
                    if (peekAt(1).kind() != TokenKind.CHAN) return null;
                    advance();
                    advance();
                    return new TypeExpr.Chan(pos(t), TypeExpr.ChanDir.RECV, parseType());
                }
                case FUNC:
                    advance();
                    return funcSignature(pos(t));
                case STRUCT:
                    return structType();
                case INTERFACE:
                    return interfaceType();
                case LPAREN: {
                    advance();
                    TypeExpr inner = parseType();
                    consume(TokenKind.RPAREN, ")");
                    return new TypeExpr.Paren(pos(t), inner);
                }
                default:
                    return null;
            }
        } finally {
            leave();
        }
    }

    protected TypeExpr typeName() {
        Token name = consume(TokenKind.IDENT, "name");
        Expr.Ident id = new Expr.Ident(pos(name), name.text());
        if (check(TokenKind.PERIOD) && peekAt(1).kind() == TokenKind.IDENT) {
            advance();
            Token sel = advance();
            return new TypeExpr.Qualified(pos(name), id, new Expr.Ident(pos(sel), sel.text()));
        }
        return new TypeExpr.Name(pos(name), id);
    }

    protected void skipBrackets() {
        int nest = 0;
        do {
            if (check(TokenKind.LBRACK)) nest++;
            if (check(TokenKind.RBRACK)) nest--;
            advance();
        } while (nest > 0 && !isAtEnd());
    }

    /** After {@code func}: {@code (params) results}. */
    TypeExpr.Func funcSignature(SourcePos p) {
        List<TypeExpr.Field> params = parameters();
        List<TypeExpr.Field> results = results();
        return new TypeExpr.Func(p, params, results);
    }

    List<TypeExpr.Field> results() {
        if (check(TokenKind.LPAREN)) return parameters();
        if (atTypeStart() && !check(TokenKind.LPAREN)) {
            TypeExpr t = tryType();
            if (t != null) return List.of(new TypeExpr.Field(t.pos(), List.of(), t, null));
        }
        return List.of();
    }

    private record Entry(Expr.Ident name, TypeExpr type) {}

    /** {@code ( [name] Type, ... )} with Go's grouping rules ({@code a, b int}). */
    List<TypeExpr.Field> parameters() {
        consume(TokenKind.LPAREN, "(");
        List<Entry> entries = new ArrayList<>();
        exprLev++;
        while (!check(TokenKind.RPAREN) && !isAtEnd()) {
            Token t = peek();
            if (t.kind() == TokenKind.IDENT && !(peekAt(1).kind() == TokenKind.PERIOD)) {
                advance();
                Expr.Ident id = new Expr.Ident(pos(t), t.text());
                if (check(TokenKind.COMMA) || check(TokenKind.RPAREN)) entries.add(new Entry(null, new TypeExpr.Name(pos(t), id)));
                else entries.add(new Entry(id, paramType()));
            } else {
                entries.add(new Entry(null, paramType()));
            }
            if (!match(TokenKind.COMMA)) break;
        }
        exprLev--;
        consume(TokenKind.RPAREN, "comma or )");
        boolean named = entries.stream().anyMatch(e -> e.name() != null);
        List<TypeExpr.Field> fields = new ArrayList<>();
        if (!named) {
            for (Entry e : entries) fields.add(new TypeExpr.Field(e.type().pos(), List.of(), e.type(), null));
            return fields;
        }
        List<Expr.Ident> pending = new ArrayList<>();
        for (Entry e : entries) {
            if (e.name() == null) {
                if (e.type() instanceof TypeExpr.Name n) pending.add(n.ident());
                else {
                    report(e.type().pos(), "syntax error: mixed named and unnamed parameters");
                }
                continue;
            }
            pending.add(e.name());
            fields.add(new TypeExpr.Field(pending.get(0).pos(), List.copyOf(pending), e.type(), null));
            pending.clear();
        }
        if (!pending.isEmpty()) report(pending.get(0).pos(), "syntax error: mixed named and unnamed parameters");
        return fields;
    }

    private TypeExpr paramType() {
        Token t = peek();
        if (match(TokenKind.ELLIPSIS)) return new TypeExpr.Ellipsis(pos(t), parseType());
        return parseType();
    }

    TypeExpr.Struct structType() {
        Token s = consume(TokenKind.STRUCT, "struct");
        consume(TokenKind.LBRACE, "{");
        List<TypeExpr.Field> fields = new ArrayList<>();
        while (!check(TokenKind.RBRACE) && !isAtEnd()) {
            int before = current;
            try {
                fields.add(fieldDecl());
                if (!check(TokenKind.RBRACE)) consume(TokenKind.SEMICOLON, "semicolon, newline, or }");
            } catch (ParseError e) {
                synchronizeStmt();
                if (current == before && !isAtEnd()) advance();
            }
        }
        consume(TokenKind.RBRACE, "}");
        return new TypeExpr.Struct(pos(s), fields);
    }

    private TypeExpr.Field fieldDecl() {
        Token start = peek();
        if (check(TokenKind.MUL)) {
            advance();
            TypeExpr t = typeName();
            return new TypeExpr.Field(pos(start), List.of(), new TypeExpr.Pointer(pos(start), t), tag());
        }
        if (check(TokenKind.IDENT)) {
            TokenKind next = peekAt(1).kind();
            if (next == TokenKind.SEMICOLON || next == TokenKind.RBRACE || next == TokenKind.STRING || next == TokenKind.PERIOD) {
                TypeExpr t = typeName();
                return new TypeExpr.Field(pos(start), List.of(), t, tag());
            }
            List<Expr.Ident> names = new ArrayList<>();
            do {
                Token n = consume(TokenKind.IDENT, "field name");
                names.add(new Expr.Ident(pos(n), n.text()));
            } while (match(TokenKind.COMMA));
            TypeExpr t = parseType();
            return new TypeExpr.Field(pos(start), names, t, tag());
        }
        throw errorUnexpected("field name or embedded type");
    }

    private String tag() {
        if (check(TokenKind.STRING)) {
            Token t = advance();
            return new String(gcscope.compiler.lex.Literals.decodeString(t.text()), java.nio.charset.StandardCharsets.UTF_8);
        }
        return null;
    }

    TypeExpr.Interface interfaceType() {
        Token s = consume(TokenKind.INTERFACE, "interface");
        consume(TokenKind.LBRACE, "{");
        List<TypeExpr.Method> methods = new ArrayList<>();
        List<TypeExpr> embeds = new ArrayList<>();
        while (!check(TokenKind.RBRACE) && !isAtEnd()) {
            int before = current;
            try {
                Token t = peek();
                if (t.kind() == TokenKind.IDENT && peekAt(1).kind() == TokenKind.LPAREN) {
                    advance();
                    methods.add(new TypeExpr.Method(pos(t), new Expr.Ident(pos(t), t.text()), funcSignature(pos(t))));
                } else if (t.kind() == TokenKind.IDENT) {
                    embeds.add(typeName());
                    if (check(TokenKind.OR)) {
                        unsupported(peek(), "generics are not supported (type union in interface)");
                        while (match(TokenKind.OR)) tryType();
                    }
                } else if (t.kind() == TokenKind.TILDE || atTypeStart()) {
                    unsupported(t, "generics are not supported (type constraint in interface)");
                    match(TokenKind.TILDE);
                    tryType();
                    while (match(TokenKind.OR)) {
                        match(TokenKind.TILDE);
                        tryType();
                    }
                } else throw errorUnexpected("method or embedded interface");
                if (!check(TokenKind.RBRACE)) consume(TokenKind.SEMICOLON, "semicolon, newline, or }");
            } catch (ParseError e) {
                synchronizeStmt();
                if (current == before && !isAtEnd()) advance();
            }
        }
        consume(TokenKind.RBRACE, "}");
        return new TypeExpr.Interface(pos(s), methods, embeds);
    }

    /** After the contextual keyword {@code enum}: {@code { Variant(fields); Variant ... }}. */
    TypeExpr.Enum enumBody(Token enumKw) {
        consume(TokenKind.LBRACE, "{");
        List<TypeExpr.Variant> variants = new ArrayList<>();
        while (!check(TokenKind.RBRACE) && !isAtEnd()) {
            int before = current;
            try {
                Token n = consume(TokenKind.IDENT, "variant name");
                Expr.Ident name = new Expr.Ident(pos(n), n.text());
                List<TypeExpr.Field> fields = check(TokenKind.LPAREN) ? parameters() : List.of();
                variants.add(new TypeExpr.Variant(pos(n), name, fields));
                if (!check(TokenKind.RBRACE)) consume(TokenKind.SEMICOLON, "semicolon, newline, or }");
            } catch (ParseError e) {
                synchronizeStmt();
                if (current == before && !isAtEnd()) advance();
            }
        }
        consume(TokenKind.RBRACE, "}");
        return new TypeExpr.Enum(pos(enumKw), variants);
    }
}
