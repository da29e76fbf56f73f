package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.ast.TypeExpr;
import gcscope.compiler.types.EnumType;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Types;
import gcscope.compiler.types.VarSymbol;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.List;

/** Expression switches (with fallthrough) and type switches. */
final class Switches {
    private final FunctionCompiler fc;
    private final StmtCompiler stmts;
    private final FuncBuilder fb;

    Switches(FunctionCompiler fc, StmtCompiler stmts) {
        this.fc = fc;
        this.stmts = stmts;
        this.fb = fc.fb;
    }

    private ExprCompiler ex() {
        return fc.ex;
    }

    void exprSwitch(Stmt.Switch sw) {
        fb.openScope();
        fb.beginTempRegion();
        if (sw.init() != null) stmts.stmt(sw.init());
        FuncBuilder.Label end = fb.newLabel();
        stmts.breaks.put(sw, end);
        int tag = -1;
        Type tagType = null;
        if (sw.tag() != null) {
            tagType = ex().typeOf(sw.tag());
            tag = ex().alloc(tagType);
            ex().into(sw.tag(), tag);
        }
        List<FuncBuilder.Label> bodies = new ArrayList<>();
        FuncBuilder.Label dflt = null;
        for (Stmt.CaseClause c : sw.clauses()) {
            FuncBuilder.Label l = fb.newLabel();
            bodies.add(l);
            if (c.isDefault()) dflt = l;
            for (Expr v : c.values()) {
                fb.setPos(v.pos());
                fb.beginTempRegion();
                int cond;
                if (tag >= 0) {
                    cond = fb.allocSlots(SlotType.VALUE);
                    equal(tag, tagType, v, cond);
                } else {
                    cond = ex().value(v);
                }
                fb.jumpIf(cond, true, l);
                fb.endTempRegion();
            }
        }
        fb.jump(dflt != null ? dflt : end);
        for (int i = 0; i < sw.clauses().size(); i++) {
            Stmt.CaseClause c = sw.clauses().get(i);
            bodies.get(i).bind();
            stmts.body(c.body());
            if (!StmtCompiler.endsInFallthrough(c.body())) fb.jump(end);
        }
        end.bind();
        fb.endTempRegion();
        fb.closeScope();
    }

    /** cond = (tag == v) for a switch tag of type tagType. */
    private void equal(int tag, Type tagType, Expr v, int cond) {
        Type vt = ex().typeOf(v);
        if (Types.isInterface(tagType) || Types.isInterface(vt)) {
            Type it = Types.isInterface(tagType) ? tagType : vt;
            int a = tag;
            if (!Types.isInterface(tagType)) {
                a = ex().alloc(it);
                ex().boxInto(tag, tagType, a);
            }
            int b = ex().converted(v, it);
            fb.emit(Opcode.IFACE_EQ, cond, a, b);
            return;
        }
        int b = ex().value(v);
        equalSlots(tag, b, tagType, cond);
    }

    void equalSlots(int a, int b, Type t, int cond) {
        Type u = t.underlying();
        var k = Types.basicKind(u);
        if (k != null && k.isString()) fb.emit(Opcode.STR_CMP, cond, a, b, gcscope.vm.bytecode.Cmp.EQ.ordinal());
        else if (k != null && k.isFloat()) fb.emit(Opcode.FEQ, cond, a, b);
        else if (u instanceof Type.Struct || u instanceof Type.Array || u instanceof EnumType)
            fb.emit(Opcode.VALUE_EQ, cond, a, b, fc.cg.types.id(t));
        else fb.emit(Opcode.EQ, cond, a, b);
    }

    void typeSwitch(Stmt.TypeSwitch ts) {
        fb.openScope();
        fb.beginTempRegion();
        if (ts.init() != null) stmts.stmt(ts.init());
        FuncBuilder.Label end = fb.newLabel();
        stmts.breaks.put(ts, end);
        Expr x = ts.x() instanceof Expr.TypeAssert ta ? ta.x() : ts.x();
        Type xt = ex().typeOf(x);
        int iface = ex().alloc(xt);
        ex().into(x, iface);
        int tid = fb.allocSlots(SlotType.VALUE);
        fb.emit(Opcode.IFACE_TYPE, tid, iface);
        List<FuncBuilder.Label> bodies = new ArrayList<>();
        FuncBuilder.Label dflt = null;
        for (Stmt.TypeCaseClause c : ts.clauses()) {
            FuncBuilder.Label l = fb.newLabel();
            bodies.add(l);
            if (c.isDefault()) dflt = l;
            for (TypeExpr te : c.types()) {
                fb.beginTempRegion();
                Type t = fc.cg.info.typeOf(te);
                int k = fb.allocSlots(SlotType.VALUE);
                if (t == null || Types.isBasic(t, gcscope.compiler.types.BasicKind.UNTYPED_NIL)) {
                    fb.emit(Opcode.LOAD_INT, k, 0);
                    fb.jumpCmp(Opcode.JMP_EQ, tid, k, l);
                } else if (Types.isInterface(t)) {
                    fb.emit(Opcode.IFACE_IMPLEMENTS, k, iface, fc.cg.types.id(t));
                    fb.jumpIf(k, true, l);
                } else {
                    ex().loadLong(fc.cg.types.id(t), k);
                    fb.jumpCmp(Opcode.JMP_EQ, tid, k, l);
                }
                fb.endTempRegion();
            }
        }
        fb.jump(dflt != null ? dflt : end);
        for (int i = 0; i < ts.clauses().size(); i++) {
            Stmt.TypeCaseClause c = ts.clauses().get(i);
            bodies.get(i).bind();
            fb.openScope();
            fb.beginTempRegion();
            VarSymbol v = fc.cg.info.implicitOf(c);
            if (v != null && ts.bind() != null) {
                VarLoc loc = fc.declare(v);
                Type vt = v.type();
                int tmp = loc instanceof VarLoc.Local l ? l.slot() : ex().alloc(vt);
                if (Types.isInterface(vt)) {
                    if (Types.identical(vt, xt) || vt == xt) fb.emit(Opcode.MOVE, tmp, iface, 0, 2);
                    else fb.emit(Opcode.IFACE_CONV, tmp, iface, fc.cg.types.id(vt));
                } else {
                    fb.emit(Opcode.IFACE_ASSERT, tmp, iface, fc.cg.types.id(vt), fc.cg.types.id(xt));
                }
                if (!(loc instanceof VarLoc.Local)) fc.store(fc.placeOf(v), tmp);
            }
            stmts.block(c.body());
            fb.endTempRegion();
            fb.closeScope();
            fb.jump(end);
        }
        end.bind();
        fb.endTempRegion();
        fb.closeScope();
    }
}
