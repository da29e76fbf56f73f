package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.types.BasicKind;
import gcscope.compiler.types.ConstSymbol;
import gcscope.compiler.types.Constant;
import gcscope.compiler.types.EnumType;
import gcscope.compiler.types.Selection;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Types;
import gcscope.compiler.types.Universe;
import gcscope.compiler.types.VarSymbol;
import gcscope.vm.bytecode.FieldKind;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.config.TagLayoutMode;

import java.util.ArrayList;
import java.util.List;

/**
 * Enum construction and {@code match}, through the layout store, in the three {@code --tag-layout}
 * modes of VM.md "Layouts": {@code declared} (arguments converted to the declared field types, declared
 * tuple, declared union in the header), {@code actual} (each argument written with the layout of its own
 * static type at the offsets of a tuple of those layouts, header still the declared union: the Roc bug),
 * {@code patched} (actual writes, a new tuple and union recorded in the header, match converting each
 * field from its written layout to the declared type).
 */
final class Enums {
    private final FunctionCompiler fc;
    private final ExprCompiler ex;
    private final FuncBuilder fb;

    Enums(FunctionCompiler fc, ExprCompiler ex) {
        this.fc = fc;
        this.ex = ex;
        this.fb = fc.fb;
    }

    private EnumLayouts layouts() {
        return fc.cg.enumLayouts;
    }

    void construct(Selection s, List<Expr> args, Type enumType, int dst) {
        EnumType et = (EnumType) enumType.underlying();
        EnumType.Variant v = s.variant();
        EnumLayouts.Declared d = layouts().declared(et, fc.cg.types);
        TagLayoutMode mode = fc.cg.options.tagLayout();
        if (mode == TagLayoutMode.PATCHED && fc.cg.secondPass && fc.cg.writtenTypes(v) == null) {
            // the variant is built with several different actual layouts: match could not know which one a
            // value has, so these constructions convert to the declared layout (still clean, never the bug)
            mode = TagLayoutMode.DECLARED;
        }
        List<Type> declaredTypes = v.fields().stream().map(Type.Field::type).toList();
        List<Type> writeTypes = new ArrayList<>();
        fb.beginTempRegion();
        List<Integer> vals = new ArrayList<>();
        for (int j = 0; j < args.size(); j++) {
            Expr a = args.get(j);
            if (mode == TagLayoutMode.DECLARED) {
                Type t = declaredTypes.get(j);
                int tmp = ex.alloc(t);
                ex.convertInto(a, t, tmp);
                vals.add(tmp);
                writeTypes.add(t);
            } else {
                Type t = actualType(a);
                int tmp = ex.alloc(t);
                Constant c = fc.cg.info.constantOf(a);
                if (c != null) ex.loadConst(t, c, tmp);
                else ex.into(a, tmp);
                vals.add(tmp);
                writeTypes.add(t);
            }
        }
        int header, written;
        int[] offsets;
        if (mode == TagLayoutMode.DECLARED) {
            header = d.unionLayout();
            written = header;
            offsets = d.fieldOffsets().get(v.index());
        } else {
            EnumLayouts.Payload p = layouts().payload(writeTypes);
            offsets = p.offsets();
            // the union the payload is really written with (a new tuple + union when the layouts differ)
            written = layouts().store().createTagUnionWithPayload(d.unionLayout(), v.index(), p.layout());
            layouts().registerUnion(written);
            header = mode == TagLayoutMode.PATCHED ? written : d.unionLayout();
            fc.cg.recordConstruction(v, writeTypes);
        }
        fc.cg.types.id(enumType);
        fb.emit(Opcode.ENUM_NEW, dst, v.index(), header, written);
        for (int j = 0; j < vals.size(); j++) {
            for (EnumLayouts.Leaf leaf : layouts().leaves(writeTypes.get(j), offsets[j])) {
                boolean ref = leaf.kind() == FieldKind.REF || leaf.kind() == FieldKind.IFACE;
                Opcode op = ref && fc.cg.barriers() ? Opcode.ENUM_PUT_B : Opcode.ENUM_PUT;
                fb.emit(op, dst, leaf.offset(), vals.get(j) + leaf.slot(), leaf.kind().ordinal());
            }
        }
        fb.endTempRegion();
    }

    /** The static type of a construction argument before any conversion (untyped constants at their default type). */
    Type actualType(Expr a) {
        Constant c = fc.cg.info.constantOf(a);
        if (c != null && untyped(a)) {
            Expr u = ExprCompiler.unparen(a);
            if (u instanceof Expr.BasicLit bl && bl.kind() == Expr.LitKind.CHAR) return Universe.INT32;
            if (c instanceof Constant.Bool) return Universe.BOOL;
            if (c instanceof Constant.Str) return Universe.STRING;
            if (c instanceof Constant.Float) return Universe.FLOAT64;
            return Universe.INT;
        }
        return ex.typeOf(a);
    }

