package gcscope.compiler.lex;

/** The kinds of Go tokens (the Go specification's "Tokens" section), plus EOF and ILLEGAL. */
public enum TokenKind {
    EOF(""), ILLEGAL(""),
    IDENT(""), INT(""), FLOAT(""), IMAG(""), CHAR(""), STRING(""),
    // operators
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="), AND_NOT_ASSIGN("&^="),
    LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"),
    EQL("=="), LSS("<"), GTR(">"), ASSIGN("="), NOT("!"), TILDE("~"),
    NEQ("!="), LEQ("<="), GEQ(">="), DEFINE(":="), ELLIPSIS("..."),
    LPAREN("("), LBRACK("["), LBRACE("{"), COMMA(","), PERIOD("."),
    RPAREN(")"), RBRACK("]"), RBRACE("}"), SEMICOLON(";"), COLON(":"),
    // keywords
    BREAK("break"), CASE("case"), CHAN("chan"), CONST("const"), CONTINUE("continue"),
    DEFAULT("default"), DEFER("defer"), ELSE("else"), FALLTHROUGH("fallthrough"), FOR("for"),
    FUNC("func"), GO("go"), GOTO("goto"), IF("if"), IMPORT("import"), INTERFACE("interface"),
    MAP("map"), PACKAGE("package"), RANGE("range"), RETURN("return"), SELECT("select"),
    STRUCT("struct"), SWITCH("switch"), TYPE("type"), VAR("var");

    private final String text;

    TokenKind(String text) {
        this.text = text;
    }

    /** The fixed spelling of an operator or keyword; empty for literal kinds. */
    public String text() {
        return text;
    }

    public boolean isKeyword() {
        return ordinal() >= BREAK.ordinal();
    }

    public boolean isLiteral() {
        return this == INT || this == FLOAT || this == IMAG || this == CHAR || this == STRING;
    }

    /** For op-assign tokens ({@code +=}), the binary operator ({@code +}); otherwise null. */
    public TokenKind assignOpBase() {
        return switch (this) {
            case ADD_ASSIGN -> ADD; case SUB_ASSIGN -> SUB; case MUL_ASSIGN -> MUL; case QUO_ASSIGN -> QUO;
            case REM_ASSIGN -> REM; case AND_ASSIGN -> AND; case OR_ASSIGN -> OR; case XOR_ASSIGN -> XOR;
            case SHL_ASSIGN -> SHL; case SHR_ASSIGN -> SHR; case AND_NOT_ASSIGN -> AND_NOT;
            default -> null;
        };
    }

    /** Binary operator precedence as in the Go specification (5 highest), 0 for non-operators. */
    public int precedence() {
        return switch (this) {
            case LOR -> 1;
            case LAND -> 2;
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> 3;
            case ADD, SUB, OR, XOR -> 4;
            case MUL, QUO, REM, SHL, SHR, AND, AND_NOT -> 5;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return text.isEmpty() ? name() : text;
    }
}
