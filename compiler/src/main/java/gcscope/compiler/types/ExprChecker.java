package gcscope.compiler.types;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Printer;
import gcscope.compiler.lex.Literals;
import gcscope.compiler.lex.TokenKind;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Expressions: names, literals, operators, untyped-constant conversion. Selectors etc. in {@link Selectors}. */
final class ExprChecker {
    private final Checker c;
    final Selectors sel;
    final Literal lit;
    /** The iota of the constant spec being checked, or null outside constant declarations. */
    Integer iota;

    ExprChecker(Checker c) {
        this.c = c;
        this.sel = new Selectors(c);
        this.lit = new Literal(c);
    }

    /** Checks a single-valued (or no-value) expression. */
    Operand expr(Expr e, Scope scope) {
        return expr(e, scope, null);
    }

    /** {@code hint} is the element type for an elided composite literal type. */
    Operand expr(Expr e, Scope scope, Type hint) {
        Operand x = raw(e, scope, hint);
        if (x.type instanceof Type.Tuple t && x.mode != Operand.Mode.INVALID) {
            if (t.types().isEmpty()) x.mode = Operand.Mode.NOVALUE;
            else {
                c.error(e, "multiple-value " + Printer.expr(e) + " (value of type " + t + ") in single-value context");
                return invalid(e);
            }
        }
        return x;
    }

    /** Checks an expression that must have a value (reports {@code f() (no value) used as value}). */
    Operand value(Expr e, Scope scope, Type hint) {
        return mustHaveValue(e, expr(e, scope, hint));
    }

    /** {@link #value} for an operand already checked with {@link #raw} that is not a multi-value tuple. */
    Operand valueOfRaw(Expr e, Operand x) {
        if (x.type instanceof Type.Tuple t && t.types().isEmpty() && x.mode != Operand.Mode.INVALID) x.mode = Operand.Mode.NOVALUE;
        return mustHaveValue(e, x);
    }

    private Operand mustHaveValue(Expr e, Operand x) {
        if (x.mode == Operand.Mode.NOVALUE) {
            c.error(e, Printer.expr(e) + " (no value) used as value");
            return invalid(e);
        }
        if (x.mode == Operand.Mode.TYPE) {
            c.error(e, Printer.expr(e) + " (type) is not an expression");
            return invalid(e);
        }
        if (x.mode == Operand.Mode.BUILTIN) {
            c.error(e, Printer.expr(e) + " (built-in) must be called");
            return invalid(e);
        }
        if (x.mode == Operand.Mode.PACKAGE) {
            c.error(e, "use of package " + Printer.expr(e) + " without selector");
            return invalid(e);
        }
        return x;
    }

    Operand invalid(Expr e) {
        Operand o = Operand.invalid(e);
        record(o);
        return o;
    }

    void record(Operand x) {
        if (x.expr == null) return;
        c.info.types.put(x.expr, x.type);
        if (x.mode == Operand.Mode.CONSTANT && x.val != null) c.info.constants.put(x.expr, x.val);
        else c.info.constants.remove(x.expr);
    }

    /** Checks any expression (multi-value calls give a Tuple type). */
    Operand raw(Expr e, Scope scope, Type hint) {
        Operand x = raw0(e, scope, hint);
        x.expr = e;
        record(x);
        return x;
    }

    private Operand raw0(Expr e, Scope scope, Type hint) {
        if (e instanceof Expr.Ident id) return ident(id, scope, false);
        if (e instanceof Expr.BasicLit l) return basicLit(l);
        if (e instanceof Expr.CompositeLit cl) return lit.composite(cl, scope, hint);
        if (e instanceof Expr.FuncLit f) return c.stmts.funcLit(f, scope);
        if (e instanceof Expr.TypeOperand t) return new Operand(Operand.Mode.TYPE, c.typeOf(t.type(), scope), e);
        if (e instanceof Expr.Paren p) {
            Operand x = raw(p.x(), scope, hint);
            Operand r = new Operand(x.mode, x.type, e);
            r.val = x.val;
            r.builtin = x.builtin;
            r.named = x.named;
            return r;
        }
        if (e instanceof Expr.Selector s) return sel.selector(s, scope);
        if (e instanceof Expr.Index i) return sel.index(i, scope);
        if (e instanceof Expr.Slice s) return sel.slice(s, scope);
        if (e instanceof Expr.TypeAssert t) return sel.typeAssert(t, scope);
        if (e instanceof Expr.Call call) return c.calls.call(call, scope);
        if (e instanceof Expr.Star s) return star(s, scope);
        if (e instanceof Expr.Unary u) return unary(u, scope);
        if (e instanceof Expr.Binary b) return binary(b, scope);
        return Operand.invalid(e);
    }

