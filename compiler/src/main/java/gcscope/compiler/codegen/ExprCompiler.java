package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.lex.TokenKind;
import gcscope.compiler.types.BasicKind;
import gcscope.compiler.types.Constant;
import gcscope.compiler.types.FuncSymbol;
import gcscope.compiler.types.InterfaceType;
import gcscope.compiler.types.NilSymbol;
import gcscope.compiler.types.Selection;
import gcscope.compiler.types.Symbol;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Types;
import gcscope.compiler.types.VarSymbol;
import gcscope.vm.bytecode.Cmp;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

import java.util.List;

/**
 * Expressions: every expression is compiled into destination slots ({@link #into}) or into a slot chosen
 * here ({@link #value}: a variable's own slots when it lives in the frame, else a temp). Implicit
 * conversions to interface types happen in {@link #convertInto}. Addressable operands are compiled to a
 * {@link Place} ({@link Places}).
 */
final class ExprCompiler {
    private final FunctionCompiler fc;
    private final FuncBuilder fb;
    final Places places;
    final Operators ops;

    ExprCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.fb = fc.fb;
        this.places = new Places(fc, this);
        this.ops = new Operators(fc, this);
    }

    Type typeOf(Expr e) {
        Type t = fc.cg.info.typeOf(e);
        if (t == null) throw new IllegalStateException("no type recorded for expression at " + e.pos());
        return t;
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    int alloc(Type t) {
        return fb.allocSlots(SlotShapes.of(t));
    }

    /** A slot holding e's value (its own type). May be a variable's slot: never write to the result. */
    int value(Expr e) {
        e = unparen(e);
        if (fc.cg.info.constantOf(e) == null && e instanceof Expr.Ident id && fc.cg.info.symbolOf(id) instanceof VarSymbol v
                && fc.loc(v) instanceof VarLoc.Local l) {
            return l.slot();
        }
        int dst = alloc(typeOf(e));
        into(e, dst);
        return dst;
    }

    /** A slot holding e's value converted to {@code target} (boxing into an interface when needed). */
    int converted(Expr e, Type target) {
        if (needsBoxing(e, target)) {
            int dst = alloc(target);
            convertInto(e, target, dst);
            return dst;
        }
        return value(e);
    }

    boolean needsBoxing(Expr e, Type target) {
        return target != null && Types.isInterface(target) && !Types.isInterface(typeOf(e));
    }

    /** Compiles e, converted to {@code target} (to an interface: IFACE_BOX), into dst. */
    void convertInto(Expr e, Type target, int dst) {
        Type t = typeOf(e);
        if (target != null && Types.isInterface(target) && !Types.isInterface(t)) {
            if (isNil(e)) {
                fb.emit(Opcode.LOAD_NIL_IFACE, dst);
                return;
            }
            fb.beginTempRegion();
            int v = value(e);
            boxInto(v, t, dst);
            fb.endTempRegion();
            return;
        }
        into(e, dst);
    }

    /** Boxes the value of type t at slot v into the interface pair at dst. */
    void boxInto(int v, Type t, int dst) {
        fb.emit(Opcode.IFACE_BOX, dst, v, fc.cg.types.id(t));
    }

    boolean isNil(Expr e) {
        e = unparen(e);
        return e instanceof Expr.Ident id && fc.cg.info.symbolOf(id) instanceof NilSymbol;
    }

    /** Compiles e into slots dst (shaped for e's type). */
    void into(Expr e, int dst) {
        e = unparen(e);
        fb.setPos(e.pos());
        Constant c = fc.cg.info.constantOf(e);
        if (c != null) {
            loadConst(typeOf(e), c, dst);
            return;
        }
        if (e instanceof Expr.Ident id) {
            ident(id, dst);
        } else if (e instanceof Expr.Call call) {
            fc.calls.call(call, dst);
        } else if (e instanceof Expr.Binary b) {
            ops.binary(b, dst);
        } else if (e instanceof Expr.Unary u) {
            ops.unary(u, dst);
        } else if (e instanceof Expr.Star s) {
            int p = value(s.x());
            fc.loadWords(dst, p, 0, typeOf(e));
        } else if (e instanceof Expr.CompositeLit lit) {
            new Literals(fc, this).composite(lit, dst);
        } else if (e instanceof Expr.FuncLit lit) {
            fc.calls.closure(lit, dst);
        } else if (e instanceof Expr.Selector sel) {
            selector(sel, dst);
        } else if (e instanceof Expr.Index ix) {
            index(ix, dst);
        } else if (e instanceof Expr.Slice sl) {
            ops.slice(sl, dst);
        } else if (e instanceof Expr.TypeAssert ta) {
            ops.typeAssert(ta, dst, false);
        } else {
            throw new IllegalStateException("cannot compile expression " + e.getClass().getSimpleName() + " at " + e.pos());
        }
    }

    private void ident(Expr.Ident id, int dst) {
        Symbol s = fc.cg.info.symbolOf(id);
        if (s instanceof NilSymbol) {
            fc.zero(dst, typeOf(id));
        } else if (s instanceof VarSymbol v) {
            fb.beginTempRegion();
            fc.load(fc.placeOf(v), dst);
            fb.endTempRegion();
        } else if (s instanceof FuncSymbol f) {
            fb.emit(Opcode.LOAD_FUNC, dst, fc.cg.funcId(f));
        } else {
            throw new IllegalStateException("cannot load identifier " + id.name());
        }
    }

    private void selector(Expr.Selector sel, int dst) {
        Selection s = fc.cg.info.selectionOf(sel);
        if (s == null) throw new IllegalStateException("unresolved selector " + sel.sel().name());
        switch (s.kind()) {
            case FIELD -> {
                fb.beginTempRegion();
                fc.load(places.of(sel), dst);
                fb.endTempRegion();
            }
            case ENUM_VARIANT -> new Enums(fc, this).construct(s, List.of(), typeOf(sel), dst);
            case METHOD_VALUE, INTERFACE_METHOD -> fc.calls.methodValue(sel, s, dst);
            case METHOD_EXPR -> fc.calls.methodExpr(sel, s, dst);
            default -> throw new IllegalStateException("selector " + s.kind() + " is not a value");
        }
    }

    private void index(Expr.Index ix, int dst) {
        Type xt = typeOf(ix.x()).underlying();
        if (xt instanceof Type.Slice sl) {
            fb.beginTempRegion();
            int s = value(ix.x());
            int i = value(ix.index());
            fb.emit(Opcode.LOAD_IDX, dst, s, i, fc.shape(sl.elem()));
            fb.endTempRegion();
        } else if (Types.isString(xt)) {
            fb.beginTempRegion();
            int s = value(ix.x());
            int i = value(ix.index());
            fb.emit(Opcode.STR_INDEX, dst, s, i);
            fb.endTempRegion();
        } else if (xt instanceof Type.MapType m) {
            fb.beginTempRegion();
            int mp = value(ix.x());
            int k = converted(ix.index(), m.key());
            fb.emit(Opcode.MAP_GET, dst, mp, k, fc.shape(m.value()));
            fb.endTempRegion();
        } else {
            fb.beginTempRegion();
            fc.load(places.of(ix), dst);
            fb.endTempRegion();
        }
    }

    /** Evaluates a multi-value expression (call, or comma-ok form handled by callers) into fresh temps. */
    int multi(Expr e) {
        int dst = alloc(typeOf(e));
        into(e, dst);
        return dst;
    }

    // ------------------------------------------------------------------ constants

    void loadConst(Type t, Constant c, int dst) {
        Type u = t.underlying();
        if (u instanceof InterfaceType) {
            // a constant used directly as an interface value: box it at its default type
            Type d = Types.defaultType(constType(c));
            fb.beginTempRegion();
            int v = alloc(d);
            loadConst(d, c, v);
            boxInto(v, d, dst);
            fb.endTempRegion();
            return;
        }
        BasicKind k = Types.basicKind(u);
        if (c instanceof Constant.Bool b) {
            fb.emit(Opcode.LOAD_INT, dst, b.value() ? 1 : 0);
        } else if (c instanceof Constant.Str s) {
            fb.emit(Opcode.LOAD_STR, dst, fc.cg.pb.stringBytes(s.bytes()));
        } else if (k != null && k.isFloat()) {
            double d = c instanceof Constant.Float f ? f.doubleValue() : ((Constant.Int) c).value().doubleValue();
            if (k == BasicKind.FLOAT32) d = (float) d;
            fb.emit(Opcode.LOAD_FLOAT, dst, fc.cg.pb.floatConstant(d));
        } else {
            long v = c instanceof Constant.Int i ? i.value().longValue() : ((Constant.Float) c).value().toBigInteger().longValue();
            loadLong(v, dst);
        }
    }

    void loadLong(long v, int dst) {
        if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) fb.emit(Opcode.LOAD_INT, dst, (int) v);
        else fb.emit(Opcode.LOAD_CONST, dst, fc.cg.pb.constant(v));
    }

    /**
     * The value of e when it is an integer constant that fits an instruction's 32-bit immediate
     * operand (for the fused *_IMM opcodes), else null.
     */
    Long immediate(Expr e) {
        Constant c = fc.cg.info.constantOf(unparen(e));
        if (!(c instanceof Constant.Int i) || i.value().bitLength() > 31) return null;
        return i.value().longValue();
    }

    /** A slot holding the integer v (a fresh temp). */
    int intSlot(long v) {
        int s = fb.allocSlots(SlotType.VALUE);
        loadLong(v, s);
        return s;
    }

    private static Type constType(Constant c) {
        if (c instanceof Constant.Bool) return gcscope.compiler.types.Universe.BOOL;
        if (c instanceof Constant.Str) return gcscope.compiler.types.Universe.STRING;
        if (c instanceof Constant.Float) return gcscope.compiler.types.Universe.FLOAT64;
        return gcscope.compiler.types.Universe.INT;
    }

    static Cmp cmpOf(TokenKind op) {
        return switch (op) {
            case EQL -> Cmp.EQ;
            case NEQ -> Cmp.NE;
            case LSS -> Cmp.LT;
            case LEQ -> Cmp.LE;
            case GTR -> Cmp.GT;
            case GEQ -> Cmp.GE;
            default -> throw new IllegalStateException("not a comparison: " + op);
        };
    }
}
