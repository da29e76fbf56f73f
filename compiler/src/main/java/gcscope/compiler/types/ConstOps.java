package gcscope.compiler.types;

import gcscope.compiler.lex.Literals;
import gcscope.compiler.lex.TokenKind;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Exact constant arithmetic and representability (Go specification, "Constant expressions"). */
final class ConstOps {
    private ConstOps() {}

    static BigInteger min(BasicKind k) {
        return switch (k) {
            case INT8 -> BigInteger.valueOf(Byte.MIN_VALUE);
            case INT16 -> BigInteger.valueOf(Short.MIN_VALUE);
            case INT32, UNTYPED_RUNE -> BigInteger.valueOf(Integer.MIN_VALUE);
            case INT, INT64 -> BigInteger.valueOf(Long.MIN_VALUE);
            default -> BigInteger.ZERO;
        };
    }

    static BigInteger max(BasicKind k) {
        return switch (k) {
            case INT8 -> BigInteger.valueOf(Byte.MAX_VALUE);
            case INT16 -> BigInteger.valueOf(Short.MAX_VALUE);
            case INT32, UNTYPED_RUNE -> BigInteger.valueOf(Integer.MAX_VALUE);
            case INT, INT64 -> BigInteger.valueOf(Long.MAX_VALUE);
            case UINT8 -> BigInteger.valueOf(255);
            case UINT16 -> BigInteger.valueOf(65535);
            case UINT32 -> BigInteger.valueOf(4294967295L);
            default -> BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        };
    }

    /** Go keeps at least 512 bits for integer constants; beyond this a constant overflows. */
    static final int MAX_BITS = 1024;