    /** Resolves an identifier; {@code lhs} when it is the target of an assignment (not a use). */
    Operand ident(Expr.Ident id, Scope scope, boolean lhs) {
        if (id.isBlank()) {
            c.error(id, "cannot use _ as value");
            return Operand.invalid(id);
        }
        Symbol s = scope.lookup(id.name());
        if (s == null) {
            if (c.unsupportedPackages.contains(id.name())) return Operand.invalid(id);
            if (id.name().equals("complex") || id.name().equals("complex64") || id.name().equals("complex128") || id.name().equals("real") || id.name().equals("imag"))
                c.error(id, "complex numbers are not supported (" + id.name() + ")");
            else c.error(id, "undefined: " + id.name());
            return Operand.invalid(id);
        }
        c.info.uses.put(id, s);
        if (c.pkgDecls.containsKey(s)) {
            c.resolve(s);
            c.recordDep(s);
        }
        if (s instanceof VarSymbol v) {
            if (!lhs) v.markUsed();
            c.stmts.noteVarRef(v);
            if (v.type() == null) return Operand.invalid(id);
            return new Operand(Operand.Mode.VARIABLE, v.type(), id);
        }
        if (s instanceof ConstSymbol k) {
            if (k.name().equals("iota") && k.pos() == gcscope.vm.bytecode.SourcePos.NONE) {
                if (iota == null) {
                    c.error(id, "cannot use iota outside constant declaration");
                    return Operand.invalid(id);
                }
                return Operand.constant(Universe.UNTYPED_INT, new Constant.Int(BigInteger.valueOf(iota)), id);
            }
            k.used = true;
            if (k.value() == null) return Operand.invalid(id);
            Operand o = Operand.constant(k.type(), k.value(), id);
            o.named = true;
            return o;
        }
        if (s instanceof TypeSymbol t) {
            if (t.type() == null) c.resolve(t);
            return new Operand(Operand.Mode.TYPE, t.type() == null ? Universe.INVALID : t.type(), id);
        }
        if (s instanceof FuncSymbol f) {
            if (f.signature() == null) c.resolve(f);
            if (f.signature() == null) return Operand.invalid(id);
            return new Operand(Operand.Mode.VALUE, f.signature(), id);
        }
        if (s instanceof BuiltinSymbol b) {
            Operand o = new Operand(Operand.Mode.BUILTIN, Universe.INVALID, id);
            o.builtin = b.builtin();
            return o;
        }
        if (s instanceof PackageSymbol p) {
            p.used = true;
            return new Operand(Operand.Mode.PACKAGE, Universe.INVALID, id);
        }
        return new Operand(Operand.Mode.VALUE, Universe.UNTYPED_NIL, id);
    }

    private Operand basicLit(Expr.BasicLit l) {
        return switch (l.kind()) {
            case INT -> {
                BigInteger v = Literals.parseInt(l.raw());
                yield v == null ? Operand.invalid(l) : Operand.constant(Universe.UNTYPED_INT, new Constant.Int(v), l);
            }
            case FLOAT -> {
                BigDecimal v = Literals.parseFloat(l.raw());
                if (v == null) c.error(l, "floating-point constant overflow (exponent too large)");
                yield v == null ? Operand.invalid(l) : Operand.constant(Universe.UNTYPED_FLOAT, new Constant.Float(v), l);
            }
            case CHAR -> Operand.constant(Universe.UNTYPED_RUNE, new Constant.Int(BigInteger.valueOf(Literals.decodeRune(l.raw()))), l);
            case STRING -> Operand.constant(Universe.UNTYPED_STRING, new Constant.Str(Literals.decodeString(l.raw())), l);
            case IMAG -> Operand.invalid(l);
        };
    }

    private Operand star(Expr.Star s, Scope scope) {
        Operand x = raw(s.x(), scope, null);
        if (x.invalid()) return Operand.invalid(s);
        if (x.mode == Operand.Mode.TYPE) return new Operand(Operand.Mode.TYPE, new Type.Pointer(x.type), s);
        if (x.isNil()) {
            c.error(s, "invalid operation: cannot indirect nil");
            return Operand.invalid(s);
        }
        if (!(x.type.underlying() instanceof Type.Pointer p)) {
            c.error(s, "invalid operation: cannot indirect " + x.describe());
            return Operand.invalid(s);
        }
        return new Operand(Operand.Mode.VARIABLE, p.elem(), s);
    }

