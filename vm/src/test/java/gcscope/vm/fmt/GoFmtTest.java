package gcscope.vm.fmt;

import gcscope.vm.fmt.FmtValue.EnumValue;
import gcscope.vm.fmt.FmtValue.Field;
import gcscope.vm.fmt.FmtValue.MethodValue;
import gcscope.vm.fmt.FmtValue.PointerValue;
import gcscope.vm.fmt.FmtValue.SliceValue;
import gcscope.vm.fmt.FmtValue.StructValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gcscope.vm.fmt.FmtValue.float64;
import static gcscope.vm.fmt.FmtValue.integer;
import static gcscope.vm.fmt.FmtValue.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the Go oracle table cannot hold: simulated addresses, GcScope's enums (LANGUAGE.md), method
 * panics, Errorf's %w and strconv.FormatFloat called directly. Expected strings are Go's output for
 * equivalent programs (Go 1.19, addresses substituted), except where Go 1.22 differs (marked).
 */
class GoFmtTest {
    private static final long ADDR = 0xc000010040L;

    private static StructValue node(long value, FmtValue next) {
        return new StructValue("main.T", List.of(new Field("A", integer(value)), new Field("N", next)));
    }

    private static PointerValue nilNode() {
        return new PointerValue("*main.T", 0, null);
    }

    @Test
    void formatFloatMatchesStrconv() {
        assertEquals("1000000000000000000000", GoFloat.format(1e21, 'f', -1, 64));
        assertEquals("1e-01", GoFloat.format(0.1, 'e', -1, 64));
        assertEquals("123.456", GoFloat.format(123.456f, 'f', -1, 32));
        assertEquals("-0", GoFloat.format(-0.0, 'g', -1, 64));
        assertEquals("2", GoFloat.format(2.5, 'f', 0, 64));
        assertEquals("1e+23", GoFloat.format(1e23, 'g', -1, 64));
        assertEquals("5e-324", GoFloat.format(Double.MIN_VALUE, 'e', -1, 64));
        assertEquals("0.000001234", GoFloat.format(0.000001234, 'f', -1, 64));
        assertEquals("0.33333", GoFloat.format(1.0 / 3, 'G', 5, 64));
        assertEquals("1.235e+08", GoFloat.format(123456789f, 'e', 3, 32));
        assertEquals("+Inf", GoFloat.format(Double.POSITIVE_INFINITY, 'g', -1, 64));
        assertEquals("NaN", GoFloat.format(Double.NaN, 'f', 2, 64));
    }

    @Test
    void quoteEscapesAsStrconv() {
        assertEquals("\"a\\tb\\\"c\\x00\\u00ad\"", GoQuote.quote("a\tb\"c\u0000\u00ad"));
        assertEquals("'\\''", GoQuote.quoteRune('\''));
        assertEquals("'\uFFFD'", GoQuote.quoteRune(0xD800));
    }

    @Test
    void quoteKeepsCharactersOfUnicode15AsGo122Does() {
        // U+1FAE0 MELTING FACE (Unicode 14) and U+1FAE8 SHAKING FACE (Unicode 15) are printable in
        // Go 1.21+; Go 1.19 (Unicode 13) escaped them as \U0001fae0.
        assertEquals("\"\uD83E\uDEE0\uD83E\uDEE8\"", GoQuote.quote("\uD83E\uDEE0\uD83E\uDEE8"));
        assertEquals("\"\\U0001fae0\"", GoFmt.sprintf("%+q", string("\uD83E\uDEE0")));
        assertEquals("\"\\U000e0001\"", GoQuote.quote("\uDB40\uDC01"));
    }

    @Test
    void enumPrintsVariantAndPayload() {
        EnumValue rect = new EnumValue("main.Shape", "Rect",
                List.of(new Field("w", integer("int32", 3)), new Field("h", integer("int32", 4))));
        EnumValue empty = new EnumValue("main.Shape", "Empty", List.of());
        assertEquals("6 Rect(3, 4) Empty\n", GoFmt.sprintln(float64(6), rect, empty));
        assertEquals("Rect(w: 3, h: 4)", GoFmt.sprintf("%+v", rect));
        assertEquals("main.Shape", GoFmt.sprintf("%T", rect));
        assertEquals("Rect(03, 04)", GoFmt.sprintf("%02d", rect));
        assertEquals("Empty", GoFmt.sprintf("%v", empty));
        assertEquals("{Rect(3, 4)}", GoFmt.sprintf("%v",
                new StructValue("main.Box", List.of(new Field("S", rect)))));
    }

    @Test
    void enumWithNestedPayloadPrintsEachFieldAsGoWould() {
        EnumValue labeled = new EnumValue("main.Shape", "Labeled", List.of(
                new Field("name", string("x")),
                new Field("tags", new SliceValue("[]string", ADDR, false, List.of(string("a"), string("b")), false)),
                new Field("extra", FmtValue.nil())));
        assertEquals("Labeled(x, [a b], <nil>)", GoFmt.sprint(labeled));
        assertEquals("Labeled(name: x, tags: [a b], extra: <nil>)", GoFmt.sprintf("%+v", labeled));
        assertEquals("Circle(1.5)", GoFmt.sprint(new EnumValue("main.Shape", "Circle",
                List.of(new Field("r", float64(1.5))))));
    }

