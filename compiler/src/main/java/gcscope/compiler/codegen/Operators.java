package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.lex.TokenKind;
import gcscope.compiler.types.BasicKind;
import gcscope.compiler.types.EnumType;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Types;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.Width;

import java.util.ArrayList;
import java.util.List;

/** Unary and binary operators, slicing, type assertions and conversions, with Go's integer wrap-around. */
final class Operators {
    private final FunctionCompiler fc;
    private final ExprCompiler ex;
    private final FuncBuilder fb;

    Operators(FunctionCompiler fc, ExprCompiler ex) {
        this.fc = fc;
        this.ex = ex;
        this.fb = fc.fb;
    }

    /** The WRAP width for a narrow integer type, or null for 64-bit ones. */
    static Width widthOf(Type t) {
        BasicKind k = Types.basicKind(t);
        if (k == null) return null;
        return switch (k) {
            case INT8 -> Width.I8;
            case INT16 -> Width.I16;
            case INT32, UNTYPED_RUNE -> Width.I32;
            case UINT8 -> Width.U8;
            case UINT16 -> Width.U16;
            case UINT32 -> Width.U32;
            default -> null;
        };
    }

    void wrap(int dst, Type t) {
        Width w = widthOf(t);
        if (w != null) fb.emit(Opcode.WRAP, dst, dst, 0, w.ordinal());
        if (Types.basicKind(t) == BasicKind.FLOAT32) fb.emit(Opcode.F32ROUND, dst, dst);
    }

