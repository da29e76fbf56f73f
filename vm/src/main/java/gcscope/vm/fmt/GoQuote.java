package gcscope.vm.fmt;

/**
 * strconv.Quote, QuoteToASCII, QuoteRune, QuoteRuneToASCII, CanBackquote and IsPrint, over Go
 * string bytes. Invalid UTF-8 bytes are written as {@code \xNN}.
 */
public final class GoQuote {
    private static final String LOWER_HEX = "0123456789abcdef";

    /**
     * Printable code points added by Unicode 14.0 and 15.0 (Go 1.21+ uses Unicode 15.0; the JDK 17
     * tables stop at 13.0), as inclusive [first, last] pairs in ascending order. Generated from ICU 72
     * (Unicode 15.0) general categories L, M, N, P and S minus what the JDK already reports.
     */
    private static final int[] PRINTABLE_SINCE_UNICODE_14 = {
            0x61D, 0x61D, 0x870, 0x88E, 0x898, 0x89F, 0x8B5, 0x8B5, 0x8C8, 0x8D2, 0xC3C, 0xC3C, 0xC5D, 0xC5D,
            0xCDD, 0xCDD, 0xCF3, 0xCF3, 0xECE, 0xECE, 0x170D, 0x170D, 0x1715, 0x1715, 0x171F, 0x171F,
            0x180F, 0x180F, 0x1AC1, 0x1ACE, 0x1B4C, 0x1B4C, 0x1B7D, 0x1B7E, 0x1DFA, 0x1DFA, 0x20C0, 0x20C0,
            0x2C2F, 0x2C2F, 0x2C5F, 0x2C5F, 0x2E53, 0x2E5D, 0x9FFD, 0x9FFF, 0xA7C0, 0xA7C1, 0xA7D0, 0xA7D1,
            0xA7D3, 0xA7D3, 0xA7D5, 0xA7D9, 0xA7F2, 0xA7F4, 0xFBC2, 0xFBC2, 0xFD40, 0xFD4F, 0xFDCF, 0xFDCF,
            0xFDFE, 0xFDFF, 0x10570, 0x1057A, 0x1057C, 0x1058A, 0x1058C, 0x10592, 0x10594, 0x10595,
            0x10597, 0x105A1, 0x105A3, 0x105B1, 0x105B3, 0x105B9, 0x105BB, 0x105BC, 0x10780, 0x10785,
            0x10787, 0x107B0, 0x107B2, 0x107BA, 0x10EFD, 0x10EFF, 0x10F70, 0x10F89, 0x11070, 0x11075,
            0x110C2, 0x110C2, 0x1123F, 0x11241, 0x116B9, 0x116B9, 0x11740, 0x11746, 0x11AB0, 0x11ABF,
            0x11B00, 0x11B09, 0x11F00, 0x11F10, 0x11F12, 0x11F3A, 0x11F3E, 0x11F59, 0x12F90, 0x12FF2,
            0x1342F, 0x1342F, 0x13440, 0x13455, 0x16A70, 0x16ABE, 0x16AC0, 0x16AC9, 0x1AFF0, 0x1AFF3,
            0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B11F, 0x1B122, 0x1B132, 0x1B132, 0x1B155, 0x1B155,
            0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46, 0x1CF50, 0x1CFC3, 0x1D1E9, 0x1D1EA, 0x1D2C0, 0x1D2D3,
            0x1DF00, 0x1DF1E, 0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E08F, 0x1E08F, 0x1E290, 0x1E2AE,
            0x1E4D0, 0x1E4F9, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE, 0x1E7F0, 0x1E7FE,
            0x1F6DC, 0x1F6DF, 0x1F774, 0x1F776, 0x1F77B, 0x1F77F, 0x1F7D9, 0x1F7D9, 0x1F7F0, 0x1F7F0,
            0x1F979, 0x1F979, 0x1F9CC, 0x1F9CC, 0x1FA75, 0x1FA77, 0x1FA7B, 0x1FA7C, 0x1FA87, 0x1FA88,
            0x1FAA9, 0x1FAAF, 0x1FAB7, 0x1FABD, 0x1FABF, 0x1FABF, 0x1FAC3, 0x1FAC5, 0x1FACE, 0x1FACF,
            0x1FAD7, 0x1FADB, 0x1FAE0, 0x1FAE8, 0x1FAF0, 0x1FAF8, 0x2A6DE, 0x2A6DF, 0x2B735, 0x2B739,
            0x31350, 0x323AF
    };

    private GoQuote() {
    }