    @Test
    void pointersPrintAddressesExceptAtTopLevelComposite() {
        PointerValue p = new PointerValue("*main.T", ADDR, node(1, nilNode()));
        assertEquals("&{1 <nil>}", GoFmt.sprintf("%v", p));
        assertEquals("&{A:1 N:<nil>}", GoFmt.sprintf("%+v", p));
        assertEquals("0xc000010040", GoFmt.sprintf("%p", p));
        assertEquals("c000010040", GoFmt.sprintf("%#p", p));
        assertEquals("c000010040", GoFmt.sprintf("%x", new PointerValue("*int", ADDR, null)));
        assertEquals("0xc000010040", GoFmt.sprintf("%v", new PointerValue("*int", ADDR, null)));
        assertEquals("&{2 0xc000010040}", GoFmt.sprintf("%v",
                new PointerValue("*main.T", ADDR + 64, node(2, p))));
        assertEquals("[0xc000010040 <nil>]", GoFmt.sprint(new SliceValue("[]*main.T", ADDR + 128, false,
                List.of(p, nilNode()), false)));
        assertEquals("[]*main.T{(*main.T)(0xc000010040), (*main.T)(nil)}", GoFmt.sprintf("%#v",
                new SliceValue("[]*main.T", ADDR + 128, false, List.of(p, nilNode()), false)));
    }

    @Test
    void nilFuncsChansMapsAndSlicesPrintAsGo() {
        FmtValue f = new FmtValue.FuncValue("func()", 0);
        FmtValue ch = new FmtValue.ChanValue("chan int", 0);
        assertEquals("<nil> <nil> 0x0 0", GoFmt.sprintf("%v %v %p %d", f, ch, f, ch));
        assertEquals("(func())(nil) (chan int)(nil)", GoFmt.sprintf("%#v %#v", f, ch));
        assertEquals("func() chan int", GoFmt.sprintf("%T %T", f, ch));
        assertEquals("0x0 0x0", GoFmt.sprintf("%p %p",
                new FmtValue.MapValue("map[string]int", 0, List.of(), true),
                new SliceValue("[]int", 0, false, List.of(), true)));
        assertEquals("0x4000", GoFmt.sprint(new FmtValue.FuncValue("func()", 0x4000)));
    }

    @Test
    void methodPanicsPrintAsGoRecoversThem() {
        MethodValue nilReceiver = new MethodValue(new PointerValue("*main.Bad", 0, null), false,
                new byte[0], string("runtime error: invalid memory address or nil pointer dereference"));
        assertEquals("<nil>|<nil>|3", GoFmt.sprintf("%v|%s|%d", nilReceiver, nilReceiver, integer(3)));
        MethodValue boom = new MethodValue(new PointerValue("*main.Bad", ADDR,
                new StructValue("main.Bad", List.of())), false, new byte[0], string("boom"));
        assertEquals("%!v(PANIC=String method: boom)", GoFmt.sprintf("%v", boom));
        MethodValue kaput = new MethodValue(new StructValue("main.Bad2", List.of(new Field("X", integer(1)))),
                false, new byte[0], FmtValue.error(new PointerValue("*errors.errorString", ADDR, null), "kaput"));
        assertEquals("%!v(PANIC=String method: kaput)", GoFmt.sprintf("%v", kaput));
        assertEquals("{1}", GoFmt.sprintf("%d", kaput));
    }

    @Test
    void errorfWrapsEveryErrorOperandOfW() {
        FmtValue inner = FmtValue.error(new PointerValue("*errors.errorString", ADDR,
                new StructValue("errors.errorString", List.of(new Field("s", string("inner"))))), "inner");
        FmtValue other = FmtValue.error(new StructValue("main.Er", List.of(new Field("Code", integer(2)))), "err 2");
        GoFmt.ErrorfResult r = GoFmt.errorf(Utf8.bytes("outer: %w"), List.of(inner));
        assertEquals("outer: inner", Utf8.string(r.message()));
        assertEquals(List.of(inner), r.wrapped());
        // Go 1.20+ accepts several %w (Go 1.19 printed the second as %!w(...)).
        GoFmt.ErrorfResult two = GoFmt.errorf(Utf8.bytes("x %w %w"), List.of(inner, other));
        assertEquals("x inner err 2", Utf8.string(two.message()));
        assertEquals(List.of(inner, other), two.wrapped());
        GoFmt.ErrorfResult reordered = GoFmt.errorf(Utf8.bytes("%[2]w %[1]w %[2]w"), List.of(inner, other));
        assertEquals("err 2 inner err 2", Utf8.string(reordered.message()));
        assertEquals(List.of(inner, other), reordered.wrapped());
        GoFmt.ErrorfResult notError = GoFmt.errorf(Utf8.bytes("v %w"), List.of(integer(3)));
        assertEquals("v %!w(int=3)", Utf8.string(notError.message()));
        assertEquals(List.of(), notError.wrapped());
        assertEquals("%!w(*errors.errorString=&{inner})", GoFmt.sprintf("%w", inner));
        assertEquals("{1 x}", GoFmt.sprint(new StructValue("main.T", List.of(new Field("A", integer(1)),
                new Field("B", string("x"))))));
        assertEquals("%!w(main.T={1 x})", GoFmt.sprintf("%w", new StructValue("main.T",
                List.of(new Field("A", integer(1)), new Field("B", string("x"))))));
    }

    @Test
    void invalidUtf8InFormatAndOperandsIsKeptByteForByte() {
        byte[] format = {'%', 's', (byte) 0xff};
        byte[] out = GoFmt.sprintf(format, List.of(new FmtValue.StringValue("string", new byte[]{(byte) 0xfe})));
        assertEquals(List.of((byte) 0xfe, (byte) 0xff), List.of(out[0], out[1]));
        assertEquals(2, out.length);
    }
}
