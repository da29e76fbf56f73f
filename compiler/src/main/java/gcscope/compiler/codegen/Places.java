package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.types.Constant;
import gcscope.compiler.types.Selection;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Types;
import gcscope.compiler.types.VarSymbol;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

/**
 * Compiles addressable operands (variables, {@code *p}, field selectors through embedded fields and
 * pointers, array/slice elements, map entries) to a {@link Place}; non-addressable operands become
 * {@link Place.Value}. Emits the pointer loads, nil checks and bounds checks on the way.
 */
final class Places {
    private final FunctionCompiler fc;
    private final ExprCompiler ex;
    private final FuncBuilder fb;

    Places(FunctionCompiler fc, ExprCompiler ex) {
        this.fc = fc;
        this.ex = ex;
        this.fb = fc.fb;
    }

    Place of(Expr e) {
        e = ExprCompiler.unparen(e);
        if (e instanceof Expr.Ident id) {
            if (id.isBlank()) return new Place.Blank(null);
            if (fc.cg.info.symbolOf(id) instanceof VarSymbol v) return fc.placeOf(v);
        } else if (e instanceof Expr.Star s) {
            int p = ex.value(s.x());
            return new Place.Pointer(p, 0, ex.typeOf(e));
        } else if (e instanceof Expr.Selector sel) {
            Selection s = fc.cg.info.selectionOf(sel);
            if (s != null && s.kind() == Selection.Kind.FIELD) return field(sel.x(), s);
        } else if (e instanceof Expr.Index ix) {
            return index(ix);
        }
        return new Place.Value(ex.value(e), ex.typeOf(e));
    }

    /** The place reached from operand x by an embedded-field path (the last index is the field itself). */
    Place field(Expr x, Selection s) {
        Type cur = ex.typeOf(x);
        Place base;
        if (cur.underlying() instanceof Type.Pointer p) {
            base = new Place.Pointer(ex.value(x), 0, p.elem());
            cur = p.elem();
        } else {
            base = of(x);
        }
        return walk(base, cur, s.path(), s.path().size());
    }

    /** Walks the first {@code n} indices of an embedded-field path, dereferencing embedded pointers in between. */
    Place walk(Place base, Type cur, java.util.List<Integer> path, int n) {
        if (n > 0 && base instanceof Place.SliceElem se) base = elemPointer(se);
        for (int k = 0; k < n; k++) {
            if (cur.underlying() instanceof Type.Pointer p) {
                int ptr = fc.read(base);
                base = new Place.Pointer(ptr, 0, p.elem());
                cur = p.elem();
            }
            Type.Struct st = (Type.Struct) cur.underlying();
            int idx = path.get(k);
            int off = 0;
            for (int i = 0; i < idx; i++) off += SlotShapes.size(st.fields().get(i).type());
            cur = st.fields().get(idx).type();
            base = offset(base, off, cur);
        }
        return base;
    }

    /** A place {@code off} slots into another one, with type t. */
    Place offset(Place b, int off, Type t) {
        if (b instanceof Place.Frame f) return new Place.Frame(f.base() + off, t);
        if (b instanceof Place.Pointer p) return new Place.Pointer(p.ptrSlot(), p.wordOffset() + off, t);
        if (b instanceof Place.Global g) return new Place.Global(g.gslot() + off, t);
        if (b instanceof Place.Value v) return new Place.Value(v.slot() + off, t);
        if (b instanceof Place.SliceElem se) {
            Place.Pointer p = elemPointer(se);
            return new Place.Pointer(p.ptrSlot(), off, t);
        }
        if (b instanceof Place.FrameIndex fi) return new Place.FrameIndexPart(fi.base(), fi.idxSlot(), fi.type(), off, t);
        if (b instanceof Place.FrameIndexPart fp) return new Place.FrameIndexPart(fp.base(), fp.idxSlot(), fp.elemType(), fp.off() + off, t);
        int tmp = fc.read(b);
        return new Place.Value(tmp + off, t);
    }

