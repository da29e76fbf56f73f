package gcscope.compiler.parse;

import gcscope.compiler.diag.Diagnostic;
import gcscope.compiler.lex.Token;
import gcscope.compiler.lex.TokenKind;
import gcscope.vm.bytecode.SourcePos;

import java.util.List;

/**
 * Token cursor and error machinery shared by the parser layers, in Crafting Interpreters' vocabulary
 * ({@code match/consume/check/advance/peek}). A syntax error throws {@link ParseError} to unwind to the
 * nearest statement or declaration, which reports it and synchronises.
 */
abstract class ParserBase {
    /** Nesting limit for expressions, types and blocks; beyond it: {@code expression nested too deeply}. */
    static final int MAX_DEPTH = 600;

    /** Unwinds to the enclosing statement/declaration after a syntax error (never leaves the parser). */
    static final class ParseError extends RuntimeException {
        ParseError() {
            super(null, null, false, false);
        }
    }

    /** Aborts the whole parse after the nesting limit (never leaves the parser). */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    protected final String file;
    protected final List<Token> tokens;
    protected final List<Diagnostic> diagnostics;
    protected int current;
    protected int depth;
    /** Go's exprLev: below 0 inside control clause headers (where {@code T{} } is not a composite literal). */
    protected int exprLev;
    private int lastErrorLine = -1;

    ParserBase(String file, List<Token> tokens, List<Diagnostic> diagnostics) {
        this.file = file;
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    protected Token peek() {
        return tokens.get(current);
    }

    protected Token peekAt(int k) {
        int i = Math.min(current + k, tokens.size() - 1);
        return tokens.get(i);
    }

    protected Token previous() {
        return tokens.get(Math.max(0, current - 1));
    }

    protected boolean isAtEnd() {
        return peek().kind() == TokenKind.EOF;
    }

    protected boolean check(TokenKind k) {
        return peek().kind() == k;
    }

    protected Token advance() {
        Token t = peek();
        if (!isAtEnd()) current++;
        return t;
    }

    protected boolean match(TokenKind... kinds) {
        for (TokenKind k : kinds) {
            if (check(k)) {
                advance();
                return true;
            }
        }
        return false;
    }

    protected Token consume(TokenKind k, String expecting) {
        if (check(k)) return advance();
        throw errorUnexpected(expecting);
    }

    protected SourcePos pos(Token t) {
        return new SourcePos(t.line(), t.column());
    }

    protected SourcePos pos() {
        return pos(peek());
    }

    /** Go's description of a token in "unexpected X" messages. */
    protected static String describe(Token t) {
        return switch (t.kind()) {
            case EOF -> "EOF";
            case SEMICOLON -> t.text().equals(";") ? "semicolon" : t.text().isEmpty() ? "EOF" : "newline";
            case IDENT -> "name " + t.text();
            case INT, FLOAT, IMAG, CHAR, STRING -> "literal " + t.text();
            default -> t.kind().isKeyword() ? "keyword " + t.text() : t.text().isEmpty() ? t.kind().name() : t.text();
        };
    }

    protected ParseError errorUnexpected(String expecting) {
        Token t = peek();
        String msg = "syntax error: unexpected " + describe(t) + (expecting == null || expecting.isEmpty() ? "" : ", expecting " + expecting);
        return error(t, msg);
    }

    protected ParseError error(Token t, String message) {
        report(pos(t), message);
        return new ParseError();
    }

    /** Reports at most one syntax error per line (later ones on the same line are usually cascades). */
    protected void report(SourcePos p, String message) {
        if (p.line() == lastErrorLine && message.startsWith("syntax error")) return;
        lastErrorLine = p.line();
        diagnostics.add(new Diagnostic(file, p.line(), p.column(), message));
    }

    /** Reports a construct outside the language subset; parsing continues. */
    protected void unsupported(Token at, String message) {
        diagnostics.add(new Diagnostic(file, at.line(), at.column(), message));
    }

    protected void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = peek();
            diagnostics.add(new Diagnostic(file, t.line(), t.column(), "expression nested too deeply"));
            throw new TooDeep();
        }
    }

    protected void leave() {
        depth--;
    }

    /** Skips to the end of the current statement (after a semicolon, or before a closing brace / case). */
    protected void synchronizeStmt() {
        int nest = 0;
        while (!isAtEnd()) {
            TokenKind k = peek().kind();
            if (nest == 0 && (k == TokenKind.RBRACE || k == TokenKind.CASE || k == TokenKind.DEFAULT)) return;
            if (k == TokenKind.LBRACE) nest++;
            if (k == TokenKind.RBRACE) nest--;
            advance();
            if (nest == 0 && k == TokenKind.SEMICOLON) return;
            if (nest < 0) {
                nest = 0;
                if (check(TokenKind.SEMICOLON)) advance();
                return;
            }
        }
    }

    /** Skips to the next top-level declaration keyword at the start of a line. */
    protected void synchronizeDecl() {
        while (!isAtEnd()) {
            Token t = advance();
            if (t.kind() == TokenKind.SEMICOLON) {
                TokenKind k = peek().kind();
                if (k == TokenKind.FUNC || k == TokenKind.VAR || k == TokenKind.CONST || k == TokenKind.TYPE || k == TokenKind.IMPORT) return;
            }
        }
    }
}
