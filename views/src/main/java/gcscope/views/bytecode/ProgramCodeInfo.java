package gcscope.views.bytecode;

import gcscope.views.common.CodeInfo;
import gcscope.views.common.LayoutSpec;
import gcscope.vm.bytecode.Disassembler;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.layout.Layout;
import gcscope.vm.layout.LayoutStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@link CodeInfo} over a compiled {@link Program}: its Disassembler, debug lines and layout store. */
public final class ProgramCodeInfo implements CodeInfo {
    private java.util.Map<Long, String> findings; // verifier findings by (funcId << 32 | pc), computed on first use
    private final Program program;
    private final Disassembler disassembler;
    private final List<List<String>> listings;

    public ProgramCodeInfo(Program program) {
        this.program = program;
        this.disassembler = new Disassembler(program);
        List<List<String>> l = new ArrayList<>();
        for (FunctionDef f : program.functions()) {
            List<String> lines = new ArrayList<>(f.instructionCount());
            for (int pc = 0; pc < f.instructionCount(); pc++) lines.add(disassembler.instruction(f, pc));
            l.add(List.copyOf(lines));
        }
        this.listings = List.copyOf(l);
    }

    @Override
    public int functionCount() {
        return program.functions().size();
    }

    @Override
    public String functionName(int funcId) {
        return program.function(funcId).name();
    }

    @Override
    public List<String> listing(int funcId) {
        return listings.get(funcId);
    }

    @Override
    public int lineOf(int funcId, int pc) {
        return program.function(funcId).line(pc);
    }

    @Override
    public List<String> slotTypes(int funcId) {
        return Arrays.stream(program.function(funcId).slotTypes()).map(SlotType::name).toList();
    }

    @Override
    public synchronized String finding(int funcId, int pc) {
        if (findings == null) {
            java.util.Map<Long, String> m = new java.util.HashMap<>();
            for (gcscope.vm.check.SlotTypeMismatch f : gcscope.vm.check.Verifier.verify(program)) {
                m.merge(((long) f.funcId() << 32) | f.pc(), "verifier: slot " + f.slot() + " is declared " + f.declared()
                        + " but this instruction writes " + f.written(), (a, b) -> a + "; " + b);
            }
            findings = m;
        }
        return findings.getOrDefault(((long) funcId << 32) | pc, "");
    }

    @Override
    public LayoutSpec layout(int layoutId) {
        return layout(layoutId, -1);
    }

    @Override
    public LayoutSpec layout(int layoutId, int variant) {
        LayoutStore store = program.layouts();
        if (store == null || layoutId < 0 || !store.has(layoutId)) return null;
        Layout l = store.get(layoutId);
        List<LayoutSpec.Field> fields = new ArrayList<>();
        if (l instanceof Layout.Union u) {
            if (variant >= 0 && variant < u.variantCount()) flatten(store, u.variant(variant), 0, "v" + variant, fields);
            fields.add(new LayoutSpec.Field("tag", u.discOffset(), u.discSize(), "DISCRIMINANT"));
            String name = store.name(layoutId) + (variant >= 0 ? " variant " + variant : "");
            return new LayoutSpec(layoutId, name, u.size(), fields, layoutId);
        }
        flatten(store, layoutId, 0, "", fields);
        return new LayoutSpec(layoutId, store.name(layoutId), l.size(), fields, layoutId);
    }

    @Override
    public List<LayoutSpec> layouts() {
        LayoutStore store = program.layouts();
        if (store == null) return List.of();
        List<LayoutSpec> out = new ArrayList<>();
        for (int id = 0; id < store.count(); id++) out.add(layout(id));
        return out;
    }

    private static void flatten(LayoutStore store, int id, int base, String path, List<LayoutSpec.Field> out) {
        Layout l = store.get(id);
        String name = path.isEmpty() ? store.name(id) : path;
        if (l instanceof Layout.Ref) out.add(new LayoutSpec.Field(name, base, 8, "REF"));
        else if (l instanceof Layout.Iface) out.add(new LayoutSpec.Field(name, base, 16, "INTERFACE"));
        else if (l instanceof Layout.Scalar s) out.add(new LayoutSpec.Field(name, base, s.size(), s.isFloat() ? "FLOAT" : "VALUE"));
        else if (l instanceof Layout.Tuple t) {
            for (int i = 0; i < t.fieldCount(); i++) {
                flatten(store, t.field(i), base + t.offset(i), (path.isEmpty() ? "" : path + ".") + "#" + i, out);
            }
        } else if (l instanceof Layout.Union u) out.add(new LayoutSpec.Field(name, base, u.size(), "VALUE"));
    }
}