    private Place index(Expr.Index ix) {
        Type xt = ex.typeOf(ix.x());
        Type u = xt.underlying();
        if (u instanceof Type.Slice sl) {
            int s = ex.value(ix.x());
            int i = ex.value(ix.index());
            return new Place.SliceElem(s, i, sl.elem());
        }
        if (u instanceof Type.MapType m) {
            int mp = ex.value(ix.x());
            int k = ex.converted(ix.index(), m.key());
            return new Place.MapEntry(mp, k, m.value());
        }
        Type.Array arr;
        Place base;
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            arr = a;
            base = new Place.Pointer(ex.value(ix.x()), 0, p.elem());
        } else if (u instanceof Type.Array a) {
            arr = a;
            base = of(ix.x());
        } else if (Types.isString(u)) {
            int s = ex.value(ix.x());
            int i = ex.value(ix.index());
            int d = fb.allocSlots(SlotType.VALUE);
            fb.emit(Opcode.STR_INDEX, d, s, i);
            return new Place.Value(d, ex.typeOf(ix));
        } else {
            throw new IllegalStateException("cannot index " + xt);
        }
        int elemSize = SlotShapes.size(arr.elem());
        Constant c = fc.cg.info.constantOf(ix.index());
        if (c instanceof Constant.Int ci) {
            return offset(base, (int) ci.longValue() * elemSize, arr.elem());
        }
        int i = ex.value(ix.index());
        fb.emit(Opcode.BOUNDS, i, (int) arr.length());
        if (base instanceof Place.Frame f) return new Place.FrameIndex(f.base(), i, arr.elem());
        if (base instanceof Place.FrameIndex outer) {
            // a[i][j] on an array of arrays flattened in the frame: element (i*N + j) of the inner element type
            int n = ex.intSlot(arr.length());
            int flat = fb.allocSlots(SlotType.VALUE);
            fb.emit(Opcode.MUL, flat, outer.idxSlot(), n);
            fb.emit(Opcode.ADD, flat, flat, i);
            return new Place.FrameIndex(outer.base(), flat, arr.elem());
        }
        if (base instanceof Place.Value v) return new Place.FrameIndex(v.slot(), i, arr.elem());
        if (base instanceof Place.Pointer p) {
            int q = p.ptrSlot();
            if (p.wordOffset() != 0) {
                q = fb.allocSlots(SlotType.GCREF);
                fb.emit(Opcode.ADD_PTR, q, p.ptrSlot(), p.wordOffset() * 8);
            }
            int e = fb.allocSlots(SlotType.GCREF);
            fb.emit(Opcode.PTR_INDEX, e, q, i, elemSize);
            return new Place.Pointer(e, 0, arr.elem());
        }
        // global arrays and other places: work on a copy in the frame (reads only)
        int tmp = fc.read(base);
        return new Place.FrameIndex(tmp, i, arr.elem());
    }

    /**
     * A copy of a place whose slice, index and pointer operands are snapshotted into temps, for tuple
     * assignments ({@code i, xs[i] = 1, 9} indexes with the old i).
     */
    Place freeze(Place p) {
        if (p instanceof Place.SliceElem se) return new Place.SliceElem(copy(se.sliceSlot(), SlotType.GCREF), copy(se.idxSlot(), SlotType.VALUE), se.type());
        if (p instanceof Place.FrameIndex fi) return new Place.FrameIndex(fi.base(), copy(fi.idxSlot(), SlotType.VALUE), fi.type());
        if (p instanceof Place.FrameIndexPart fp)
            return new Place.FrameIndexPart(fp.base(), copy(fp.idxSlot(), SlotType.VALUE), fp.elemType(), fp.off(), fp.type());
        if (p instanceof Place.Pointer ptr) return new Place.Pointer(copy(ptr.ptrSlot(), SlotType.GCREF), ptr.wordOffset(), ptr.type());
        return p;
    }

    private int copy(int slot, SlotType kind) {
        int t = fb.allocSlots(kind);
        fb.emit(Opcode.MOVE, t, slot, 0, 1);
        return t;
    }

    /** {@code &s[i]} as a pointer place. */
    Place.Pointer elemPointer(Place.SliceElem se) {
        int p = fb.allocSlots(SlotType.GCREF);
        fb.emit(Opcode.ADDR_IDX, p, se.sliceSlot(), se.idxSlot(), SlotShapes.size(se.type()));
        return new Place.Pointer(p, 0, se.type());
    }

    /** Emits the address of an addressable operand into dst (a GCREF slot). */
    void address(Expr x, int dst) {
        Place p = of(x);
        if (p instanceof Place.SliceElem se) {
            fb.emit(Opcode.ADDR_IDX, dst, se.sliceSlot(), se.idxSlot(), SlotShapes.size(se.type()));
            return;
        }
        if (p instanceof Place.Pointer ptr) {
            if (ptr.wordOffset() == 0) fb.emit(Opcode.MOVE, dst, ptr.ptrSlot(), 0, 1);
            else fb.emit(Opcode.ADD_PTR, dst, ptr.ptrSlot(), ptr.wordOffset() * 8);
            return;
        }
        throw new IllegalStateException("cannot take the address of an operand that does not live on the heap (at " + x.pos() + ")");
    }
}