    public static void appendQuote(ByteBuf out, byte[] s, int from, int to, boolean asciiOnly) {
        out.add('"');
        int i = from;
        while (i < to) {
            int b = s[i] & 0xFF;
            int r = b;
            int width = 1;
            if (b >= Utf8.RUNE_SELF) {
                long d = Utf8.decode(s, i, to);
                r = Utf8.rune(d);
                width = Utf8.width(d);
            }
            if (width == 1 && r == Utf8.RUNE_ERROR) {
                out.add('\\').add('x').add(LOWER_HEX.charAt(b >> 4)).add(LOWER_HEX.charAt(b & 0xF));
            } else {
                appendEscapedRune(out, r, '"', asciiOnly);
            }
            i += width;
        }
        out.add('"');
    }

    public static byte[] quote(byte[] s) {
        ByteBuf out = new ByteBuf(s.length + 2);
        appendQuote(out, s, 0, s.length, false);
        return out.toBytes();
    }

    public static String quote(String s) {
        return Utf8.string(quote(Utf8.bytes(s)));
    }

    public static void appendQuoteRune(ByteBuf out, long r, boolean asciiOnly) {
        int rr = Utf8.validRune(r) ? (int) r : Utf8.RUNE_ERROR;
        out.add('\'');
        appendEscapedRune(out, rr, '\'', asciiOnly);
        out.add('\'');
    }

    public static String quoteRune(long r) {
        ByteBuf out = new ByteBuf(8);
        appendQuoteRune(out, r, false);
        return out.toString();
    }

    static void appendEscapedRune(ByteBuf out, int r, char quote, boolean asciiOnly) {
        if (r == quote || r == '\\') {
            out.add('\\');
            out.addRune(r);
            return;
        }
        if (asciiOnly) {
            if (r < Utf8.RUNE_SELF && isPrint(r)) {
                out.add(r);
                return;
            }
        } else if (isPrint(r)) {
            out.addRune(r);
            return;
        }
        switch (r) {
            case 7 -> out.add("\\a");
            case '\b' -> out.add("\\b");
            case '\f' -> out.add("\\f");
            case '\n' -> out.add("\\n");
            case '\r' -> out.add("\\r");
            case '\t' -> out.add("\\t");
            case 11 -> out.add("\\v");
            default -> {
                if (r < ' ' || r == 0x7f) {
                    out.add("\\x").add(LOWER_HEX.charAt((r >> 4) & 0xF)).add(LOWER_HEX.charAt(r & 0xF));
                    return;
                }
                if (!Utf8.validRune(r)) {
                    r = Utf8.RUNE_ERROR;
                }
                if (r < 0x10000) {
                    out.add("\\u");
                    for (int s = 12; s >= 0; s -= 4) {
                        out.add(LOWER_HEX.charAt((r >> s) & 0xF));
                    }
                } else {
                    out.add("\\U");
                    for (int s = 28; s >= 0; s -= 4) {
                        out.add(LOWER_HEX.charAt((r >> s) & 0xF));
                    }
                }
            }
        }
    }

    /** strconv.CanBackquote. */
    public static boolean canBackquote(byte[] s, int from, int to) {
        int i = from;
        while (i < to) {
            long d = Utf8.decode(s, i, to);
            int r = Utf8.rune(d);
            int wid = Utf8.width(d);
            i += wid;
            if (wid > 1) {
                if (r == 0xFEFF) {
                    return false;
                }
                continue;
            }
            if (r == Utf8.RUNE_ERROR) {
                return false;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * strconv.IsPrint (Go 1.22, Unicode 15.0): letters, marks, numbers, punctuation, symbols and the
     * ASCII space. Uses the JDK's Unicode tables above Latin-1 plus the characters added since.
     */
    public static boolean isPrint(long r) {
        if (r <= 0xFF) {
            if (r >= 0x20 && r <= 0x7E) {
                return true;
            }
            if (r >= 0xA1 && r <= 0xFF) {
                return r != 0xAD;
            }
            return false;
        }
        if (!Utf8.validRune(r)) {
            return false;
        }
        if (addedSinceUnicode14((int) r)) {
            return true;
        }
        return switch (Character.getType((int) r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean addedSinceUnicode14(int r) {
        int lo = 0;
        int hi = PRINTABLE_SINCE_UNICODE_14.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (r < PRINTABLE_SINCE_UNICODE_14[2 * mid]) {
                hi = mid - 1;
            } else if (r > PRINTABLE_SINCE_UNICODE_14[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
