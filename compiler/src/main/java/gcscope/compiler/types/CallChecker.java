package gcscope.compiler.types;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Printer;

import java.util.ArrayList;
import java.util.List;

/** Calls: function, method and closure calls, conversions, enum constructors and fmt; builtins in {@link Builtins}. */
final class CallChecker {
    private final Checker c;
    final Builtins builtins;

    CallChecker(Checker c) {
        this.c = c;
        this.builtins = new Builtins(c);
    }

    Operand call(Expr.Call call, Scope scope) {
        Operand f = c.exprs.raw(call.fun(), scope, null);
        if (f.mode == Operand.Mode.INVALID) {
            for (Expr a : call.args()) c.exprs.raw(a, scope, null);
            return Operand.invalid(call);
        }
        if (f.mode == Operand.Mode.TYPE) {
            c.info.callKinds.put(call, CallKind.CONVERSION);
            return conversion(call, f.type, scope);
        }
        if (f.mode == Operand.Mode.BUILTIN) {
            c.info.callKinds.put(call, CallKind.BUILTIN);
            c.info.builtins.put(call, f.builtin);
            return builtins.call(call, f.builtin, scope);
        }
        if (f.mode == Operand.Mode.PACKAGE || f.mode == Operand.Mode.NOVALUE || !(f.type.underlying() instanceof Type.Signature sig)) {
            if (f.mode == Operand.Mode.PACKAGE) c.error(call.fun(), "use of package " + Printer.expr(call.fun()) + " without selector");
            else c.error(call, "invalid operation: cannot call non-function " + f.describe());
            for (Expr a : call.args()) c.exprs.raw(a, scope, null);
            return Operand.invalid(call);
        }
        c.info.callKinds.put(call, kindOf(call.fun()));
        arguments(call, sig, scope, Printer.expr(call.fun()));
        Type rt = sig.resultType();
        if (rt instanceof Type.Tuple t && t.types().isEmpty()) return new Operand(Operand.Mode.NOVALUE, rt, call);
        return new Operand(Operand.Mode.VALUE, rt, call);
    }

    private CallKind kindOf(Expr fun) {
        while (fun instanceof Expr.Paren p) fun = p.x();
        if (fun instanceof Expr.Ident id && c.info.symbolOf(id) instanceof FuncSymbol) return CallKind.FUNC;
        if (fun instanceof Expr.Selector s) {
            Selection sel = c.info.selections.get(s);
            if (sel != null) {
                return switch (sel.kind()) {
                    case METHOD_VALUE -> CallKind.METHOD;
                    case INTERFACE_METHOD -> CallKind.INTERFACE_METHOD;
                    case PACKAGE_MEMBER -> CallKind.FMT;
                    case ENUM_VARIANT -> CallKind.ENUM_VARIANT;
                    default -> CallKind.CLOSURE;
                };
            }
        }
        return CallKind.CLOSURE;
    }

    /** Checks the arguments of a call against a signature (handles {@code f(g())} and variadics). */
    void arguments(Expr.Call call, Type.Signature sig, Scope scope, String fname) {
        List<Operand> args = new ArrayList<>();
        List<Expr> exprs = call.args();
        if (exprs.size() == 1 && !call.ellipsis()) {
            Operand x = c.exprs.raw(exprs.get(0), scope, hintFor(sig, 0));
            if (x.type instanceof Type.Tuple t && x.mode != Operand.Mode.INVALID) {
                if (t.types().isEmpty()) {
                    c.error(exprs.get(0), Printer.expr(exprs.get(0)) + " (no value) used as value");
                    return;
                }
                for (Type tt : t.types()) args.add(new Operand(Operand.Mode.VALUE, tt, null));
                spread(call, sig, args, fname, exprs.get(0));
                return;
            }
            args.add(c.exprs.value(exprs.get(0), scope, hintFor(sig, 0)));
        } else {
            for (int i = 0; i < exprs.size(); i++) args.add(c.exprs.value(exprs.get(i), scope, hintFor(sig, i)));
        }
        // as Go: an invalid argument was reported already; no count or assignability errors on top of it
        for (Operand a : args) if (a.mode == Operand.Mode.INVALID) return;
        List<Type.Param> ps = sig.params();
        int np = ps.size();
        if (call.ellipsis()) {
            if (!sig.variadic()) {
                c.error(exprs.get(exprs.size() - 1), "have (...) cannot use ... in call to non-variadic " + fname);
                return;
            }
            if (args.size() != np) {
                countError(call, args.size() < np, fname, args.size() > np ? exprs.get(np) : null, args, sig);
                return;
            }
            for (int i = 0; i < np; i++) c.assign.assignTo(args.get(i), ps.get(i).type(), "argument to " + fname);
            return;
        }
        int fixed = sig.variadic() ? np - 1 : np;
        if (args.size() < fixed || (!sig.variadic() && args.size() > np)) {
            countError(call, args.size() < fixed, fname, args.size() > np ? exprs.get(np) : null, args, sig);
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            Type t = i < fixed ? ps.get(i).type() : ((Type.Slice) ps.get(np - 1).type()).elem();
            c.assign.assignTo(args.get(i), t, "argument to " + fname);
        }
    }

