package gcscope.compiler.codegen;

import gcscope.compiler.types.FuncSymbol;
import gcscope.compiler.types.InterfaceType;
import gcscope.compiler.types.Named;
import gcscope.compiler.types.Type;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.MethodInfo;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Methods promoted through embedded fields into a struct type's method set (Go's selector rules: the
 * shallowest depth wins, a name found twice at one depth is ambiguous and left out), each reached through a
 * compiler-generated wrapper that walks the embedded-field path and calls the real method.
 */
final class Promotions {
    /** A promoted method: the embedded path to its holder, the holder's type, and the method (or interface method name). */
    record Promoted(String name, List<Integer> path, Type holder, FuncSymbol method, Type.Signature sig) {}

    private final CodeGen cg;
    private final Map<String, Integer> wrappers = new HashMap<>();

    Promotions(CodeGen cg) {
        this.cg = cg;
    }

    /** Promoted methods for the value type (pointer = false) or the pointer type (pointer = true) of n. */
    List<Promoted> promoted(Named n, boolean pointer) {
        Map<String, Promoted> found = new LinkedHashMap<>();
        Set<String> blocked = new HashSet<>();
        for (FuncSymbol m : n.methods()) blocked.add(m.name());
        if (!(n.underlying() instanceof Type.Struct)) return List.of();
        record Entry(Type type, List<Integer> path, boolean viaPointer) {}
        List<Entry> level = new ArrayList<>();
        level.add(new Entry(n, List.of(), pointer));
        Set<Named> seen = new HashSet<>();
        for (int depth = 0; depth < 16 && !level.isEmpty(); depth++) {
            List<Entry> next = new ArrayList<>();
            Map<String, Promoted> atDepth = new LinkedHashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (Entry e : level) {
                if (!(e.type().underlying() instanceof Type.Struct st)) continue;
                for (int i = 0; i < st.fields().size(); i++) {
                    Type.Field f = st.fields().get(i);
                    if (!f.embedded()) continue;
                    List<Integer> path = new ArrayList<>(e.path());
                    path.add(i);
                    Type ft = f.type();
                    boolean ptr = ft.underlying() instanceof Type.Pointer;
                    Type base = ptr ? ((Type.Pointer) ft.underlying()).elem() : ft;
                    boolean addressable = e.viaPointer() || ptr;
                    if (base.underlying() instanceof InterfaceType it) {
                        for (InterfaceType.Method m : it.methods()) {
                            add(atDepth, ambiguous, new Promoted(m.name(), path, ft, null, m.signature()));
                        }
                        continue;
                    }
                    if (base instanceof Named bn) {
                        for (FuncSymbol m : bn.methods()) {
                            if (m.pointerReceiver() && !addressable) continue;
                            add(atDepth, ambiguous, new Promoted(m.name(), path, ft, m, m.signature()));
                        }
                        if (seen.add(bn)) next.add(new Entry(bn, path, addressable));
                    } else if (base.underlying() instanceof Type.Struct) {
                        next.add(new Entry(base, path, addressable));
                    }
                }
            }
            for (Map.Entry<String, Promoted> p : atDepth.entrySet()) {
                String name = p.getKey();
                if (blocked.contains(name) || found.containsKey(name)) continue;
                if (ambiguous.contains(name)) {
                    blocked.add(name);
                    continue;
                }
                found.put(name, p.getValue());
            }
            blocked.addAll(atDepth.keySet());
            level = next;
        }
        return new ArrayList<>(found.values());
    }

    private static void add(Map<String, Promoted> at, Set<String> ambiguous, Promoted p) {
        if (at.containsKey(p.name())) ambiguous.add(p.name());
        else at.put(p.name(), p);
    }

    /** The method-set entries of n (or *n) for its promoted methods, creating wrappers on first use. */
    List<MethodInfo> methodInfos(Named n, boolean pointer) {
        List<MethodInfo> out = new ArrayList<>();
        for (Promoted p : promoted(n, pointer)) {
            String key = n.toString() + (pointer ? "*" : "") + "." + p.name();
            Integer id = wrappers.get(key);
            if (id == null) {
                int fid = cg.pb.reserveFunction();
                wrappers.put(key, fid);
                String name = pointer ? "main.(*" + n.name() + ")." + p.name() : "main." + n.name() + "." + p.name();
                cg.later(() -> cg.pb.setFunction(wrapper(fid, name, n, pointer, p)));
                id = fid;
            }
            out.add(new MethodInfo(p.name(), id));
        }
        return out;
    }

    private FunctionDef wrapper(int id, String name, Named n, boolean pointer, Promoted p) {
        FunctionCompiler g = FunctionCompiler.synthetic(cg, name, id);
        FuncBuilder b = g.fb;
        Type recvType = pointer ? new Type.Pointer(n) : n;
        int recv = b.allocSlots(SlotShapes.of(recvType));
        List<SlotType> params = SlotShapes.ofAll(p.sig().paramTypes());
        int args = b.allocSlots(params);
        List<SlotType> res = g.allocResults(p.sig().resultTypes());
        Place base = pointer ? new Place.Pointer(recv, 0, n) : new Place.Frame(recv, n);
        Place at = g.ex.places.walk(base, n, p.path(), p.path().size());
        Type holder = p.holder();
        int ret = res.isEmpty() ? b.nextSlot() : b.allocSlots(res);
        if (p.method() == null) {
            int iface = g.read(at);
            int a = b.allocSlots(params);
            if (!params.isEmpty()) b.emit(Opcode.MOVE, a, args, 0, params.size());
            b.emit(Opcode.CALL_IFACE, iface, a, ret, cg.pb.string(p.name()));
        } else {
            FuncSymbol m = p.method();
            Type mRecv = m.receiverType();
            List<SlotType> buf = new ArrayList<>(SlotShapes.of(mRecv));
            buf.addAll(params);
            int a = b.allocSlots(buf);
            boolean holderIsPtr = holder.underlying() instanceof Type.Pointer;
            if (m.pointerReceiver()) {
                if (holderIsPtr) g.load(at, a);
                else if (at instanceof Place.Pointer pp) {
                    if (pp.wordOffset() == 0) b.emit(Opcode.MOVE, a, pp.ptrSlot(), 0, 1);
                    else b.emit(Opcode.ADD_PTR, a, pp.ptrSlot(), pp.wordOffset() * 8);
                } else {
                    throw new IllegalStateException("promoted pointer method " + m.name() + " on a non-addressable receiver");
                }
            } else if (holderIsPtr) {
                int ptr = g.read(at);
                g.loadWords(a, ptr, 0, mRecv);
            } else {
                g.load(at, a);
            }
            int rs = SlotShapes.size(mRecv);
            if (!params.isEmpty()) b.emit(Opcode.MOVE, a + rs, args, 0, params.size());
            b.emit(Opcode.CALL, cg.funcId(m), a, ret);
        }
        b.emit(Opcode.RETURN, ret, res.size());
        return g.finish();
    }
}
