package gcscope.vm.fmt;

import java.util.ArrayList;
import java.util.List;

/** Go tokens and literal unquoting for the fmt case table. */
final class GoTokens {
    private GoTokens() {
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int j = i + 1;
                boolean hex = c == '0' && j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
                while (j < n) {
                    char d = s.charAt(j);
                    char prev = s.charAt(j - 1);
                    if (Character.isLetterOrDigit(d) || d == '.' || d == '_'
                            || ((d == '+' || d == '-') && !hex && (prev == 'e' || prev == 'E'))) {
                        j++;
                    } else {
                        break;
                    }
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                out.add(s.substring(i, j + 1));
                i = j + 1;
            } else if (c == '`') {
                int j = s.indexOf('`', i + 1);
                out.add(s.substring(i, j + 1));
                i = j + 1;
            } else if (c == '<' && i + 1 < n && s.charAt(i + 1) == '<') {
                out.add("<<");
                i += 2;
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }

    /** The bytes of a Go string, raw string or rune literal (with its quotes). */
    static byte[] unquote(String lit) {
        ByteBuf out = new ByteBuf();
        String body = lit.substring(1, lit.length() - 1);
        if (lit.charAt(0) == '`') {
            return Utf8.bytes(body);
        }
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                int cp = body.codePointAt(i);
                out.addRune(cp);
                i += Character.charCount(cp);
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.add(7);
                case 'b' -> out.add(8);
                case 'f' -> out.add(12);
                case 'n' -> out.add(10);
                case 'r' -> out.add(13);
                case 't' -> out.add(9);
                case 'v' -> out.add(11);
                case '\\', '\'', '"' -> out.add(e);
                case 'x' -> {
                    out.add(Integer.parseInt(body.substring(i, i + 2), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.addRune(Integer.parseInt(body.substring(i, i + 4), 16));
                    i += 4;
                }
                case 'U' -> {
                    out.addRune(Integer.parseInt(body.substring(i, i + 8), 16));
                    i += 8;
                }
                default -> {
                    out.add(Integer.parseInt(body.substring(i - 1, i + 2), 8));
                    i += 2;
                }
            }
        }
        return out.toBytes();
    }
}