    private static Type hintFor(Type.Signature sig, int i) {
        List<Type.Param> ps = sig.params();
        if (ps.isEmpty()) return null;
        if (sig.variadic() && i >= ps.size() - 1) return ((Type.Slice) ps.get(ps.size() - 1).type()).elem();
        return i < ps.size() ? ps.get(i).type() : null;
    }

    private void spread(Expr.Call call, Type.Signature sig, List<Operand> args, String fname, Expr at) {
        List<Type.Param> ps = sig.params();
        int fixed = sig.variadic() ? ps.size() - 1 : ps.size();
        if (args.size() < fixed || (!sig.variadic() && args.size() > ps.size())) {
            countError(call, args.size() < fixed, fname, at, args, sig);
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            Type t = i < fixed ? ps.get(i).type() : ((Type.Slice) ps.get(ps.size() - 1).type()).elem();
            if (!Types.assignable(args.get(i).type, t)) {
                c.error(at, "cannot use " + Printer.expr(at) + " (value of type " + args.get(i).type + ") as " + t + " value in argument to " + fname);
                return;
            }
        }
    }

    private void countError(Expr.Call call, boolean notEnough, String fname, Expr firstExtra, List<Operand> args,
                            Type.Signature sig) {
        List<Type> have = new ArrayList<>(), want = new ArrayList<>();
        for (Operand a : args) have.add(a.type);
        for (Type.Param p : sig.params()) want.add(p.type());
        String details = "\n\thave " + Types.summary(have, false) + "\n\twant " + Types.summary(want, sig.variadic());
        // positions as Go's types2: the last argument, else the call itself; the first extra argument
        // (for f(g()) the call g())
        if (notEnough) {
            if (call.args().isEmpty()) c.error(call, "not enough arguments in call to " + fname + details);
            else c.error(call.args().get(call.args().size() - 1), "not enough arguments in call to " + fname + details);
        } else {
            c.error(firstExtra != null ? firstExtra : call, "too many arguments in call to " + fname + details);
        }
    }

    private Operand conversion(Expr.Call call, Type t, Scope scope) {
        if (call.args().size() != 1 || call.ellipsis()) {
            for (Expr a : call.args()) c.exprs.raw(a, scope, null);
            if (call.args().isEmpty()) c.error(call.rparen(), "missing argument in conversion to " + t);
            else c.error(call.args().get(call.args().size() > 1 ? 1 : 0), "too many arguments in conversion to " + t);
            return Operand.invalid(call);
        }
        Operand x = c.exprs.value(call.args().get(0), scope, null);
        if (x.invalid() || Types.isInvalid(t)) return Operand.invalid(call);
        String desc = x.describe();
        BasicKind tk = Types.basicKind(t);
        if (x.mode == Operand.Mode.CONSTANT && tk != null && !Types.isInterface(t)) {
            Constant v = x.val;
            if (tk.isString() && Types.isInteger(x.type)) {
                java.math.BigInteger n = ConstOps.toInt(v);
                int cp = n == null || n.signum() < 0 || n.compareTo(java.math.BigInteger.valueOf(0x10FFFF)) > 0
                        || (n.intValue() >= 0xD800 && n.intValue() < 0xE000) ? 0xFFFD : n.intValue();
                if (Types.isUntyped(x.type)) c.exprs.convertUntyped(x, Types.defaultType(x.type));
                return Operand.constant(t, Constant.Str.of(new String(Character.toChars(cp))), call);
            }
            boolean kindsOk = (tk.isNumeric() && Types.isNumeric(x.type)) || (tk.isString() && Types.isString(x.type))
                    || (tk.isBoolean() && Types.isBoolean(x.type));
            if (kindsOk) {
                ConstOps.Repr r = ConstOps.represent(v, tk);
                if (r.value() == null) {
                    if (Types.isInteger(x.type) && tk.isInteger()) c.error(call.args().get(0), "constant " + ConstOps.format(v) + " overflows " + t);
                    else c.error(call.args().get(0), "cannot convert " + desc + " to type " + t);
                    return Operand.invalid(call);
                }
                if (Types.isUntyped(x.type)) c.exprs.convertUntyped(x, t);
                return Operand.constant(t, r.value(), call);
            }
        }
        if (Types.isUntyped(x.type)) {
            Type target = Types.isInterface(t) || x.isNil() ? t : Types.defaultType(x.type);
            if (!x.isNil() && tk != null && (tk.isNumeric() && Types.isNumeric(x.type))) target = t;
            String r = c.exprs.convertUntyped(x, target);
            if (r != null || (x.isNil() && !Types.hasNil(t))) {
                c.error(call.args().get(0), "cannot convert " + desc + " to type " + t);
                return Operand.invalid(call);
            }
        }
        if (!Types.convertible(x.type, t)) {
            c.error(call.args().get(0), "cannot convert " + desc + " to type " + t);
            return Operand.invalid(call);
        }
        return new Operand(Operand.Mode.VALUE, t, call);
    }
}
