package gcscope.samples.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random edits of a program's text (issue 8's mutation test): delete, duplicate or swap tokens or
 * lines, change numbers, flip operators, insert a keyword or punctuation. Deterministic for a given
 * {@link Random}: the same seed gives the same programs, so a finding can be reproduced by its index.
 */
public final class ProgramMutator {
    /** Tokens well enough for editing: identifiers, numbers, strings, runes, comments, operators, spaces. */
    private static final Pattern TOKEN = Pattern.compile(
            "//[^\n]*|[A-Za-z_][A-Za-z_0-9]*|0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?"
                    + "|\"(?:[^\"\\\\\n]|\\\\.)*\"|`[^`]*`|'(?:[^'\\\\\n]|\\\\.)*'"
                    + "|<<=|>>=|&\\^=|\\.\\.\\.|&&|\\|\\||<-|\\+\\+|--|==|!=|<=|>=|:=|<<|>>|&\\^|[-+*/%&|^]="
                    + "|\\s+|.", Pattern.DOTALL);

    private static final String[] OPERATORS = {"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "&&", "||",
            "==", "!=", "<", "<=", ">", ">=", "=", ":=", "+=", "-=", "<-", "!", "++", "--"};
    private static final String[] INSERTS = {"{", "}", "(", ")", "[", "]", ",", ";", ".", ":", "nil", "return",
            "go", "defer", "for", "if", "else", "func", "var", "chan", "map", "*", "&", "0", "-1", "\"x\"",
            "panic(1)", "break", "continue", "match", "enum", "struct", "interface", "[]int", "len", "append",
            "9223372036854775807", "1e308", "'\\x00'", "make(chan int)", "new(int)", "_"};
    private static final String[] NUMBERS = {"0", "1", "-1", "2", "7", "255", "256", "1000000", "2147483647",
            "-2147483648", "9223372036854775807", "1e9", "0.5", "3"};

    private final Random rng;

    public ProgramMutator(Random rng) {
        this.rng = rng;
    }

    /** The program with {@code edits} random edits applied one after the other. */
    public String mutate(String source, int edits) {
        String s = source;
        for (int i = 0; i < edits; i++) s = edit(s);
        return s;
    }

    private String edit(String s) {
        return switch (rng.nextInt(9)) {
            case 0 -> editLines(s, 0);
            case 1 -> editLines(s, 1);
            case 2 -> editLines(s, 2);
            case 3 -> editTokens(s, 0);
            case 4 -> editTokens(s, 1);
            case 5 -> editTokens(s, 2);
            case 6 -> changeNumber(s);
            case 7 -> flipOperator(s);
            default -> insertToken(s);
        };
    }

    /** 0 deletes a line, 1 duplicates one, 2 swaps two. */
    private String editLines(String s, int kind) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        if (lines.size() < 2) return s;
        int a = rng.nextInt(lines.size());
        switch (kind) {
            case 0 -> lines.remove(a);
            case 1 -> lines.add(a, lines.get(a));
            default -> {
                int b = rng.nextInt(lines.size());
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
            }
        }
        return String.join("\n", lines);
    }

    /** 0 deletes a token, 1 duplicates one, 2 swaps it with the next non-space token. */
    private String editTokens(String s, int kind) {
        List<String> tokens = tokens(s);
        List<Integer> solid = solidIndexes(tokens);
        if (solid.size() < 2) return s;
        int k = rng.nextInt(solid.size());
        int a = solid.get(k);
        switch (kind) {
            case 0 -> tokens.set(a, "");
            case 1 -> tokens.set(a, tokens.get(a) + " " + tokens.get(a));
            default -> {
                int b = solid.get((k + 1) % solid.size());
                String t = tokens.get(a);
                tokens.set(a, tokens.get(b));
                tokens.set(b, t);
            }
        }
        return String.join("", tokens);
    }

    private String changeNumber(String s) {
        List<String> tokens = tokens(s);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) if (Character.isDigit(tokens.get(i).charAt(0))) numbers.add(i);
        if (numbers.isEmpty()) return insertToken(s);
        int a = numbers.get(rng.nextInt(numbers.size()));
        String replacement = rng.nextBoolean() ? NUMBERS[rng.nextInt(NUMBERS.length)] : Integer.toString(rng.nextInt(100));
        tokens.set(a, replacement);
        return String.join("", tokens);
    }

    private String flipOperator(String s) {
        List<String> tokens = tokens(s);
        List<Integer> ops = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) if (isOperator(tokens.get(i))) ops.add(i);
        if (ops.isEmpty()) return insertToken(s);
        tokens.set(ops.get(rng.nextInt(ops.size())), OPERATORS[rng.nextInt(OPERATORS.length)]);
        return String.join("", tokens);
    }

    private String insertToken(String s) {
        List<String> tokens = tokens(s);
        int at = tokens.isEmpty() ? 0 : rng.nextInt(tokens.size());
        tokens.add(at, " " + INSERTS[rng.nextInt(INSERTS.length)] + " ");
        return String.join("", tokens);
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static List<Integer> solidIndexes(List<String> tokens) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!t.isBlank() && !t.startsWith("//")) out.add(i);
        }
        return out;
    }

    private static boolean isOperator(String t) {
        for (String op : OPERATORS) if (op.equals(t)) return true;
        return false;
    }
}