    void binary(Expr.Binary b, int dst) {
        TokenKind op = b.op();
        if (op == TokenKind.LAND || op == TokenKind.LOR) {
            FuncBuilder.Label end = fb.newLabel();
            ex.into(b.x(), dst);
            fb.jumpIf(dst, op == TokenKind.LOR, end);
            ex.into(b.y(), dst);
            end.bind();
            return;
        }
        switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> compare(b, dst);
            default -> arith(op, b.x(), b.y(), ex.typeOf(b), dst);
        }
    }

    /** dst = x op y for arithmetic and bitwise operators at type t (also used by op-assignments). */
    void arith(TokenKind op, Expr x, Expr y, Type t, int dst) {
        fb.beginTempRegion();
        if (addImmediate(op, x, y, t, dst)) {
            fb.endTempRegion();
            return;
        }
        int a = ex.value(x);
        int c = ex.value(y);
        arithSlots(op, a, c, t, ex.typeOf(y), dst);
        fb.endTempRegion();
    }

    /** Integer x + const, const + x and x - const as one ADD_IMM (then the usual wrap); false otherwise. */
    private boolean addImmediate(TokenKind op, Expr x, Expr y, Type t, int dst) {
        BasicKind k = Types.basicKind(t);
        if (k == null || !k.isInteger() || (op != TokenKind.ADD && op != TokenKind.SUB)) return false;
        Expr var = x;
        Long imm = ex.immediate(y);
        if (imm == null && op == TokenKind.ADD) {
            imm = ex.immediate(x);
            var = y;
        }
        if (imm == null) return false;
        long v = op == TokenKind.SUB ? -imm : imm;
        if (v != (int) v) return false;
        int a = ex.value(var);
        fb.emit(Opcode.ADD_IMM, dst, a, (int) v);
        wrap(dst, t);
        return true;
    }

    void arithSlots(TokenKind op, int a, int c, Type t, Type yType, int dst) {
        BasicKind k = Types.basicKind(t);
        if (k != null && k.isString()) {
            fb.emit(Opcode.STR_CONCAT, dst, a, c);
            return;
        }
        if (k != null && k.isFloat()) {
            Opcode o = switch (op) {
                case ADD -> Opcode.FADD;
                case SUB -> Opcode.FSUB;
                case MUL -> Opcode.FMUL;
                case QUO -> Opcode.FDIV;
                default -> throw new IllegalStateException("float operator " + op);
            };
            fb.emit(o, dst, a, c);
            wrap(dst, t);
            return;
        }
        boolean unsigned = k != null && k.isUnsigned();
        switch (op) {
            case ADD -> fb.emit(Opcode.ADD, dst, a, c);
            case SUB -> fb.emit(Opcode.SUB, dst, a, c);
            case MUL -> fb.emit(Opcode.MUL, dst, a, c);
            case QUO -> fb.emit(unsigned ? Opcode.DIVU : Opcode.DIV, dst, a, c);
            case REM -> fb.emit(unsigned ? Opcode.REMU : Opcode.REM, dst, a, c);
            case AND -> fb.emit(Opcode.AND, dst, a, c);
            case OR -> fb.emit(Opcode.OR, dst, a, c);
            case XOR -> fb.emit(Opcode.XOR, dst, a, c);
            case AND_NOT -> fb.emit(Opcode.ANDNOT, dst, a, c);
            case SHL, SHR -> {
                BasicKind yk = Types.basicKind(yType);
                int signedCount = yk != null && !yk.isUnsigned() && !yk.isUntyped() ? 1 : 0;
                Opcode o = op == TokenKind.SHL ? Opcode.SHL : unsigned ? Opcode.SHRU : Opcode.SHR;
                fb.emit(o, dst, a, c, signedCount);
            }
            default -> throw new IllegalStateException("integer operator " + op);
        }
        wrap(dst, t);
    }

    private void compare(Expr.Binary b, int dst) {
        Type xt = ex.typeOf(b.x()), yt = ex.typeOf(b.y());
        boolean xi = Types.isInterface(xt), yi = Types.isInterface(yt);
        fb.beginTempRegion();
        if (xi || yi) {
            Type it = xi ? xt : yt;
            int a = ex.converted(b.x(), it);
            int c = ex.converted(b.y(), it);
            fb.emit(Opcode.IFACE_EQ, dst, a, c);
            if (b.op() == TokenKind.NEQ) fb.emit(Opcode.LNOT, dst, dst);
            fb.endTempRegion();
            return;
        }
        Type t = ex.isNil(b.x()) ? yt : xt;
        int a = ex.value(b.x());
        int c = ex.value(b.y());
        Type u = t.underlying();
        BasicKind k = Types.basicKind(u);
        if (k != null && k.isString()) {
            fb.emit(Opcode.STR_CMP, dst, a, c, ExprCompiler.cmpOf(b.op()).ordinal());
        } else if (k != null && k.isFloat()) {
            fb.emit(switch (b.op()) {
                case EQL -> Opcode.FEQ;
                case NEQ -> Opcode.FNE;
                case LSS -> Opcode.FLT;
                case LEQ -> Opcode.FLE;
                case GTR -> Opcode.FGT;
                default -> Opcode.FGE;
            }, dst, a, c);
        } else if (u instanceof Type.Struct || u instanceof Type.Array || u instanceof EnumType) {
            fb.emit(Opcode.VALUE_EQ, dst, a, c, fc.cg.types.id(t));
            if (b.op() == TokenKind.NEQ) fb.emit(Opcode.LNOT, dst, dst);
        } else {
            boolean unsigned = k != null && k.isUnsigned();
            fb.emit(switch (b.op()) {
                case EQL -> Opcode.EQ;
                case NEQ -> Opcode.NE;
                case LSS -> unsigned ? Opcode.LTU : Opcode.LT;
                case LEQ -> unsigned ? Opcode.LEU : Opcode.LE;
                case GTR -> unsigned ? Opcode.GTU : Opcode.GT;
                default -> unsigned ? Opcode.GEU : Opcode.GE;
            }, dst, a, c);
        }
        fb.endTempRegion();
    }

    void unary(Expr.Unary u, int dst) {
        Type t = ex.typeOf(u);
        switch (u.op()) {
            case ADD -> ex.into(u.x(), dst);
            case SUB -> {
                fb.beginTempRegion();
                int a = ex.value(u.x());
                BasicKind k = Types.basicKind(t);
                fb.emit(k != null && k.isFloat() ? Opcode.FNEG : Opcode.NEG, dst, a);
                wrap(dst, t);
                fb.endTempRegion();
            }
            case NOT -> {
                fb.beginTempRegion();
                fb.emit(Opcode.LNOT, dst, ex.value(u.x()));
                fb.endTempRegion();
            }
            case XOR -> {
                fb.beginTempRegion();
                fb.emit(Opcode.NOT, dst, ex.value(u.x()));
                wrap(dst, t);
                fb.endTempRegion();
            }
            case AND -> addressOf(u.x(), dst);
            case ARROW -> {
                fb.beginTempRegion();
                int ch = ex.value(u.x());
                fb.emit(Opcode.RECV, dst, ch, 0, fc.shape(t));
                fb.endTempRegion();
            }
            default -> throw new IllegalStateException("unary operator " + u.op());
        }
    }

    private void addressOf(Expr x, int dst) {
        Expr inner = ExprCompiler.unparen(x);
        fb.beginTempRegion();
        if (inner instanceof Expr.CompositeLit lit) {
            Type t = ex.typeOf(lit);
            if (t.underlying() instanceof Type.Pointer p) t = p.elem();
            if (lit.elements().isEmpty() && Literals.zeroWhenEmpty(t)) {
                // &T{} of a struct or array: NEW already gives a zeroed object
                fb.emit(Opcode.NEW, dst, fc.cg.types.id(t));
                fb.endTempRegion();
                return;
            }
            int v = ex.alloc(t);
            new Literals(fc, ex).compositeOf(lit, t, v);
            fb.emit(Opcode.NEW, dst, fc.cg.types.id(t));
            fc.storeWords(dst, 0, v, t);
        } else {
            ex.places.address(inner, dst);
        }
        fb.endTempRegion();
    }

    void slice(Expr.Slice s, int dst) {
        Type xt = ex.typeOf(s.x());
        Type u = xt.underlying();
        fb.beginTempRegion();
        if (Types.isString(u)) {
            int str = ex.value(s.x());
            int b = fb.allocSlots(SlotType.VALUE, SlotType.VALUE);
            if (s.lo() != null) ex.into(s.lo(), b); else fb.emit(Opcode.LOAD_INT, b, 0);
            if (s.hi() != null) ex.into(s.hi(), b + 1); else fb.emit(Opcode.LEN, b + 1, str, 0, 0);
            fb.emit(Opcode.STR_SLICE, dst, str, b);
        } else if (u instanceof Type.Slice sl) {
            int src = ex.value(s.x());
            int b = bounds(s, src, 1);
            int words = SlotShapes.size(sl.elem());
            fb.emit(Opcode.SLICE, dst, src, b, s.max() != null ? -(words + 1) : words);
        } else {
            // an addressable array (boxed) or a pointer to an array
            Type arrT;
            int p = fb.allocSlots(SlotType.GCREF);
            if (u instanceof Type.Pointer pt) {
                arrT = pt.elem();
                ex.into(s.x(), p);
            } else {
                arrT = xt;
                ex.places.address(s.x(), p);
            }
            Type.Array a = (Type.Array) arrT.underlying();
            int b = fb.allocSlots(SlotType.VALUE, SlotType.VALUE, SlotType.VALUE, SlotType.VALUE);
            if (s.lo() != null) ex.into(s.lo(), b); else fb.emit(Opcode.LOAD_INT, b, 0);
            if (s.hi() != null) ex.into(s.hi(), b + 1); else fb.emit(Opcode.LOAD_INT, b + 1, (int) a.length());
            if (s.max() != null) ex.into(s.max(), b + 2); else fb.emit(Opcode.LOAD_INT, b + 2, (int) a.length());
            fb.emit(Opcode.LOAD_INT, b + 3, s.max() != null ? 1 : 0); // three-index: only the panic wording
            fb.emit(Opcode.SLICE_ARRAY, dst, p, b, fc.cg.types.id(arrT));
        }
        fb.endTempRegion();
    }

    private int bounds(Expr.Slice s, int src, int lenKind) {
        int b = fb.allocSlots(SlotType.VALUE, SlotType.VALUE, SlotType.VALUE);
        if (s.lo() != null) ex.into(s.lo(), b); else fb.emit(Opcode.LOAD_INT, b, 0);
        if (s.hi() != null) ex.into(s.hi(), b + 1); else fb.emit(Opcode.LEN, b + 1, src, 0, lenKind);
        if (s.max() != null) ex.into(s.max(), b + 2); else fb.emit(Opcode.CAP, b + 2, src, 0, lenKind);
        return b;
    }

    /** {@code x.(T)}, or with {@code commaOk} the pair {@code v, ok} (T's slots then a VALUE). */
    void typeAssert(Expr.TypeAssert ta, int dst, boolean commaOk) {
        Type target = fc.cg.info.typeOf(ta.type());
        fb.beginTempRegion();
        int x = ex.value(ta.x());
        int tid = fc.cg.types.id(target);
        if (Types.isInterface(target)) {
            if (commaOk) {
                fb.emit(Opcode.IFACE_CONV_OK, dst, x, tid, fc.cg.pb.shape(SlotType.INTERFACE0, SlotType.INTERFACE1, SlotType.VALUE));
            } else {
                fb.emit(Opcode.IFACE_CONV, dst, x, tid);
            }
        } else {
            if (commaOk) {
                List<SlotType> shape = new ArrayList<>(SlotShapes.of(target));
                shape.add(SlotType.VALUE);
                fb.emit(Opcode.IFACE_ASSERT_OK, dst, x, tid, fc.cg.pb.shape(shape.toArray(SlotType[]::new)));
            } else {
                fb.emit(Opcode.IFACE_ASSERT, dst, x, tid, fc.cg.types.id(fc.cg.info.typeOf(ta.x())));
            }
        }
        fb.endTempRegion();
    }

    /** {@code T(x)}. */
    void conversion(Type to, Expr x, int dst) {
        Type from = ex.typeOf(x);
        if (Types.isInterface(to)) {
            ex.convertInto(x, to, dst);
            return;
        }
        Type fu = from.underlying(), tu = to.underlying();
        BasicKind fk = Types.basicKind(fu), tk = Types.basicKind(tu);
        fb.beginTempRegion();
        int v = ex.value(x);
        if (tk != null && tk.isString() && fk != null && fk.isInteger()) {
            fb.emit(Opcode.STR_FROM_RUNE, dst, v);
        } else if (tk != null && tk.isString() && fu instanceof Type.Slice sl) {
            fb.emit(Types.basicKind(sl.elem()) == BasicKind.UINT8 ? Opcode.STR_FROM_BYTES : Opcode.STR_FROM_RUNES, dst, v);
        } else if (fk != null && fk.isString() && tu instanceof Type.Slice sl) {
            fb.emit(Types.basicKind(sl.elem()) == BasicKind.UINT8 ? Opcode.STR_TO_BYTES : Opcode.STR_TO_RUNES, dst, v);
        } else if (fk != null && tk != null && fk.isNumeric() && tk.isNumeric()) {
            if (fk.isFloat() && tk.isFloat()) {
                fb.emit(Opcode.MOVE, dst, v, 0, 1);
                if (tk == BasicKind.FLOAT32) fb.emit(Opcode.F32ROUND, dst, dst);
            } else if (fk.isFloat()) {
                fb.emit(tk.isUnsigned() ? Opcode.F2U : Opcode.F2I, dst, v);
                wrap(dst, to);
            } else if (tk.isFloat()) {
                fb.emit(fk.isUnsigned() ? Opcode.U2F : Opcode.I2F, dst, v);
                if (tk == BasicKind.FLOAT32) fb.emit(Opcode.F32ROUND, dst, dst);
            } else {
                fb.emit(Opcode.MOVE, dst, v, 0, 1);
                wrap(dst, to);
            }
        } else {
            int n = SlotShapes.size(to);
            if (n > 0 && v != dst) fb.emit(Opcode.MOVE, dst, v, 0, n);
        }
        fb.endTempRegion();
    }
}
