package gcscope.compiler.lex;

/**
 * One token: its kind, its source text (for identifiers and literals the exact spelling; for an
 * automatically inserted semicolon the text {@code "\n"} or empty at EOF), and its 1-based position.
 */
public record Token(TokenKind kind, String text, int line, int column, int offset) {
    public boolean is(TokenKind k) {
        return kind == k;
    }

    public boolean isIdent(String name) {
        return kind == TokenKind.IDENT && text.equals(name);
    }

    /** True for a semicolon the scanner inserted at a newline or at EOF. */
    public boolean isAutoSemicolon() {
        return kind == TokenKind.SEMICOLON && !text.equals(";");
    }

    @Override
    public String toString() {
        return line + ":" + column + " " + kind.name() + (text.isEmpty() ? "" : " " + text);
    }
}
