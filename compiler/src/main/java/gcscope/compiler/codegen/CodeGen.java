package gcscope.compiler.codegen;

import gcscope.compiler.ast.Expr;
import gcscope.compiler.types.FuncSymbol;
import gcscope.compiler.types.Initializer;
import gcscope.compiler.types.InterfaceType;
import gcscope.compiler.types.Named;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.TypeInfo;
import gcscope.compiler.types.VarSymbol;
import gcscope.vm.bytecode.MethodInfo;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.ProgramBuilder;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.Fault;
import gcscope.vm.layout.LayoutStore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Program-level code generation: reserves a function id per declared function, lays out globals,
 * compiles every function (and, on demand, function literals and method wrappers), then an entry
 * function {@code runtime.main} that initialises package variables in Go's order and calls the {@code init} functions and {@code main.main}.
 */
public final class CodeGen {
    final ProgramBuilder pb = new ProgramBuilder();
    final TypeInfo info;
    final CompileOptions options;
    final LayoutStore layouts;
    final EnumLayouts enumLayouts;
    final RuntimeTypes types;
    final Map<FuncSymbol, Integer> funcIds = new IdentityHashMap<>();
    final Map<VarSymbol, VarLoc> globals = new IdentityHashMap<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final Map<FuncSymbol, Integer> derefWrappers = new IdentityHashMap<>();
    private final Promotions promotions = new Promotions(this);
    private int literalCount;
    private final Map<gcscope.compiler.types.EnumType.Variant, List<List<Type>>> constructions;

    /** Constructions seen by an earlier pass (patched tag layouts need them before the match sites). */
    public CodeGen(TypeInfo info, CompileOptions options, CodeGen earlierPass) {
        this(info, options);
        constructions.putAll(earlierPass.constructions);
        secondPass = true;
    }

    /** True in the second pass of {@code --tag-layout patched}, when every construction is known. */
    boolean secondPass;

    public CodeGen(TypeInfo info, CompileOptions options) {
        this.info = info;
        this.options = options;
        this.layouts = new LayoutStore(options.intern());
        this.enumLayouts = new EnumLayouts(layouts, pb);
        this.types = new RuntimeTypes(pb, enumLayouts, this::methodSet);
        this.constructions = new IdentityHashMap<>();
        pb.setLayouts(layouts);
    }

    /** Records the static types an enum variant was constructed with (actual and patched modes). */
    void recordConstruction(gcscope.compiler.types.EnumType.Variant v, List<Type> written) {
        List<List<Type>> seen = constructions.computeIfAbsent(v, k -> new ArrayList<>());
        for (List<Type> w : seen) if (sameTypes(w, written)) return;
        seen.add(List.copyOf(written));
    }

    /** The one list of types every construction of v wrote its payload with, or null (none, or several). */
    List<Type> writtenTypes(gcscope.compiler.types.EnumType.Variant v) {
        List<List<Type>> seen = constructions.get(v);
        return seen != null && seen.size() == 1 ? seen.get(0) : null;
    }

