package gcscope.compiler.lex;

import gcscope.compiler.diag.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's lexical scanner with automatic semicolon insertion (Go specification, "Semicolons"). Never throws:
 * malformed input yields ILLEGAL tokens or best-effort literals and a diagnostic. Columns count UTF-8 bytes
 * from 1, as Go's compiler does.
 */
public final class Scanner {
    private static final Map<String, TokenKind> KEYWORDS = keywordTable();

    private final String file;
    private final String src;
    private final List<Diagnostic> diagnostics;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int col = 1;
    private int startPos, startLine, startCol;
    private boolean insertSemi;

    public Scanner(String file, String source, List<Diagnostic> diagnostics) {
        this.file = file;
        this.src = source == null ? "" : source;
        this.diagnostics = diagnostics;
    }

    private static Map<String, TokenKind> keywordTable() {
        Map<String, TokenKind> m = new java.util.HashMap<>();
        for (TokenKind k : TokenKind.values()) if (k.isKeyword()) m.put(k.text(), k);
        return Map.copyOf(m);
    }

    /** Scans the whole source; the list always ends with an EOF token. */
    public List<Token> scanTokens() {
        if (src.startsWith("\uFEFF")) pos = 1;
        while (true) {
            skipWhitespace();
            if (atEnd()) {
                if (insertSemi) add(TokenKind.SEMICOLON, "", line, col, pos);
                add(TokenKind.EOF, "", line, col, pos);
                return tokens;
            }
            startPos = pos;
            startLine = line;
            startCol = col;
            char c = peek();
            if (c == '\n') {
                if (insertSemi) {
                    add(TokenKind.SEMICOLON, "\n", line, col, pos);
                    insertSemi = false;
                }
                advance();
                continue;
            }
            if (c == '/' && peekAt(1) == '/') {
                lineComment();
                continue;
            }
            if (c == '/' && peekAt(1) == '*') {
                blockComment();
                continue;
            }
            scanToken();
        }
    }

