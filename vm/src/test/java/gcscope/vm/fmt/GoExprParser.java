package gcscope.vm.fmt;

import gcscope.vm.fmt.GoTestTypes.ArrayT;
import gcscope.vm.fmt.GoTestTypes.Basic;
import gcscope.vm.fmt.GoTestTypes.FieldT;
import gcscope.vm.fmt.GoTestTypes.IfaceT;
import gcscope.vm.fmt.GoTestTypes.MapT;
import gcscope.vm.fmt.GoTestTypes.PtrT;
import gcscope.vm.fmt.GoTestTypes.SliceT;
import gcscope.vm.fmt.GoTestTypes.StructT;
import gcscope.vm.fmt.GoTestTypes.Ty;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the argument column of cases.txt (a comma-separated list of Go expressions over the types
 * of {@link GoTestTypes}) into FmtValues, the way the interpreter would hand them to fmt: untyped
 * constants take their default or context type, values of types with String/Error methods are
 * wrapped as MethodValues (except in unexported struct fields, as Go's fmt cannot call them there).
 */
final class GoExprParser {
    private final List<String> toks;
    private int pos;
    private long nextAddress = 0xc000010000L;

    /** An untyped constant (kind INT, FLOAT, RUNE, STRING, BOOL) or a typed value. */
    private record Val(String constKind, BigDecimal num, String str, boolean bool, FmtValue typed, Ty type) {
        static Val typed(FmtValue v, Ty t) {
            return new Val(null, null, null, false, v, t);
        }

        static Val constant(String kind, BigDecimal n) {
            return new Val(kind, n, null, false, null, null);
        }

        boolean isNil() {
            return constKind != null && constKind.equals("NIL");
        }
    }

    private GoExprParser(String src) {
        this.toks = GoTokens.split(src);
    }

    static List<FmtValue> parseArgs(String src) {
        GoExprParser p = new GoExprParser(src);
        List<FmtValue> out = new ArrayList<>();
        while (p.pos < p.toks.size()) {
            out.add(p.convert(p.expr(), null));
            if (p.pos < p.toks.size()) {
                p.expect(",");
            }
        }
        return out;
    }

    private String peek() {
        return pos < toks.size() ? toks.get(pos) : "";
    }

    private String next() {
        return toks.get(pos++);
    }

    private void expect(String t) {
        String got = next();
        if (!got.equals(t)) {
            throw new IllegalArgumentException("expected " + t + " got " + got + " at " + pos + " in " + toks);
        }
    }

    private Val expr() {
        Val v = term();
        while (peek().equals("+") || peek().equals("-")) {
            String op = next();
            Val w = term();
            v = Val.constant(kindOf(v, w), op.equals("+") ? v.num().add(w.num()) : v.num().subtract(w.num()));
        }
        return v;
    }

    private Val term() {
        Val v = unary();
        while (peek().equals("*") || peek().equals("/") || peek().equals("<<")) {
            String op = next();
            Val w = unary();
            String k = kindOf(v, w);
            BigDecimal r = switch (op) {
                case "*" -> v.num().multiply(w.num());
                case "/" -> k.equals("FLOAT") ? v.num().divide(w.num(), MathContext.DECIMAL128)
                        : new BigDecimal(v.num().toBigInteger().divide(w.num().toBigInteger()));
                default -> new BigDecimal(v.num().toBigInteger().shiftLeft(w.num().intValue()));
            };
            v = Val.constant(k, r);
        }
        return v;
    }

    private static String kindOf(Val a, Val b) {
        if (a.constKind() == null || b.constKind() == null) {
            throw new IllegalArgumentException("only untyped constant arithmetic is supported");
        }
        return a.constKind().equals("FLOAT") || b.constKind().equals("FLOAT") ? "FLOAT"
                : a.constKind().equals("RUNE") || b.constKind().equals("RUNE") ? "RUNE" : "INT";
    }

    private Val unary() {
        if (peek().equals("+")) {
            next();
            return unary();
        }
        if (peek().equals("^")) {
            next();
            Val v = unary();
            FmtValue.IntValue i = (FmtValue.IntValue) v.typed();
            Basic b = (Basic) v.type();
            return Val.typed(basicValue(b, BigDecimal.valueOf(~i.value()), "", false), b);
        }
        if (peek().equals("-")) {
            next();
            Val v = unary();
            if (v.constKind() != null) {
                return Val.constant(v.constKind(), v.num().negate());
            }
            FmtValue t = v.typed();
            if (t instanceof FmtValue.FloatValue f) {
                return Val.typed(new FmtValue.FloatValue(f.type(), -f.value(), f.size()), v.type());
            }
            FmtValue.IntValue i = (FmtValue.IntValue) t;
            return Val.typed(new FmtValue.IntValue(i.type(), -i.value(), i.unsigned()), v.type());
        }
        if (peek().equals("&")) {
            next();
            return addressOf(primary());
        }
        return primary();
    }

    private Val addressOf(Val v) {
        Ty pt = new PtrT("*" + v.type().name(), v.type());
        FmtValue raw = GoTestTypes.unwrap(v.typed());
        return Val.typed(GoTestTypes.withMethods(pt, new FmtValue.PointerValue(pt.name(), nextAddress += 0x40, raw)), pt);
    }

    private Val primary() {
        String t = peek();
        char c = t.charAt(0);
        if (Character.isDigit(c) || (c == '.' && t.length() > 1)) {
            next();
            return number(t);
        }
        if (c == '\'') {
            next();
            byte[] b = GoTokens.unquote(t);
            return Val.constant("RUNE", BigDecimal.valueOf(Utf8.rune(Utf8.decode(b, 0, b.length))));
        }
        if (c == '"' || c == '`') {
            next();
            return new Val("STRING", null, new String(GoTokens.unquote(t), java.nio.charset.StandardCharsets.ISO_8859_1),
                    false, null, null);
        }
        if (t.equals("(")) {
            next();
            if (peek().equals("*")) {
                next();
                Ty elem = type();
                expect(")");
                Ty pt = new PtrT("*" + elem.name(), elem);
                expect("(");
                Val v = expr();
                expect(")");
                return Val.typed(convert(v, pt), pt);
            }
            Val v = expr();
            expect(")");
            return v;
        }
        switch (t) {
            case "true", "false" -> {
                next();
                return new Val("BOOL", null, null, t.equals("true"), null, null);
            }
            case "nil" -> {
                next();
                return new Val("NIL", null, null, false, null, null);
            }
            case "math" -> {
                return math();
            }
            case "posInf", "negInf", "NaN" -> {
                next();
                double d = t.equals("posInf") ? Double.POSITIVE_INFINITY
                        : t.equals("negInf") ? Double.NEGATIVE_INFINITY : Double.NaN;
                return Val.typed(FmtValue.float64(d), GoTestTypes.FLOAT64);
            }
            case "errors" -> {
                next();
                expect(".");
                expect("New");
                expect("(");
                Val s = expr();
                expect(")");
                Ty st = GoTestTypes.named("errors.errorString");
                FmtValue inner = new FmtValue.StructValue("errors.errorString",
                        List.of(new FmtValue.Field("s", convert(s, GoTestTypes.STRING))));
                return addressOf(Val.typed(inner, st));
            }
            default -> {
            }
        }
        Ty type = type();
        if (peek().equals("(")) {
            next();
            Val v = expr();
            expect(")");
            return Val.typed(convert(v, type), type);
        }
        return Val.typed(composite(type), type);
    }

    private Val math() {
        next();
        expect(".");
        String f = next();
        switch (f) {
            case "Inf", "NaN", "Copysign", "Float64frombits", "Float32frombits" -> {
                expect("(");
                List<Val> args = new ArrayList<>();
                while (!peek().equals(")")) {
                    args.add(expr());
                    if (peek().equals(",")) {
                        next();
                    }
                }
                expect(")");
                double d = switch (f) {
                    case "Inf" -> args.get(0).num().signum() >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                    case "NaN" -> Double.NaN;
                    case "Copysign" -> Math.copySign(args.get(0).num().doubleValue(), args.get(1).num().doubleValue());
                    case "Float64frombits" -> Double.longBitsToDouble(args.get(0).num().toBigInteger().longValue());
                    default -> Float.intBitsToFloat(args.get(0).num().intValue());
                };
                if (f.equals("Float32frombits")) {
                    return Val.typed(new FmtValue.FloatValue("float32", d, 32), GoTestTypes.basic("float32"));
                }
                return Val.typed(FmtValue.float64(d), GoTestTypes.FLOAT64);
            }
            case "MaxInt64" -> {
                return Val.constant("INT", BigDecimal.valueOf(Long.MAX_VALUE));
            }
            case "MinInt64" -> {
                return Val.constant("INT", BigDecimal.valueOf(Long.MIN_VALUE));
            }
            case "MaxUint64" -> {
                return Val.constant("INT", new BigDecimal(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
            }
            case "MaxFloat64" -> {
                return Val.constant("FLOAT", new BigDecimal(Double.MAX_VALUE));
            }
            case "SmallestNonzeroFloat64" -> {
                return Val.constant("FLOAT", new BigDecimal(Double.MIN_VALUE));
            }
            case "Pi" -> {
                return Val.constant("FLOAT", new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459"));
            }
            default -> throw new IllegalArgumentException("math." + f);
        }
    }

    private static Val number(String t) {
        String s = t.replace("_", "");
        if (s.startsWith("0x") || s.startsWith("0X")) {
            return Val.constant("INT", new BigDecimal(new BigInteger(s.substring(2), 16)));
        }
        if (s.startsWith("0b")) {
            return Val.constant("INT", new BigDecimal(new BigInteger(s.substring(2), 2)));
        }
        if (s.length() > 1 && s.startsWith("0") && s.chars().allMatch(Character::isDigit)) {
            return Val.constant("INT", new BigDecimal(new BigInteger(s.substring(1), 8)));
        }
        if (s.startsWith("0o")) {
            return Val.constant("INT", new BigDecimal(new BigInteger(s.substring(2), 8)));
        }
        if (s.contains(".") || s.contains("e") || s.contains("E")) {
            return Val.constant("FLOAT", new BigDecimal(s));
        }
        return Val.constant("INT", new BigDecimal(s));
    }

    /** Parses a type: a name, []T, [N]T, map[K]V, *T, struct{...}, interface{}. */
    private Ty type() {
        String t = next();
        switch (t) {
            case "[" -> {
                if (peek().equals("]")) {
                    next();
                    Ty e = type();
                    return new SliceT("[]" + e.name(), e);
                }
                int n = Integer.parseInt(next());
                expect("]");
                Ty e = type();
                return new ArrayT("[" + n + "]" + e.name(), n, e);
            }
            case "map" -> {
                expect("[");
                Ty k = type();
                expect("]");
                Ty v = type();
                return new MapT("map[" + k.name() + "]" + v.name(), k, v);
            }
            case "*" -> {
                Ty e = type();
                return new PtrT("*" + e.name(), e);
            }
            case "interface" -> {
                expect("{");
                expect("}");
                return GoTestTypes.ANY;
            }
            case "struct" -> {
                expect("{");
                List<FieldT> fields = new ArrayList<>();
                while (!peek().equals("}")) {
                    List<String> names = new ArrayList<>();
                    names.add(next());
                    while (peek().equals(",")) {
                        next();
                        names.add(next());
                    }
                    Ty ft = type();
                    for (String n : names) {
                        fields.add(new FieldT(n, ft));
                    }
                    if (peek().equals(";")) {
                        next();
                    }
                }
                expect("}");
                StringBuilder name = new StringBuilder("struct {");
                for (int i = 0; i < fields.size(); i++) {
                    name.append(i == 0 ? " " : "; ").append(fields.get(i).name()).append(' ')
                            .append(fields.get(i).type().name());
                }
                name.append(fields.isEmpty() ? "}" : " }");
                return new StructT(name.toString(), fields);
            }
            default -> {
                return GoTestTypes.basic(t);
            }
        }
    }

    /** A composite literal body {...} of the given type (the opening brace is next). */
    private FmtValue composite(Ty type) {
        expect("{");
        List<FmtValue> elems = new ArrayList<>();
        List<FmtValue.Entry> entries = new ArrayList<>();
        List<FmtValue.Field> fields = new ArrayList<>();
        int index = 0;
        while (!peek().equals("}")) {
            if (type instanceof MapT m) {
                FmtValue k = element(m.key());
                expect(":");
                entries.add(new FmtValue.Entry(k, element(m.value())));
            } else if (type instanceof StructT s) {
                if (pos + 1 < toks.size() && toks.get(pos + 1).equals(":")) {
                    String name = next();
                    next();
                    while (!s.fields().get(index).name().equals(name)) {
                        fields.add(zeroField(s.fields().get(index++)));
                    }
                }
                FieldT ft = s.fields().get(index++);
                fields.add(field(ft, element(ft.type())));
            } else {
                Ty elem = type instanceof SliceT st ? st.elem() : ((ArrayT) type).elem();
                elems.add(element(elem));
            }
            if (peek().equals(",")) {
                next();
            }
        }
        expect("}");
        if (type instanceof StructT s) {
            while (index < s.fields().size()) {
                fields.add(zeroField(s.fields().get(index++)));
            }
        }
        return build(type, elems, entries, fields, false);
    }

    private FmtValue element(Ty t) {
        if (peek().equals("{")) {
            if (t instanceof PtrT p) {
                Val inner = Val.typed(composite(p.elem()), p.elem());
                return addressOf(inner).typed();
            }
            return composite(t);
        }
        return convert(expr(), t);
    }

    private static FmtValue.Field field(FieldT ft, FmtValue v) {
        return new FmtValue.Field(ft.name(), ft.exported() ? v : GoTestTypes.unwrap(v));
    }

    private FmtValue.Field zeroField(FieldT ft) {
        return field(ft, zero(ft.type()));
    }

    private FmtValue build(Ty type, List<FmtValue> elems, List<FmtValue.Entry> entries, List<FmtValue.Field> fields,
                           boolean nil) {
        FmtValue v;
        if (type instanceof MapT m) {
            v = new FmtValue.MapValue(m.name(), nil ? 0 : (nextAddress += 0x40), entries, nil);
        } else if (type instanceof StructT s) {
            v = new FmtValue.StructValue(s.name(), fields);
        } else if (type instanceof SliceT s) {
            v = new FmtValue.SliceValue(s.name(), nil ? 0 : (nextAddress += 0x40), isByte(s.elem()), elems, nil);
        } else {
            ArrayT a = (ArrayT) type;
            List<FmtValue> all = new ArrayList<>(elems);
            while (all.size() < a.length()) {
                all.add(zero(a.elem()));
            }
            v = new FmtValue.ArrayValue(a.name(), isByte(a.elem()), all);
        }
        return GoTestTypes.withMethods(type, v);
    }

    private static boolean isByte(Ty t) {
        return t instanceof Basic b && b.kind().equals("uint8");
    }

    private FmtValue zero(Ty t) {
        if (t instanceof Basic b) {
            return basicValue(b, BigDecimal.ZERO, "", false);
        }
        if (t instanceof IfaceT i) {
            return new FmtValue.NilValue(i.name());
        }
        if (t instanceof PtrT p) {
            return GoTestTypes.withMethods(p, new FmtValue.PointerValue(p.name(), 0, null));
        }
        if (t instanceof StructT s) {
            List<FmtValue.Field> fields = new ArrayList<>();
            for (FieldT f : s.fields()) {
                fields.add(zeroField(f));
            }
            return build(s, List.of(), List.of(), fields, false);
        }
        return build(t, List.of(), List.of(), List.of(), true);
    }

    private FmtValue basicValue(Basic b, BigDecimal n, String s, boolean bool) {
        FmtValue v = switch (b.kind()) {
            case "bool" -> new FmtValue.BoolValue(b.name(), bool);
            case "string" -> new FmtValue.StringValue(b.name(), s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            case "float64" -> new FmtValue.FloatValue(b.name(), n.doubleValue(), 64);
            case "float32" -> new FmtValue.FloatValue(b.name(), n.floatValue(), 32);
            default -> {
                FmtValue.IntValue i = (FmtValue.IntValue) FmtValue.integer(b.kind(), n.toBigInteger().longValue());
                yield new FmtValue.IntValue(b.name(), i.value(), i.unsigned());
            }
        };
        return GoTestTypes.withMethods(b, v);
    }

    /** Converts a parsed value to type {@code t} (null: the default type of an untyped constant). */
    private FmtValue convert(Val v, Ty t) {
        if (v.isNil()) {
            if (t == null || t instanceof IfaceT) {
                return new FmtValue.NilValue(t == null ? "interface {}" : t.name());
            }
            return zero(t);
        }
        if (v.constKind() == null) {
            if (t == null || t instanceof IfaceT || t.name().equals(v.type().name())) {
                return v.typed();
            }
            FmtValue raw = GoTestTypes.unwrap(v.typed());
            if (raw instanceof FmtValue.FloatValue f) {
                return basicValue((Basic) t, new BigDecimal(f.value()), "", false);
            }
            if (raw instanceof FmtValue.IntValue i && t instanceof Basic b && b.kind().equals("string")) {
                ByteBuf rune = new ByteBuf(4);
                rune.addRune(Utf8.validRune(i.value()) ? (int) i.value() : Utf8.RUNE_ERROR);
                return basicValue(b, BigDecimal.ZERO, new String(rune.toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), false);
            }
            if (raw instanceof FmtValue.IntValue i) {
                return basicValue((Basic) t, BigDecimal.valueOf(i.value()), "", false);
            }
            throw new IllegalArgumentException("cannot convert " + v + " to " + t);
        }
        Ty target = t == null || t instanceof IfaceT ? switch (v.constKind()) {
            case "INT" -> GoTestTypes.INT;
            case "FLOAT" -> GoTestTypes.FLOAT64;
            case "RUNE" -> GoTestTypes.INT32;
            case "STRING" -> GoTestTypes.STRING;
            default -> GoTestTypes.BOOL;
        } : t;
        if (target instanceof SliceT s && v.constKind().equals("STRING")) {
            byte[] b = v.str().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            List<FmtValue> elems = new ArrayList<>();
            for (byte x : b) {
                elems.add(FmtValue.integer("uint8", x));
            }
            return build(s, elems, List.of(), List.of(), false);
        }
        return basicValue((Basic) target, v.num(), v.str(), v.bool());
    }
}
