package gcscope.compiler.types;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Printer;
import gcscope.compiler.lex.TokenKind;

import java.math.BigInteger;

/** Assignability with Go's messages, implicit interface conversions, and binary operators. */
final class Assignments {
    private final Checker c;

    Assignments(Checker c) {
        this.c = c;
    }

    void recordImplicit(Operand x, Type target) {
        if (x.expr == null || Types.isInvalid(target)) return;
        if (Types.isInterface(target) && !Types.isInterface(x.type) && !x.isNil()) c.info.implicitConversions.put(x.expr, target);
    }

    /**
     * Checks that x can be assigned to a variable of type t ({@code context}: "assignment", "argument to f",
     * "return statement", "variable declaration", "struct literal"...), converting untyped values.
     */
    boolean assignTo(Operand x, Type t, String context) {
        if (x.invalid() || t == null || Types.isInvalid(t)) return false;
        String desc = x.describe();
        if (Types.isUntyped(x.type)) {
            String r = c.exprs.convertUntyped(x, t);
            if (r != null) {
                String suffix = r.equals("overflows") ? " (overflows)" : r.equals("truncated") ? " (truncated)" : "";
                c.error(at(x), "cannot use " + desc + " as " + t + " value in " + context + suffix + why(x.type, t));
                return false;
            }
            recordImplicit(x, t);
            return true;
        }
        if (Types.assignable(x.type, t)) {
            recordImplicit(x, t);
            return true;
        }
        c.error(at(x), "cannot use " + desc + " as " + t + " value in " + context + why(x.type, t));
        return false;
    }

    private static gcscope.vm.bytecode.SourcePos at(Operand x) {
        Expr e = x.expr != null ? x.expr : x.origin;
        return e == null ? new gcscope.vm.bytecode.SourcePos(1, 1) : gcscope.compiler.ast.Exprs.start(e);
    }

    /** The ": T does not implement I (missing method M)" explanation, or "". */
    String why(Type v, Type t) {
        if (!(t.underlying() instanceof InterfaceType it) || Types.isUntyped(v) && !Types.isInterface(t)) return "";
        Type vt = Types.isUntyped(v) ? Types.defaultType(v) : v;
        Types.MissingMethod m = Types.missingMethod(vt, it);
        if (m == null) return "";
        String reason = m.pointerOnly() ? "method " + m.name() + " has pointer receiver"
                : m.have() != null ? "wrong type for method " + m.name() : "missing method " + m.name();
        return ": " + vt + " does not implement " + t + " (" + reason + ")";
    }

