package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.types.Constant;
import gcscope.compiler.types.Type;
import gcscope.vm.bytecode.Opcode;

import java.util.List;

/** Composite literals: structs and arrays built in frame slots, slices and maps on the heap. */
final class Literals {
    private final FunctionCompiler fc;
    private final ExprCompiler ex;
    private final FuncBuilder fb;

    Literals(FunctionCompiler fc, ExprCompiler ex) {
        this.fc = fc;
        this.ex = ex;
        this.fb = fc.fb;
    }

    void composite(Expr.CompositeLit lit, int dst) {
        Type t = ex.typeOf(lit);
        if (t.underlying() instanceof Type.Pointer p) {
            // an elided &T{...} inside an enclosing literal
            if (lit.elements().isEmpty() && zeroWhenEmpty(p.elem())) {
                fb.emit(Opcode.NEW, dst, fc.cg.types.id(p.elem())); // already zeroed
                return;
            }
            fb.beginTempRegion();
            int v = ex.alloc(p.elem());
            compositeOf(lit, p.elem(), v);
            fb.emit(Opcode.NEW, dst, fc.cg.types.id(p.elem()));
            fc.storeWords(dst, 0, v, p.elem());
            fb.endTempRegion();
            return;
        }
        compositeOf(lit, t, dst);
    }

    /** An empty literal of t is t's zero value (structs and arrays; an empty map or slice literal is not nil). */
    static boolean zeroWhenEmpty(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Struct || u instanceof Type.Array;
    }

    void compositeOf(Expr.CompositeLit lit, Type t, int dst) {
        Type u = t.underlying();
        if (u instanceof Type.Struct st) {
            fc.zero(dst, t);
            List<Expr.Element> els = lit.elements();
            for (int i = 0; i < els.size(); i++) {
                Expr.Element el = els.get(i);
                int idx = el.key() instanceof Expr.Ident k ? st.indexOf(k.name()) : i;
                int off = 0;
                for (int j = 0; j < idx; j++) off += SlotShapes.size(st.fields().get(j).type());
                Type ft = st.fields().get(idx).type();
                fb.beginTempRegion();
                ex.convertInto(el.value(), ft, dst + off);
                fb.endTempRegion();
            }
        } else if (u instanceof Type.Array a) {
            fc.zero(dst, t);
            int size = SlotShapes.size(a.elem());
            long next = 0;
            for (Expr.Element el : lit.elements()) {
                long idx = el.key() != null ? keyIndex(el.key()) : next;
                fb.beginTempRegion();
                ex.convertInto(el.value(), a.elem(), dst + (int) idx * size);
                fb.endTempRegion();
                next = idx + 1;
            }
        } else if (u instanceof Type.Slice s) {
            long len = 0, next = 0;
            for (Expr.Element el : lit.elements()) {
                long idx = el.key() != null ? keyIndex(el.key()) : next;
                next = idx + 1;
                len = Math.max(len, next);
            }
            fb.beginTempRegion();
            int n = ex.intSlot(len);
            fb.emit(Opcode.MAKE_SLICE, dst, n, -1, fc.cg.types.id(s.elem()));
            next = 0;
            boolean barrier = fc.cg.barriers() && SlotShapes.hasRefs(s.elem());
            for (Expr.Element el : lit.elements()) {
                long idx = el.key() != null ? keyIndex(el.key()) : next;
                next = idx + 1;
                fb.beginTempRegion();
                int v = ex.converted(el.value(), s.elem());
                int i = ex.intSlot(idx);
                fb.emit(barrier ? Opcode.STORE_IDX_B : Opcode.STORE_IDX, dst, i, v, fc.shape(s.elem()));
                fb.endTempRegion();
            }
            fb.endTempRegion();
        } else if (u instanceof Type.MapType m) {
            fb.beginTempRegion();
            int hint = ex.intSlot(lit.elements().size());
            fb.emit(Opcode.MAKE_MAP, dst, hint, 0, fc.cg.types.id(t));
            for (Expr.Element el : lit.elements()) {
                fb.beginTempRegion();
                int k = ex.converted(el.key(), m.key());
                int v = ex.converted(el.value(), m.value());
                fb.emit(Opcode.MAP_SET, dst, k, v);
                fb.endTempRegion();
            }
            fb.endTempRegion();
        } else {
            throw new IllegalStateException("composite literal of type " + t);
        }
    }

    private long keyIndex(Expr key) {
        Constant c = fc.cg.info.constantOf(key);
        if (c instanceof Constant.Int i) return i.longValue();
        throw new IllegalStateException("array index key is not an integer constant at " + key.pos());
    }
}