    private void skipWhitespace() {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r') advance();
            else break;
        }
    }

    private void lineComment() {
        while (!atEnd() && peek() != '\n') advance();
    }

    private void blockComment() {
        int l = line, c = col;
        advance();
        advance();
        boolean newline = false;
        while (!atEnd() && !(peek() == '*' && peekAt(1) == '/')) {
            if (peek() == '\n') newline = true;
            advance();
        }
        if (atEnd()) {
            error(l, c, "comment not terminated");
        } else {
            advance();
            advance();
        }
        if (newline && insertSemi) {
            add(TokenKind.SEMICOLON, "\n", l, c, startPos);
            insertSemi = false;
        }
    }

    private void scanToken() {
        char c = advance();
        if (isLetter(c)) {
            identifier();
            return;
        }
        if (isDigit(c) || (c == '.' && isDigit(peek()))) {
            number(c);
            return;
        }
        switch (c) {
            case '"' -> string();
            case '`' -> rawString();
            case '\'' -> rune();
            case '(' -> emit(TokenKind.LPAREN, false);
            case ')' -> emit(TokenKind.RPAREN, true);
            case '[' -> emit(TokenKind.LBRACK, false);
            case ']' -> emit(TokenKind.RBRACK, true);
            case '{' -> emit(TokenKind.LBRACE, false);
            case '}' -> emit(TokenKind.RBRACE, true);
            case ',' -> emit(TokenKind.COMMA, false);
            case ';' -> emit(TokenKind.SEMICOLON, false);
            case '~' -> emit(TokenKind.TILDE, false);
            case '.' -> {
                if (peek() == '.' && peekAt(1) == '.') {
                    advance();
                    advance();
                    emit(TokenKind.ELLIPSIS, false);
                } else emit(TokenKind.PERIOD, false);
            }
            case ':' -> emit(match('=') ? TokenKind.DEFINE : TokenKind.COLON, false);
            case '+' -> {
                if (match('+')) emit(TokenKind.INC, true);
                else emit(match('=') ? TokenKind.ADD_ASSIGN : TokenKind.ADD, false);
            }
            case '-' -> {
                if (match('-')) emit(TokenKind.DEC, true);
                else emit(match('=') ? TokenKind.SUB_ASSIGN : TokenKind.SUB, false);
            }
            case '*' -> emit(match('=') ? TokenKind.MUL_ASSIGN : TokenKind.MUL, false);
            case '/' -> emit(match('=') ? TokenKind.QUO_ASSIGN : TokenKind.QUO, false);
            case '%' -> emit(match('=') ? TokenKind.REM_ASSIGN : TokenKind.REM, false);
            case '^' -> emit(match('=') ? TokenKind.XOR_ASSIGN : TokenKind.XOR, false);
            case '<' -> {
                if (match('-')) emit(TokenKind.ARROW, false);
                else if (match('<')) emit(match('=') ? TokenKind.SHL_ASSIGN : TokenKind.SHL, false);
                else emit(match('=') ? TokenKind.LEQ : TokenKind.LSS, false);
            }
            case '>' -> {
                if (match('>')) emit(match('=') ? TokenKind.SHR_ASSIGN : TokenKind.SHR, false);
                else emit(match('=') ? TokenKind.GEQ : TokenKind.GTR, false);
            }
            case '=' -> emit(match('=') ? TokenKind.EQL : TokenKind.ASSIGN, false);
            case '!' -> emit(match('=') ? TokenKind.NEQ : TokenKind.NOT, false);
            case '&' -> {
                if (match('^')) emit(match('=') ? TokenKind.AND_NOT_ASSIGN : TokenKind.AND_NOT, false);
                else if (match('&')) emit(TokenKind.LAND, false);
                else emit(match('=') ? TokenKind.AND_ASSIGN : TokenKind.AND, false);
            }
            case '|' -> {
                if (match('|')) emit(TokenKind.LOR, false);
                else emit(match('=') ? TokenKind.OR_ASSIGN : TokenKind.OR, false);
            }
            default -> {
                int cp = c;
                if (Character.isHighSurrogate(c) && !atEnd() && Character.isLowSurrogate(peek())) cp = Character.toCodePoint(c, advance());
                if (cp == 0) error(startLine, startCol, "invalid NUL character");
                else error(startLine, startCol, "invalid character " + describe(cp));
                emit(TokenKind.ILLEGAL, insertSemi);
            }
        }
    }

    /** Go's {@code %#U} rendering: {@code U+0040 '@'}. */
    static String describe(int cp) {
        String hex = String.format("U+%04X", cp);
        if (Character.isISOControl(cp) || !Character.isDefined(cp)) return hex;
        return hex + " '" + new String(Character.toChars(cp)) + "'";
    }

    private void identifier() {
        while (!atEnd() && (isLetter(peek()) || isDigit(peek()))) advance();
        String text = src.substring(startPos, pos);
        TokenKind k = KEYWORDS.getOrDefault(text, TokenKind.IDENT);
        boolean semi = k == TokenKind.IDENT || k == TokenKind.BREAK || k == TokenKind.CONTINUE
                || k == TokenKind.FALLTHROUGH || k == TokenKind.RETURN;
        emit(k, semi);
    }

    private void number(char first) {
        TokenKind kind = TokenKind.INT;
        boolean hex = false;
        if (first == '0' && (peek() == 'x' || peek() == 'X')) {
            advance();
            hex = true;
            digits(16);
            if (peek() == '.') {
                advance();
                digits(16);
                kind = TokenKind.FLOAT;
            }
            if (peek() == 'p' || peek() == 'P') {
                kind = TokenKind.FLOAT;
                exponent();
            } else if (kind == TokenKind.FLOAT) {
                error(startLine, startCol, "hexadecimal mantissa requires a 'p' exponent");
            }
        } else if (first == '0' && (peek() == 'b' || peek() == 'B' || peek() == 'o' || peek() == 'O')) {
            char base = Character.toLowerCase(advance());
            digits(base == 'b' ? 2 : 8);
        } else {
            if (first != '.') digits(10);
            if (first == '.' || peek() == '.') {
                if (first != '.') advance();
                kind = TokenKind.FLOAT;
                digits(10);
            }
            if (peek() == 'e' || peek() == 'E') {
                kind = TokenKind.FLOAT;
                exponent();
            }
        }
        if (peek() == 'i') {
            advance();
            kind = TokenKind.IMAG;
        }
        String text = src.substring(startPos, pos);
        String err = Literals.checkNumber(text, kind, hex);
        if (err != null) error(startLine, startCol, err);
        emit(kind, true);
    }

    private void digits(int base) {
        while (!atEnd()) {
            char c = peek();
            if (c == '_' || Character.digit(c, Math.max(base, 10)) >= 0 && c < 128) advance();
            else break;
        }
    }

    private void exponent() {
        advance();
        if (peek() == '+' || peek() == '-') advance();
        if (!isDigit(peek())) error(startLine, startCol, "exponent has no digits");
        digits(10);
    }

    private void string() {
        while (true) {
            if (atEnd() || peek() == '\n') {
                error(startLine, startCol, atEnd() ? "string literal not terminated" : "newline in string");
                emitText(TokenKind.STRING, src.substring(startPos, pos) + "\"");
                return;
            }
            char c = advance();
            if (c == '"') break;
            if (c == '\\') escape('"');
        }
        emit(TokenKind.STRING, true);
    }

    private void rawString() {
        while (true) {
            if (atEnd()) {
                error(startLine, startCol, "raw string literal not terminated");
                emitText(TokenKind.STRING, src.substring(startPos, pos) + "`");
                return;
            }
            if (advance() == '`') break;
        }
        emit(TokenKind.STRING, true);
    }

    private void rune() {
        int n = 0;
        while (true) {
            if (atEnd() || peek() == '\n') {
                error(startLine, startCol, "rune literal not terminated");
                emitText(TokenKind.CHAR, "'\\x00'");
                return;
            }
            char c = advance();
            if (c == '\'') break;
            n++;
            if (c == '\\') escape('\'');
            else if (Character.isHighSurrogate(c) && !atEnd() && Character.isLowSurrogate(peek())) advance();
        }
        if (n != 1) {
            error(startLine, startCol, n == 0 ? "empty rune literal or unescaped ' in rune literal" : "more than one character in rune literal");
            emitText(TokenKind.CHAR, "'\\x00'");
            return;
        }
        emit(TokenKind.CHAR, true);
    }

    private void escape(char quote) {
        int l = line, c = col - 1;
        if (atEnd()) return;
        char e = advance();
        switch (e) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> {}
            case 'x' -> hexDigits(2, l, c);
            case 'u' -> unicode(4, l, c);
            case 'U' -> unicode(8, l, c);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = e - '0';
                for (int i = 0; i < 2; i++) {
                    if (atEnd() || peek() < '0' || peek() > '7') {
                        error(l, c, "invalid character " + describeAt() + " in escape sequence");
                        return;
                    }
                    v = v * 8 + (advance() - '0');
                }
                if (v > 255) error(l, c, "octal escape value > 255: " + v);
            }
            default -> {
                if (e != quote) error(l, c, "unknown escape sequence");
            }
        }
    }

    private String describeAt() {
        if (atEnd()) return "EOF";
        char p = peek();
        return p == '\n' ? "'\\n'" : "'" + p + "'";
    }

    private int hexDigits(int n, int l, int c) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            if (atEnd() || Character.digit(peek(), 16) < 0 || peek() > 127) {
                error(l, c, "invalid character " + describeAt() + " in hexadecimal escape");
                return -1;
            }
            v = v * 16 + Character.digit(advance(), 16);
        }
        return v;
    }

    private void unicode(int n, int l, int c) {
        int v = hexDigits(n, l, c);
        if (v < 0) return;
        if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) error(l, c, "escape is invalid Unicode code point U+" + String.format("%04X", v));
    }

    private void emit(TokenKind k, boolean semi) {
        add(k, src.substring(startPos, pos), startLine, startCol, startPos);
        insertSemi = semi;
    }

    private void emitText(TokenKind k, String text) {
        add(k, text, startLine, startCol, startPos);
        insertSemi = true;
    }

    private void add(TokenKind k, String text, int l, int c, int off) {
        tokens.add(new Token(k, text, l, c, off));
    }

    private void error(int l, int c, String msg) {
        diagnostics.add(new Diagnostic(file, l, c, msg));
    }

    private boolean atEnd() {
        return pos >= src.length();
    }

    private char peek() {
        return atEnd() ? '\0' : src.charAt(pos);
    }

    private char peekAt(int k) {
        return pos + k < src.length() ? src.charAt(pos + k) : '\0';
    }

    private boolean match(char expected) {
        if (atEnd() || src.charAt(pos) != expected) return false;
        advance();
        return true;
    }

    private char advance() {
        char c = src.charAt(pos++);
        if (c == '\n') {
            line++;
            col = 1;
        } else if (c < 0x80) col++;
        else if (c < 0x800) col += 2;
        else if (Character.isSurrogate(c)) col += 2;
        else col += 3;
        return c;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && Character.isLetter(c));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