    private Operand unary(Expr.Unary u, Scope scope) {
        if (u.op() == TokenKind.AND) {
            Expr inner = u.x();
            while (inner instanceof Expr.Paren p) inner = p.x();
            Operand x = raw(u.x(), scope, null);
            if (x.invalid()) return Operand.invalid(u);
            if (inner instanceof Expr.CompositeLit) return new Operand(Operand.Mode.VALUE, new Type.Pointer(x.type), u);
            if (x.mode != Operand.Mode.VARIABLE) {
                c.error(u, "invalid operation: cannot take address of " + x.describe());
                return Operand.invalid(u);
            }
            c.stmts.markAddressTaken(u.x());
            return new Operand(Operand.Mode.VALUE, new Type.Pointer(x.type), u);
        }
        if (u.op() == TokenKind.ARROW) {
            Operand x = value(u.x(), scope, null);
            if (x.invalid()) return Operand.invalid(u);
            if (!(x.type.underlying() instanceof Type.Chan ch)) {
                c.error(u, "invalid operation: cannot receive from non-channel " + x.describe());
                return Operand.invalid(u);
            }
            if (ch.dir() == Type.ChanDir.SEND) {
                c.error(u, "invalid operation: cannot receive from send-only channel " + x.describe());
                return Operand.invalid(u);
            }
            return new Operand(Operand.Mode.COMMAOK, ch.elem(), u);
        }
        Operand x = value(u.x(), scope, null);
        if (x.invalid()) return Operand.invalid(u);
        boolean ok = switch (u.op()) {
            case ADD, SUB -> Types.isNumeric(x.type);
            case NOT -> Types.isBoolean(x.type);
            case XOR -> Types.isInteger(x.type);
            default -> false;
        };
        if (!ok) {
            c.error(u.x(), "invalid operation: operator " + u.op().text() + " not defined on " + x.describe());
            return Operand.invalid(u);
        }
        if (x.mode == Operand.Mode.CONSTANT) {
            Constant v = ConstOps.unary(u.op(), x.val, Types.basicKind(x.type));
            if (v == null) return Operand.invalid(u);
            Operand r = Operand.constant(x.type, v, u);
            if (!Types.isUntyped(x.type) && !fits(r, u)) return Operand.invalid(u);
            return r;
        }
        return new Operand(Operand.Mode.VALUE, x.type, u);
    }

    /** Checks that a typed constant result is representable in its type (Go: {@code constant 256 overflows uint8}). */
    boolean fits(Operand r, Expr at) {
        BasicKind k = Types.basicKind(r.type);
        if (k == null || r.val == null) return true;
        ConstOps.Repr rep = ConstOps.represent(r.val, k);
        if (rep.value() == null) {
            if (rep.truncated()) c.error(at, r.describe() + " truncated to " + r.type);
            else c.error(at, r.describe() + " overflows " + r.type);
            return false;
        }
        r.val = rep.value();
        return true;
    }

    private Operand binary(Expr.Binary b, Scope scope) {
        Operand x = value(b.x(), scope, null);
        Operand y = value(b.y(), scope, null);
        if (x.invalid() || y.invalid()) return Operand.invalid(b);
        return c.assign.binaryOp(b, b.op(), x, y);
    }

    /**
     * Converts an untyped operand to {@code target} (or its default type for an interface target), updating
     * recorded types. Returns null on success, else the reason: "overflows", "truncated" or "mismatch".
     */
    String convertUntyped(Operand x, Type target) {
        if (!Types.isUntyped(x.type) || Types.isInvalid(target)) return null;
        if (Types.isUntyped(target)) {
            if (x.isNil() || Types.isBasic(target, BasicKind.UNTYPED_NIL)) return x.isNil() && Types.isBasic(target, BasicKind.UNTYPED_NIL) ? null : "mismatch";
            BasicKind xk = Types.basicKind(x.type), tk = Types.basicKind(target);
            if (xk.isNumeric() && tk.isNumeric()) {
                if (rank(tk) > rank(xk)) setType(x, target);
                return null;
            }
            return xk == tk ? null : "mismatch";
        }
        Type u = target.underlying();
        if (u instanceof InterfaceType) {
            if (x.isNil()) {
                setType(x, target);
                return null;
            }
            Type d = Types.defaultType(x.type);
            String r = convertUntyped(x, d);
            if (r != null) return r;
            if (!Types.assignable(d, target)) return "mismatch";
            return null;
        }
        if (x.isNil()) {
            if (!Types.hasNil(target)) return "mismatch";
            setType(x, target);
            return null;
        }
        if (!(u instanceof Type.Basic tb)) return "mismatch";
        BasicKind xk = Types.basicKind(x.type);
        BasicKind tk = tb.kind();
        boolean compatible = switch (xk) {
            case UNTYPED_BOOL -> tk.isBoolean();
            case UNTYPED_STRING -> tk.isString();
            case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT -> tk.isNumeric();
            default -> false;
        };
        if (!compatible) return "mismatch";
        if (x.mode == Operand.Mode.CONSTANT && x.val != null) {
            ConstOps.Repr r = ConstOps.represent(x.val, tk);
            if (r.value() == null) return r.truncated() ? "truncated" : r.overflow() ? "overflows" : "mismatch";
            x.val = r.value();
        } else if (!tk.isInteger() && (xk == BasicKind.UNTYPED_INT || xk == BasicKind.UNTYPED_RUNE) && x.mode != Operand.Mode.CONSTANT
                && x.expr instanceof Expr.Binary bb && (bb.op() == TokenKind.SHL || bb.op() == TokenKind.SHR)) {
            c.error(x.expr, "invalid operation: shifted operand " + Printer.expr(bb.x()) + " (type " + target + ") must be integer");
        }
        setType(x, target);
        return null;
    }