    Operand binaryOp(Expr.Binary b, TokenKind op, Operand x, Operand y) {
        if (op == TokenKind.SHL || op == TokenKind.SHR) return shift(b, op, x, y);
        boolean cmp = switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
        boolean xNil = x.isNil(), yNil = y.isNil();
        if (!matchTypes(b, x, y)) return Operand.invalid(b);
        if (cmp) return comparison(b, op, x, y, xNil, yNil);
        if (!Types.identical(x.type, y.type)) {
            if (!Types.isInvalid(x.type) && !Types.isInvalid(y.type))
                c.error(b, "invalid operation: " + Printer.expr(b) + " (mismatched types " + x.type + " and " + y.type + ")");
            return Operand.invalid(b);
        }
        boolean ok = switch (op) {
            case ADD -> Types.isNumeric(x.type) || Types.isString(x.type);
            case SUB, MUL, QUO -> Types.isNumeric(x.type);
            case REM, AND, OR, XOR, AND_NOT -> Types.isInteger(x.type);
            case LAND, LOR -> Types.isBoolean(x.type);
            default -> false;
        };
        if (!ok) {
            c.error(b, "invalid operation: operator " + op.text() + " not defined on " + x.describe());
            return Operand.invalid(b);
        }
        if ((op == TokenKind.QUO || op == TokenKind.REM) && y.mode == Operand.Mode.CONSTANT && y.val != null && isZero(y.val)
                && (x.mode == Operand.Mode.CONSTANT || Types.isInteger(x.type))) {
            c.error(b.y(), "invalid operation: division by zero");
            return Operand.invalid(b);
        }
        if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
            Constant v = ConstOps.binary(op, x.val, y.val, Types.isInteger(x.type));
            if (v == null) {
                c.error(b, "constant " + opName(op) + " overflow");
                return Operand.invalid(b);
            }
            Operand r = Operand.constant(x.type, v, b);
            if (!Types.isUntyped(x.type) && !c.exprs.fits(r, b)) return Operand.invalid(b);
            return r;
        }
        return new Operand(Operand.Mode.VALUE, x.type, b);
    }

    private static String opName(TokenKind op) {
        return switch (op) {
            case ADD -> "addition";
            case SUB -> "subtraction";
            case MUL -> "multiplication";
            case QUO -> "division";
            case SHL -> "shift";
            default -> "operation";
        };
    }

    private static boolean isZero(Constant v) {
        if (v instanceof Constant.Int i) return i.value().signum() == 0;
        if (v instanceof Constant.Float f) return f.value().signum() == 0;
        return false;
    }

    /** Converts an untyped side to the other's type (Go's "matchTypes"); reports and returns false on failure. */
    private boolean matchTypes(Expr.Binary b, Operand x, Operand y) {
        boolean ux = Types.isUntyped(x.type), uy = Types.isUntyped(y.type);
        if (ux && !uy) return convertSide(b, x, y);
        if (uy && !ux) return convertSide(b, y, x);
        if (ux && uy) {
            if (x.isNil() != y.isNil()) return mismatch(b, x, y);
            BasicKind kx = Types.basicKind(x.type), ky = Types.basicKind(y.type);
            if (kx.isNumeric() && ky.isNumeric()) {
                if (ExprChecker.rank(kx) < ExprChecker.rank(ky)) c.exprs.convertUntyped(x, y.type);
                else c.exprs.convertUntyped(y, x.type);
                return true;
            }
            if (kx != ky) return mismatch(b, x, y);
        }
        return true;
    }

    private boolean convertSide(Expr.Binary b, Operand u, Operand typed) {
        String desc = u.describe();
        if (u.isNil() && !Types.hasNil(typed.type)) return mismatch(b, b.x() == u.expr ? u : typed, b.x() == u.expr ? typed : u);
        String r = c.exprs.convertUntyped(u, typed.type);
        if (r == null) return true;
        if (r.equals("overflows")) c.error(u.expr, desc + " overflows " + typed.type);
        else if (r.equals("truncated")) c.error(u.expr, desc + " truncated to " + typed.type);
        else {
            Operand x = b.x() == u.expr ? u : typed, y = b.x() == u.expr ? typed : u;
            return mismatch(b, x, y);
        }
        return false;
    }

    private boolean mismatch(Expr.Binary b, Operand x, Operand y) {
        // Go reports a mismatched comparison at its second operand (only then is the mismatch known)
        boolean cmp = switch (b.op()) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
        c.error(cmp && b.y() != null ? b.y() : b, "invalid operation: " + Printer.expr(b) + " (mismatched types " + x.type + " and " + y.type + ")");
        return false;
    }

    private Operand comparison(Expr.Binary b, TokenKind op, Operand x, Operand y, boolean xNil, boolean yNil) {
        String bad = null;
        if (xNil && yNil) {
            // Go reports it at the second operand: only then is the comparison known to be invalid
            c.error(b.y(), "invalid operation: " + Printer.expr(b) + " (operator " + op.text() + " not defined on untyped nil)");
            return Operand.invalid(b);
        }
        if (!Types.assignable(x.type, y.type) && !Types.assignable(y.type, x.type)) {
            return mismatch(b, x, y) ? null : Operand.invalid(b);
        }
        if (op == TokenKind.EQL || op == TokenKind.NEQ) {
            Operand other = xNil ? y : yNil ? x : null;
            if (other != null) {
                if (!Types.hasNil(other.type)) return mismatch(b, x, y) ? null : Operand.invalid(b);
            } else {
                if (!Types.comparable(x.type)) {
                    bad = incomparable(x, op);
                } else if (!Types.comparable(y.type)) {
                    // Go reports an incomparable second operand at that operand
                    c.error(b.y(), "invalid operation: " + Printer.expr(b) + " (" + incomparable(y, op) + ")");
                    return Operand.invalid(b);
                }
            }
        } else {
            BasicKind ok = Types.basicKind(x.type);
            if (ok == null || !ok.isOrdered()) {
                String kind = kindName(x.type);
                bad = "operator " + op.text() + " not defined on " + kind;
            }
        }
        if (bad != null) {
            c.error(b, "invalid operation: " + Printer.expr(b) + " (" + bad + ")");
            return Operand.invalid(b);
        }
        if (Types.isInterface(x.type) && !Types.isInterface(y.type)) recordImplicit(y, x.type);
        if (Types.isInterface(y.type) && !Types.isInterface(x.type)) recordImplicit(x, y.type);
        if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
            return Operand.constant(Universe.UNTYPED_BOOL, ConstOps.binary(op, x.val, y.val, false), b);
        }
        if (Types.isUntyped(x.type) && !x.isNil() && !(yNil || xNil)) c.exprs.defaultConvert(x);
        if (Types.isUntyped(y.type) && !y.isNil() && !(yNil || xNil)) c.exprs.defaultConvert(y);
        return new Operand(Operand.Mode.VALUE, Universe.UNTYPED_BOOL, b);
    }

    private String incomparable(Operand x, TokenKind op) {
        Type u = x.type.underlying();
        if (u instanceof Type.Slice) return "slice can only be compared to nil";
        if (u instanceof Type.MapType) return "map can only be compared to nil";
        if (u instanceof Type.Signature) return "func can only be compared to nil";
        if (u instanceof Type.Struct) return "struct containing " + firstIncomparable(x.type) + " cannot be compared";
        if (u instanceof EnumType) return "enum containing " + firstIncomparable(x.type) + " cannot be compared";
        return "operator " + op.text() + " not defined on " + x.describe();
    }

    private static String kindName(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic bb) return bb.kind().isBoolean() ? "bool" : bb.toString();
        if (u instanceof Type.Struct) return "struct";
        if (u instanceof Type.Pointer) return "pointer";
        if (u instanceof InterfaceType) return "interface";
        if (u instanceof Type.Slice) return "slice";
        if (u instanceof Type.MapType) return "map";
        if (u instanceof Type.Chan) return "chan";
        if (u instanceof Type.Array) return "array";
        if (u instanceof Type.Signature) return "func";
        if (u instanceof EnumType) return "enum";
        return t.toString();
    }

    private static Type firstIncomparable(Type t) {
        if (t.underlying() instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) if (!Types.comparable(f.type())) return f.type();
        }
        if (t.underlying() instanceof EnumType e) {
            for (EnumType.Variant v : e.variants()) for (Type.Field f : v.fields()) if (!Types.comparable(f.type())) return f.type();
        }
        return t;
    }

    private Operand shift(Expr.Binary b, TokenKind op, Operand x, Operand y) {
        // shift count
        if (y.mode == Operand.Mode.CONSTANT) {
            BigInteger n = ConstOps.toInt(y.val);
            if (n == null || !(Types.isInteger(y.type) || Types.isUntyped(y.type))) {
                c.error(b.y(), "invalid operation: shift count " + y.describe() + " must be integer");
                return Operand.invalid(b);
            }
            if (n.signum() < 0) {
                c.error(b.y(), "invalid operation: negative shift count " + y.describe());
                return Operand.invalid(b);
            }
            if (Types.isUntyped(y.type)) c.exprs.convertUntyped(y, Universe.UINT);
        } else if (!Types.isInteger(y.type)) {
            c.error(b.y(), "invalid operation: shift count " + y.describe() + " must be integer");
            return Operand.invalid(b);
        }
        if (x.mode == Operand.Mode.CONSTANT && Types.isUntyped(x.type)) {
            BigInteger v = ConstOps.toInt(x.val);
            if (v == null || !Types.isNumeric(x.type)) {
                c.error(b, "invalid operation: shifted operand " + x.describe() + " must be integer");
                return Operand.invalid(b);
            }
            if (y.mode == Operand.Mode.CONSTANT) {
                long s = ConstOps.toInt(y.val).min(BigInteger.valueOf(100000)).longValue();
                if (s > ConstOps.MAX_BITS) {
                    c.error(b, "invalid shift count " + Printer.expr(b.y()));
                    return Operand.invalid(b);
                }
                Type rt = Types.basicKind(x.type) == BasicKind.UNTYPED_FLOAT ? Universe.UNTYPED_INT : x.type;
                return Operand.constant(rt, ConstOps.shift(op, new Constant.Int(v), s), b);
            }
            // non-constant shift: the untyped operand takes the type the context gives the whole shift
            Type rt = Types.basicKind(x.type) == BasicKind.UNTYPED_FLOAT ? Universe.UNTYPED_INT : x.type;
            if (rt != x.type) c.exprs.convertUntyped(x, rt);
            return new Operand(Operand.Mode.VALUE, rt, b);
        }
        if (!Types.isInteger(x.type)) {
            c.error(b, "invalid operation: shifted operand " + x.describe() + " must be integer");
            return Operand.invalid(b);
        }
        if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
            long s = ConstOps.toInt(y.val).min(BigInteger.valueOf(100000)).longValue();
            Constant sv = ConstOps.shift(op, x.val, s);
            if (sv == null) {
                c.error(b, "invalid shift count " + Printer.expr(b.y()));
                return Operand.invalid(b);
            }
            Operand r = Operand.constant(x.type, sv, b);
            if (!c.exprs.fits(r, b)) return Operand.invalid(b);
            return r;
        }
        return new Operand(Operand.Mode.VALUE, x.type, b);
    }
}
