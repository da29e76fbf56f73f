package gcscope.compiler.lex;

import gcscope.compiler.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScannerTest {
    private static List<Token> scan(String src, List<Diagnostic> diags) {
        return new Scanner("t.vo", src, diags).scanTokens();
    }

    private static String kinds(String src) {
        return scan(src, new ArrayList<>()).stream().map(t -> t.kind().name()).collect(Collectors.joining(" "));
    }

    @Test
    void insertsSemicolonAfterIdentifierLiteralAndClosingTokensAtNewline() {
        assertEquals("IDENT SEMICOLON INT SEMICOLON RPAREN SEMICOLON RBRACK SEMICOLON RBRACE SEMICOLON EOF",
                kinds("x\n1\n)\n]\n}\n"));
    }

    @Test
    void insertsSemicolonAfterReturnBreakContinueFallthroughAndIncDec() {
        assertEquals("RETURN SEMICOLON BREAK SEMICOLON CONTINUE SEMICOLON FALLTHROUGH SEMICOLON IDENT INC SEMICOLON IDENT DEC SEMICOLON EOF",
                kinds("return\nbreak\ncontinue\nfallthrough\nx++\ny--\n"));
    }

    @Test
    void doesNotInsertSemicolonAfterOperatorsOrOpeningTokens() {
        assertEquals("IDENT ADD IDENT SEMICOLON EOF", kinds("x +\ny\n"));
        assertEquals("FUNC IDENT LPAREN RPAREN LBRACE RBRACE SEMICOLON EOF", kinds("func f() {\n}\n"));
    }

    @Test
    void insertsSemicolonAtEofAndForMultiLineBlockComment() {
        assertEquals("IDENT SEMICOLON EOF", kinds("x"));
        assertEquals("IDENT SEMICOLON IDENT SEMICOLON EOF", kinds("x /* a\nb */ y"));
        assertEquals("IDENT IDENT SEMICOLON EOF", kinds("x /* a b */ y"));
        assertEquals("IDENT SEMICOLON EOF", kinds("x // comment\n"));
    }

    @Test
    void autoSemicolonIsDistinguishableFromWrittenOne() {
        List<Token> ts = scan("a;b\n", new ArrayList<>());
        assertTrue(!ts.get(1).isAutoSemicolon());
        assertTrue(ts.get(3).isAutoSemicolon());
    }

    @Test
    void decodesIntegerLiteralsInEveryBaseWithUnderscores() {
        assertEquals(BigInteger.valueOf(255), Literals.parseInt("0xff"));
        assertEquals(BigInteger.valueOf(8), Literals.parseInt("0o10"));
        assertEquals(BigInteger.valueOf(8), Literals.parseInt("010"));
        assertEquals(BigInteger.valueOf(5), Literals.parseInt("0b101"));
        assertEquals(BigInteger.valueOf(1_000_000), Literals.parseInt("1_000_000"));
        assertEquals(new BigInteger("18446744073709551616"), Literals.parseInt("18446744073709551616"));
    }

    @Test
    void decodesDecimalAndHexadecimalFloats() {
        assertEquals(0, new BigDecimal("1.5").compareTo(Literals.parseFloat("1.5")));
        assertEquals(0, new BigDecimal("1000").compareTo(Literals.parseFloat("1e3")));
        assertEquals(0, new BigDecimal("0.25").compareTo(Literals.parseFloat("0x1p-2")));
        assertEquals(0, new BigDecimal("0.5").compareTo(Literals.parseFloat(".5")));
    }

    @Test
    void decodesRuneEscapes() {
        assertEquals('a', Literals.decodeRune("'a'"));
        assertEquals('\n', Literals.decodeRune("'\\n'"));
        assertEquals(0x41, Literals.decodeRune("'\\x41'"));
        assertEquals(0x41, Literals.decodeRune("'\\101'"));
        assertEquals(0xe9, Literals.decodeRune("'\\u00e9'"));
        assertEquals(0x1F600, Literals.decodeRune("'\\U0001F600'"));
        assertEquals(0x4e16, Literals.decodeRune("'世'"));
        assertEquals('\'', Literals.decodeRune("'\\''"));
    }

    @Test
    void decodesInterpretedAndRawStringsAsBytes() {
        assertArrayEquals("a\tb\"".getBytes(StandardCharsets.UTF_8), Literals.decodeString("\"a\\tb\\\"\""));
        assertArrayEquals(new byte[]{(byte) 0xff, 'x'}, Literals.decodeString("\"\\xffx\""));
        assertArrayEquals("é".getBytes(StandardCharsets.UTF_8), Literals.decodeString("\"\\u00e9\""));
        assertArrayEquals("a\\nb\nc".getBytes(StandardCharsets.UTF_8), Literals.decodeString("`a\\nb\r\nc`"));
    }

    @Test
    void reportsMalformedLiteralsAndCharactersWithPositions() {
        List<Diagnostic> d = new ArrayList<>();
        scan("x := \"abc\ny := '\\q'\nz := 09\nw := @\n", d);
        List<String> msgs = d.stream().map(Diagnostic::toString).toList();
        assertEquals(List.of("t.vo:1:6: newline in string", "t.vo:2:7: unknown escape sequence",
                "t.vo:3:6: invalid digit '9' in octal literal", "t.vo:4:6: invalid character U+0040 '@'"), msgs);
    }

    @Test
    void countsColumnsInUtf8Bytes() {
        List<Token> ts = scan("\"é\" x", new ArrayList<>());
        assertEquals(6, ts.get(1).column());
    }

    @Test
    void neverThrowsOnArbitraryBytes() {
        java.util.Random r = new java.util.Random(42);
        for (int i = 0; i < 300; i++) {
            char[] cs = new char[r.nextInt(200)];
            for (int j = 0; j < cs.length; j++) cs[j] = (char) r.nextInt(0x3000);
            List<Token> ts = scan(new String(cs), new ArrayList<>());
            assertEquals(TokenKind.EOF, ts.get(ts.size() - 1).kind());
        }
    }
}