    private boolean untyped(Expr e) {
        e = ExprCompiler.unparen(e);
        if (e instanceof Expr.BasicLit) return true;
        if (e instanceof Expr.Ident id) return fc.cg.info.symbolOf(id) instanceof ConstSymbol cs && Types.isUntyped(cs.type());
        if (e instanceof Expr.Unary u) return untyped(u.x());
        if (e instanceof Expr.Binary b) return untyped(b.x()) && untyped(b.y());
        return false;
    }

    void match(Stmt.Match m, StmtCompiler stmts) {
        fb.openScope();
        fb.beginTempRegion();
        Type t = ex.typeOf(m.x());
        EnumType et = (EnumType) t.underlying();
        EnumLayouts.Declared d = layouts().declared(et, fc.cg.types);
        int e = ex.alloc(t);
        ex.into(m.x(), e);
        int tag = fb.allocSlots(SlotType.VALUE);
        fb.emit(Opcode.ENUM_TAG, tag, e);
        FuncBuilder.Label end = fb.newLabel();
        stmts.breaks.put(m, end);
        List<FuncBuilder.Label> bodies = new ArrayList<>();
        FuncBuilder.Label dflt = null;
        for (Stmt.MatchClause c : m.clauses()) {
            FuncBuilder.Label l = fb.newLabel();
            bodies.add(l);
            if (c.isDefault()) {
                dflt = l;
                continue;
            }
            EnumType.Variant v = fc.cg.info.variantOf(c);
            fb.beginTempRegion();
            int k = ex.intSlot(v.index());
            fb.jumpCmp(Opcode.JMP_EQ, tag, k, l);
            fb.endTempRegion();
        }
        fb.jump(dflt != null ? dflt : end);
        for (int i = 0; i < m.clauses().size(); i++) {
            Stmt.MatchClause c = m.clauses().get(i);
            bodies.get(i).bind();
            fb.setPos(c.pos());
            fb.openScope();
            fb.beginTempRegion();
            if (!c.isDefault()) bind(c, fc.cg.info.variantOf(c), d, e);
            stmts.block(c.body());
            fb.endTempRegion();
            fb.closeScope();
            fb.jump(end);
        }
        end.bind();
        fb.endTempRegion();
        fb.closeScope();
    }

    private void bind(Stmt.MatchClause c, EnumType.Variant v, EnumLayouts.Declared d, int e) {
        List<Type> declared = v.fields().stream().map(Type.Field::type).toList();
        int[] offsets = d.fieldOffsets().get(v.index());
        List<Type> written = declared;
        if (fc.cg.options.tagLayout() == TagLayoutMode.PATCHED) {
            List<Type> w = fc.cg.writtenTypes(v);
            if (w != null) {
                written = w;
                offsets = layouts().payload(w).offsets();
            }
        }
        for (int j = 0; j < c.bindings().size() && j < declared.size(); j++) {
            Expr.Ident b = c.bindings().get(j);
            if (b.isBlank()) continue;
            if (!(fc.cg.info.defOf(b) instanceof VarSymbol var)) continue;
            VarLoc loc = fc.declare(var);
            fb.beginTempRegion();
            Type wt = written.get(j);
            int raw = ex.alloc(wt);
            for (EnumLayouts.Leaf leaf : layouts().leaves(wt, offsets[j])) {
                fb.emit(Opcode.ENUM_GET, raw + leaf.slot(), e, leaf.offset(), leaf.kind().ordinal());
            }
            int val = raw;
            if (wt != declared.get(j)) {
                val = ex.alloc(declared.get(j));
                convertSlots(raw, wt, declared.get(j), val);
            }
            fc.store(fc.placeOf(var), val);
            fb.endTempRegion();
        }
    }

    /** Converts a value read with its written type to the declared field type (patched mode). */
    private void convertSlots(int src, Type from, Type to, int dst) {
        if (Types.isInterface(to) && !Types.isInterface(from)) {
            ex.boxInto(src, from, dst);
            return;
        }
        BasicKind fk = Types.basicKind(from), tk = Types.basicKind(to);
        if (fk != null && tk != null && fk.isNumeric() && tk.isNumeric()) {
            if (!fk.isFloat() && tk.isFloat()) {
                fb.emit(fk.isUnsigned() ? Opcode.U2F : Opcode.I2F, dst, src);
            } else if (fk.isFloat() && !tk.isFloat()) {
                fb.emit(Opcode.F2I, dst, src);
            } else {
                fb.emit(Opcode.MOVE, dst, src, 0, 1);
            }
            ex.ops.wrap(dst, to);
            return;
        }
        int n = SlotShapes.size(to);
        if (n > 0) fb.emit(Opcode.MOVE, dst, src, 0, n);
    }
}