    static BigInteger toInt(Constant c) {
        if (c instanceof Constant.Int i) return i.value();
        if (c instanceof Constant.Float f) {
            if (f.exact()) return f.den().equals(BigInteger.ONE) ? f.num() : null;
            if (f.value().precision() - f.value().scale() > 400) return null;
            try {
                return f.value().toBigIntegerExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return null;
    }

    static BigDecimal toFloat(Constant c) {
        if (c instanceof Constant.Int i) return new BigDecimal(i.value());
        if (c instanceof Constant.Float f) return f.value();
        return null;
    }

    /** The exact value of a numeric constant as {numerator, denominator}, or null when only approximate. */
    static BigInteger[] rational(Constant c) {
        if (c instanceof Constant.Int i) return new BigInteger[] {i.value(), BigInteger.ONE};
        if (c instanceof Constant.Float f && f.exact()) return new BigInteger[] {f.num(), f.den()};
        return null;
    }

    /** Result of converting a constant to a basic kind: the value, or why not. */
    record Repr(Constant value, boolean overflow, boolean truncated) {}

    /** Converts {@code c} to be a value of kind {@code k}; value null when not representable. */
    static Repr represent(Constant c, BasicKind k) {
        if (k == BasicKind.INVALID) return new Repr(c, false, false);
        if (k.isInteger()) {
            BigInteger v = toInt(c);
            if (v == null) return new Repr(null, false, c instanceof Constant.Float);
            if (k == BasicKind.UNTYPED_INT) return new Repr(new Constant.Int(v), false, false);
            if (k == BasicKind.UNTYPED_RUNE) return new Repr(new Constant.Int(v), false, false);
            if (v.compareTo(min(k)) < 0 || v.compareTo(max(k)) > 0) return new Repr(null, true, false);
            return new Repr(new Constant.Int(v), false, false);
        }
        if (k.isFloat()) {
            BigDecimal v = toFloat(c);
            if (v == null) return new Repr(null, false, false);
            if (k == BasicKind.UNTYPED_FLOAT) {
                return new Repr(c instanceof Constant.Float ? c : new Constant.Float(v), false, false);
            }
            double d = v.doubleValue();
            if (k == BasicKind.FLOAT32) {
                float f = (float) d;
                if (Float.isInfinite(f)) return new Repr(null, true, false);
                return new Repr(new Constant.Float(new BigDecimal(f)), false, false);
            }
            if (Double.isInfinite(d)) return new Repr(null, true, false);
            return new Repr(new Constant.Float(new BigDecimal(d)), false, false);
        }
        if (k.isString()) return new Repr(c instanceof Constant.Str ? c : null, false, false);
        if (k.isBoolean()) return new Repr(c instanceof Constant.Bool ? c : null, false, false);
        return new Repr(null, false, false);
    }

    static int compare(Constant a, Constant b) {
        if (a instanceof Constant.Int x && b instanceof Constant.Int y) return x.value().compareTo(y.value());
        if (a instanceof Constant.Str x && b instanceof Constant.Str y) {
            byte[] p = x.bytes(), q = y.bytes();
            for (int i = 0; i < Math.min(p.length, q.length); i++) {
                int c = Integer.compare(p[i] & 0xff, q[i] & 0xff);
                if (c != 0) return c;
            }
            return Integer.compare(p.length, q.length);
        }
        if (a instanceof Constant.Bool x && b instanceof Constant.Bool y) return x.value() == y.value() ? 0 : 1;
        BigInteger[] ra = rational(a), rb = rational(b);
        if (ra != null && rb != null) return ra[0].multiply(rb[1]).compareTo(rb[0].multiply(ra[1]));
        BigDecimal x = toFloat(a), y = toFloat(b);
        if (x == null || y == null) return 1;
        return x.compareTo(y);
    }

    /** {@code a op b} for constants; null with division by zero or an invalid combination. */
    static Constant binary(TokenKind op, Constant a, Constant b, boolean integerDivision) {
        try {
            Constant r = binary0(op, a, b, integerDivision);
            if (r instanceof Constant.Int i && i.value().bitLength() > MAX_BITS) return null;
            if (r instanceof Constant.Float f && Math.abs((long) f.value().precision() - f.value().scale()) > 100000) return null;
            return r;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Constant binary0(TokenKind op, Constant a, Constant b, boolean integerDivision) {
        switch (op) {
            case EQL: return new Constant.Bool(compare(a, b) == 0);
            case NEQ: return new Constant.Bool(compare(a, b) != 0);
            case LSS: return new Constant.Bool(compare(a, b) < 0);
            case LEQ: return new Constant.Bool(compare(a, b) <= 0);
            case GTR: return new Constant.Bool(compare(a, b) > 0);
            case GEQ: return new Constant.Bool(compare(a, b) >= 0);
            case LAND: return new Constant.Bool(((Constant.Bool) a).value() && ((Constant.Bool) b).value());
            case LOR: return new Constant.Bool(((Constant.Bool) a).value() || ((Constant.Bool) b).value());
            default: break;
        }
        if (a instanceof Constant.Str x && b instanceof Constant.Str y && op == TokenKind.ADD) {
            byte[] r = new byte[x.bytes().length + y.bytes().length];
            System.arraycopy(x.bytes(), 0, r, 0, x.bytes().length);
            System.arraycopy(y.bytes(), 0, r, x.bytes().length, y.bytes().length);
            return new Constant.Str(r);
        }
        if (a instanceof Constant.Int x && b instanceof Constant.Int y) {
            BigInteger p = x.value(), q = y.value();
            return switch (op) {
                case ADD -> new Constant.Int(p.add(q));
                case SUB -> new Constant.Int(p.subtract(q));
                case MUL -> new Constant.Int(p.multiply(q));
                case QUO -> q.signum() == 0 ? null : integerDivision ? new Constant.Int(p.divide(q))
                        : Constant.Float.ofRational(p, q);
                case REM -> q.signum() == 0 ? null : new Constant.Int(p.remainder(q));
                case AND -> new Constant.Int(p.and(q));
                case OR -> new Constant.Int(p.or(q));
                case XOR -> new Constant.Int(p.xor(q));
                case AND_NOT -> new Constant.Int(p.andNot(q));
                default -> null;
            };
        }
        BigInteger[] ra = rational(a), rb = rational(b);
        if (ra != null && rb != null) {
            BigInteger an = ra[0], ad = ra[1], bn = rb[0], bd = rb[1];
            return switch (op) {
                case ADD -> Constant.Float.ofRational(an.multiply(bd).add(bn.multiply(ad)), ad.multiply(bd));
                case SUB -> Constant.Float.ofRational(an.multiply(bd).subtract(bn.multiply(ad)), ad.multiply(bd));
                case MUL -> Constant.Float.ofRational(an.multiply(bn), ad.multiply(bd));
                case QUO -> bn.signum() == 0 ? null : Constant.Float.ofRational(an.multiply(bd), ad.multiply(bn));
                default -> null;
            };
        }
        BigDecimal p = toFloat(a), q = toFloat(b);
        if (p == null || q == null) return null;
        return switch (op) {
            case ADD -> new Constant.Float(p.add(q, Literals.PRECISION));
            case SUB -> new Constant.Float(p.subtract(q, Literals.PRECISION));
            case MUL -> new Constant.Float(p.multiply(q, Literals.PRECISION));
            case QUO -> q.signum() == 0 ? null : new Constant.Float(p.divide(q, Literals.PRECISION));
            default -> null;
        };
    }

    static Constant shift(TokenKind op, Constant a, long s) {
        BigInteger v = toInt(a);
        if (v == null || s < 0 || s > MAX_BITS) return null;
        return new Constant.Int(op == TokenKind.SHL ? v.shiftLeft((int) s) : v.shiftRight((int) s));
    }

    /** Unary {@code op a}; {@code k} is the operand's kind (for {@code ^} on unsigned types). */
    static Constant unary(TokenKind op, Constant a, BasicKind k) {
        switch (op) {
            case ADD: return a;
            case SUB:
                if (a instanceof Constant.Int i) return new Constant.Int(i.value().negate());
                if (a instanceof Constant.Float f) {
                    return f.exact() ? Constant.Float.ofRational(f.num().negate(), f.den())
                            : new Constant.Float(f.value().negate());
                }
                return null;
            case NOT: return a instanceof Constant.Bool b ? new Constant.Bool(!b.value()) : null;
            case XOR:
                if (!(a instanceof Constant.Int i)) return null;
                if (k != null && k.isUnsigned()) return new Constant.Int(i.value().xor(max(k)));
                return new Constant.Int(i.value().not());
            default: return null;
        }
    }

    /** Value of a rounded float for messages like {@code 1.5 (untyped float constant) truncated}. */
    static String format(Constant c) {
        if (c instanceof Constant.Float f) {
            BigDecimal v = f.value().stripTrailingZeros();
            if (v.scale() <= 0) return v.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
            if (v.precision() > 6) return String.valueOf(v.doubleValue()).replace("E", "e+").replace("e+-", "e-");
            return v.toPlainString();
        }
        return c.toString();
    }
}
