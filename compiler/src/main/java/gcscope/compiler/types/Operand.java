package gcscope.compiler.types;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Printer;

/** The result of checking an expression: its mode, type and (for constants) value. */
final class Operand {
    enum Mode { INVALID, NOVALUE, VALUE, VARIABLE, MAPINDEX, COMMAOK, CONSTANT, TYPE, BUILTIN, PACKAGE }

    Mode mode;
    Type type;
    Constant val;
    Expr expr;
    /** For a value taken from a multi-value call: the call, for messages and positions. */
    Expr origin;
    Builtin builtin;
    /** Named untyped constant (for messages: {@code c (untyped int constant 5)}). */
    boolean named;

    Operand(Mode mode, Type type, Expr expr) {
        this.mode = mode;
        this.type = type;
        this.expr = expr;
    }

    static Operand invalid(Expr e) {
        return new Operand(Mode.INVALID, Universe.INVALID, e);
    }

    static Operand constant(Type t, Constant v, Expr e) {
        Operand o = new Operand(Mode.CONSTANT, t, e);
        o.val = v;
        return o;
    }

    boolean invalid() {
        return mode == Mode.INVALID || Types.isInvalid(type) && mode != Mode.NOVALUE && mode != Mode.BUILTIN && mode != Mode.PACKAGE;
    }

    boolean isNil() {
        return Types.isBasic(type, BasicKind.UNTYPED_NIL);
    }

    boolean isValue() {
        return mode == Mode.VALUE || mode == Mode.VARIABLE || mode == Mode.MAPINDEX || mode == Mode.COMMAOK || mode == Mode.CONSTANT;
    }

    /** types2's operand rendering: {@code x (variable of type int)}, {@code 300 (untyped int constant)}. */
    String describe() {
        Expr src = expr != null ? expr : origin;
        String e = src == null ? "" : Printer.expr(src);
        if (isNil()) return "nil";
        String what = switch (mode) {
            case INVALID -> "invalid operand";
            case NOVALUE -> "no value";
            case BUILTIN -> "built-in";
            case TYPE -> "type";
            case PACKAGE -> "package";
            case VARIABLE -> "variable of type " + type;
            case MAPINDEX -> "map index expression of type " + type;
            case COMMAOK -> "comma, ok expression of type " + type;
            case VALUE -> "value of type " + type;
            case CONSTANT -> {
                String v = val == null ? "" : ConstOps.format(val);
                if (val instanceof Constant.Str) v = val.toString();
                boolean showVal = !v.equals(e);
                if (Types.isUntyped(type)) yield type + " constant" + (showVal ? " " + v : "");
                yield "constant" + (showVal ? " " + v : "") + " of type " + type;
            }
        };
        return e + " (" + what + ")";
    }
}
