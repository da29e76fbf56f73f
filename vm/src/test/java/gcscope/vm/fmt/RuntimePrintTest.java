package gcscope.vm.fmt;

import org.junit.jupiter.api.Test;

import java.util.List;

import static gcscope.vm.fmt.FmtValue.float64;
import static gcscope.vm.fmt.FmtValue.integer;
import static gcscope.vm.fmt.FmtValue.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Builtin print/println and panic values, as Go 1.19's runtime printed them for the same operands. */
class RuntimePrintTest {

    private static String panicText(FmtValue v, long address) {
        ByteBuf out = new ByteBuf();
        RuntimePrint.appendPanicValue(out, v, address);
        return out.toString();
    }

    @Test
    void printlnFormatsFloatsWithSevenDigitsAndThreeDigitExponent() {
        List<FmtValue> args = List.of(float64(3.14), float64(1e100), float64(0.0), integer(1), integer(-5),
                FmtValue.bool(true), string("s"), float64(1e-7), float64(123456789.0), FmtValue.float32(0.1f),
                float64(2.5e-300), integer("uint64", -1), float64(0.99999999));
        assertEquals("+3.140000e+000 +1.000000e+100 +0.000000e+000 1 -5 true s +1.000000e-007 +1.234568e+008"
                + " +1.000000e-001 +2.500000e-300 18446744073709551615 +1.000000e+000\n",
                Utf8.string(RuntimePrint.println(args)));
    }

    @Test
    void printHasNoSeparatorsAndNilPointersAreZeroAddresses() {
        assertEquals("a12\n", Utf8.string(RuntimePrint.print(List.of(string("a"), integer(1), integer(2), string("\n")))));
        assertEquals("0x0\n", Utf8.string(RuntimePrint.println(List.of(new FmtValue.PointerValue("*int", 0, null)))));
    }

    @Test
    void panicValuesPrintAsTheRuntimeDoes() {
        assertEquals("+3.140000e+000", panicText(float64(3.14), 0));
        assertEquals("7", panicText(integer("uint8", 7), 0));
        assertEquals("plain", panicText(string("plain"), 0));
        assertEquals("main.MyInt(5)", panicText(new FmtValue.IntValue("main.MyInt", 5, false), 0));
        assertEquals("main.S(\"x\")", panicText(new FmtValue.StringValue("main.S", Utf8.bytes("x")), 0));
        assertEquals("(main.T) 0x4d3f48", panicText(new FmtValue.StructValue("main.T",
                List.of(new FmtValue.Field("A", integer(1)))), 0x4d3f48));
        assertEquals("panic called with nil argument", panicText(FmtValue.nil(), 0));
        assertEquals("boom", panicText(FmtValue.error(new FmtValue.PointerValue("*errors.errorString", 0x10, null),
                "boom"), 0x10));
    }
}