    private static boolean sameTypes(List<Type> a, List<Type> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!gcscope.compiler.types.Types.identical(a.get(i), b.get(i))) return false;
        return true;
    }

    /** Generates the program for a checked file with no errors. */
    public Program generate(String fileName, String source) {
        pb.setSource(fileName, source);
        for (FuncSymbol f : info.functions()) funcIds.put(f, pb.reserveFunction());
        for (VarSymbol g : info.globals()) {
            int typeId = types.id(g.type());
            // arrays (also inside structs) are indexed dynamically through a pointer: such globals live in a BOX too
            if (g.addressTaken() || containsArray(g.type(), 0)) {
                globals.put(g, new VarLoc.GlobalBoxed(pb.addGlobal(g.name(), typeId, SlotType.GCREF), g.type()));
            } else {
                globals.put(g, new VarLoc.Global(pb.addGlobal(g.name(), typeId, SlotShapes.array(g.type())), g.type()));
            }
        }
        for (Named n : info.namedTypes()) {
            if (!(n.underlying() instanceof InterfaceType)) types.id(n);
        }
        for (FuncSymbol f : info.functions()) {
            if (f.decl() == null || f.decl().body() == null) continue;
            int id = funcIds.get(f);
            if (SplitFunctions.needsSplit(this, f)) {
                int body = pb.reserveFunction();
                pb.setFunction(SplitFunctions.splitOuter(this, f, id, body));
                pb.setFunction(SplitFunctions.forDeclBody(this, f, body).compile());
            } else {
                pb.setFunction(FunctionCompiler.forDecl(this, f, id).compile());
            }
        }
        int entry = pb.reserveFunction();
        pb.setFunction(compileEntry(entry));
        drainPending();
        pb.setEntry(entry);
        return pb.build();
    }

    private static boolean containsArray(Type t, int depth) {
        Type u = t.underlying();
        if (u instanceof Type.Array) return true;
        if (u instanceof Type.Struct st && depth < 32) {
            for (Type.Field f : st.fields()) if (containsArray(f.type(), depth + 1)) return true;
        }
        return false;
    }

    void drainPending() {
        while (!pending.isEmpty()) pending.removeFirst().run();
    }

    /** Queues the compilation of a function whose id was reserved (function literals, wrappers). */
    void later(Runnable job) {
        pending.addLast(job);
    }

    String nextLiteralName(String enclosing) {
        literalCount++;
        return enclosing + ".func" + literalCount;
    }

    boolean barriers() {
        return options.fault() != Fault.NO_BARRIER;
    }

    private gcscope.vm.bytecode.FunctionDef compileEntry(int id) {
        FunctionCompiler fc = FunctionCompiler.forEntry(this, id);
        FuncBuilder fb = fc.fb;
        for (Map.Entry<VarSymbol, VarLoc> e : globals.entrySet()) {
            if (e.getValue() instanceof VarLoc.GlobalBoxed gb) {
                fb.beginTempRegion();
                int p = fb.allocSlots(SlotType.GCREF);
                fb.emit(Opcode.NEW, p, types.id(gb.type()));
                fb.emit(Opcode.STORE_GLOBAL, gb.gslot(), p, 0, 1);
                fb.endTempRegion();
            }
        }
        for (Initializer init : info.initOrder()) {
            Expr rhs = init.rhs();
            fb.setPos(rhs.pos());
            fc.initGlobals(init.lhs(), rhs);
        }
        FuncSymbol main = null;
        for (FuncSymbol f : info.functions()) if (!f.isMethod() && f.name().equals("main")) main = f;
        for (FuncSymbol f : info.functions()) {
            if (!f.isMethod() && f.name().equals("init") && f.decl() != null && f.decl().body() != null) {
                fb.emit(Opcode.CALL, funcIds.get(f), fb.nextSlot(), fb.nextSlot());
            }
        }
        if (main != null) {
            fb.setPos(main.pos());
            fb.emit(Opcode.CALL, funcIds.get(main), fb.nextSlot(), fb.nextSlot());
        }
        fb.emit(Opcode.RETURN, 0, 0);
        return fc.finish();
    }

    int funcId(FuncSymbol f) {
        Integer id = funcIds.get(f);
        if (id == null) throw new IllegalStateException("no function id for " + f);
        return id;
    }

    /** The method set of a runtime type as an interface sees it (value methods for T; all methods for *T). */
    private List<MethodInfo> methodSet(Type t) {
        List<MethodInfo> out = new ArrayList<>();
        if (t instanceof Named n && !(n.underlying() instanceof InterfaceType)) {
            for (FuncSymbol m : n.methods()) if (!m.pointerReceiver() && funcIds.containsKey(m)) out.add(new MethodInfo(m.name(), funcId(m)));
            out.addAll(promotions.methodInfos(n, false));
        } else if (t instanceof Type.Pointer p && p.elem() instanceof Named n && !(n.underlying() instanceof InterfaceType)) {
            for (FuncSymbol m : n.methods()) {
                if (!funcIds.containsKey(m)) continue;
                out.add(new MethodInfo(m.name(), m.pointerReceiver() ? funcId(m) : derefWrapper(m)));
            }
            out.addAll(promotions.methodInfos(n, true));
        }
        return out;
    }

    /** A wrapper {@code func (p *T) M(args) { return (*p).M(args) }} for a value-receiver method called through *T. */
    int derefWrapperId(FuncSymbol m) {
        return derefWrapper(m);
    }

    private int derefWrapper(FuncSymbol m) {
        Integer known = derefWrappers.get(m);
        if (known != null) return known;
        int id = pb.reserveFunction();
        derefWrappers.put(m, id);
        later(() -> pb.setFunction(SplitFunctions.derefWrapper(this, m, id)));
        return id;
    }
}