    static int rank(BasicKind k) {
        return switch (k) {
            case UNTYPED_INT -> 1;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_FLOAT -> 3;
            default -> 0;
        };
    }

    private void setType(Operand x, Type t) {
        x.type = t;
        if (x.expr != null) updateExprType(x.expr, t, x.val);
    }

    /** Propagates the final type of an untyped expression into its untyped operands. */
    void updateExprType(Expr e, Type t, Constant v) {
        Type old = c.info.types.get(e);
        if (old != null && !Types.isUntyped(old)) return;
        c.info.types.put(e, t);
        Constant cv = c.info.constants.get(e);
        if (cv != null) {
            BasicKind k = Types.basicKind(t);
            if (k != null && !(t.underlying() instanceof InterfaceType)) {
                Constant conv = ConstOps.represent(cv, k).value();
                if (conv != null) c.info.constants.put(e, conv);
            }
        }
        if (e instanceof Expr.Paren p) updateExprType(p.x(), t, null);
        else if (e instanceof Expr.Unary u && u.op() != TokenKind.ARROW && u.op() != TokenKind.AND) updateExprType(u.x(), t, null);
        else if (e instanceof Expr.Binary b) {
            switch (b.op()) {
                case EQL, NEQ, LSS, LEQ, GTR, GEQ -> {}
                case SHL, SHR -> updateExprType(b.x(), t, null);
                default -> {
                    updateExprType(b.x(), t, null);
                    updateExprType(b.y(), t, null);
                }
            }
        }
    }

    /** Gives an untyped operand its default type ({@code x := 1}); reports overflow of huge constants. */
    void defaultConvert(Operand x) {
        if (!Types.isUntyped(x.type) || x.isNil()) return;
        Type d = Types.defaultType(x.type);
        String r = convertUntyped(x, d);
        if (r != null) {
            gcscope.compiler.ast.Node at = x.expr != null ? x.expr : x.origin;
            if (at == null) return;
            if (r.equals("overflows")) c.error(at, "cannot use " + x.describe() + " as " + d + " value in assignment (overflows)");
            else c.error(at, "cannot use " + x.describe() + " as " + d + " value");
            x.mode = Operand.Mode.INVALID;
        }
    }

    /** Checks one constant declaration (package-level or local). */
    void constDecl(ConstSymbol cs, ConstDeclInfo ci, Scope scope) {
        Integer saved = iota;
        iota = ci.iota();
        try {
            Type t = ci.type() == null ? null : c.typeOf(ci.type(), scope);
            if (ci.value() == null) {
                if (!ci.inherited() || ci.specValues() > 0) c.error(ci.name(), ci.specValues() == 0 ? "missing init expr for const declaration" : "missing init expr for const declaration");
                cs.set(Universe.INVALID, null);
                return;
            }
            Operand x = value(ci.value(), scope, null);
            if (x.invalid()) {
                cs.set(Universe.INVALID, null);
                return;
            }
            if (x.mode != Operand.Mode.CONSTANT) {
                c.error(ci.value(), Printer.expr(ci.value()) + " (" + x.describe().substring(x.describe().indexOf('(') + 1, x.describe().length() - 1) + ") is not constant");
                cs.set(Universe.INVALID, null);
                return;
            }
            if (t != null && !Types.isInvalid(t)) {
                if (!(t.underlying() instanceof Type.Basic)) {
                    c.error(ci.type(), "invalid constant type " + t);
                    cs.set(Universe.INVALID, null);
                    return;
                }
                if (!c.assign.assignTo(x, t, "constant declaration")) {
                    cs.set(Universe.INVALID, null);
                    return;
                }
            }
            cs.set(x.type, x.val);
        } finally {
            iota = saved;
        }
    }
}
