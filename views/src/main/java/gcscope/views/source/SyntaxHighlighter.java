package gcscope.views.source;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Style spans for the language's keywords, builtins, literals and comments (LANGUAGE.md). */
public final class SyntaxHighlighter {
    private static final String[] KEYWORDS = {"break", "case", "chan", "const", "continue", "default", "defer", "else",
            "enum", "fallthrough", "for", "func", "go", "if", "import", "interface", "map", "match", "package", "range",
            "return", "select", "struct", "switch", "type", "var", "nil", "true", "false", "iota"};
    private static final String[] BUILTINS = {"len", "cap", "make", "new", "append", "copy", "delete", "panic", "recover",
            "print", "println", "min", "max", "clear", "assert", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
            "uint16", "uint32", "uint64", "uintptr", "byte", "rune", "float32", "float64", "string", "bool", "any", "error"};
    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>//[^\n]*|/\\*(.|\\R)*?\\*/)"
                    + "|(?<STRING>\"([^\"\\\\\n]|\\\\.)*\"|`[^`]*`|'([^'\\\\\n]|\\\\.)*')"
                    + "|(?<KEYWORD>\\b(" + String.join("|", KEYWORDS) + ")\\b)"
                    + "|(?<BUILTIN>\\b(" + String.join("|", BUILTINS) + ")\\b)"
                    + "|(?<NUMBER>\\b(0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(\\.[0-9]*)?([eE][+-]?[0-9]+)?)\\b)");

    private SyntaxHighlighter() {
    }

    /** The highlighting of {@code text} as RichTextFX style spans (style classes keyword, string, ...). */
    public static StyleSpans<Collection<String>> spans(String text) {
        Matcher m = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String cls = m.group("COMMENT") != null ? "comment"
                    : m.group("STRING") != null ? "string"
                    : m.group("KEYWORD") != null ? "keyword"
                    : m.group("BUILTIN") != null ? "builtin" : "number";
            b.add(Collections.emptyList(), m.start() - last);
            b.add(List.of(cls), m.end() - m.start());
            last = m.end();
        }
        b.add(Collections.emptyList(), text.length() - last);
        return b.create();
    }
}
