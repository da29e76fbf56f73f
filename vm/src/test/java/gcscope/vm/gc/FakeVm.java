package gcscope.vm.gc;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.layout.LayoutStore;

import java.util.ArrayList;
import java.util.List;

/** A stand-in for the interpreter: fibers of typed frames, typed globals, and metas by id. */
public final class FakeVm implements RootSource, HeapMetas {
    public static final class Frame {
        public final int bp;
        public final SlotType[] types;
        public final int funcId;

        Frame(int bp, SlotType[] types, int funcId) {
            this.bp = bp;
            this.types = types;
            this.funcId = funcId;
        }
    }

    public static final class Fiber {
        public final long[] stack = new long[256];
        public final byte[] shadow = new byte[256];
        public final List<Frame> frames = new ArrayList<>();
        int top;

        /** Pushes a frame with these declared slot types; returns its bp. */
        public int push(int funcId, SlotType... types) {
            Frame f = new Frame(top, types, funcId);
            frames.add(f);
            for (int i = 0; i < types.length; i++) shadow[top + i] = (byte) types[i].ordinal();
            top += types.length;
            return f.bp;
        }

        /** Writes a slot of frame {@code frame} and records the kind written in the shadow stack. */
        public void write(int frame, int slot, SlotType kind, long raw) {
            int at = frames.get(frame).bp + slot;
            stack[at] = raw;
            shadow[at] = (byte) kind.ordinal();
        }

        public long read(int frame, int slot) {
            return stack[frames.get(frame).bp + slot];
        }
    }

    public final List<SlotType[]> metas = new ArrayList<>();
    public final LayoutStore layouts = new LayoutStore();
    public final List<Fiber> fibers = new ArrayList<>();
    public long[] globals = new long[0];
    public SlotType[] globalTypes = new SlotType[0];
    public boolean useShadow = true;
    public long step;

    public int meta(SlotType... types) {
        metas.add(types);
        return metas.size() - 1;
    }

    public Fiber fiber() {
        Fiber f = new Fiber();
        fibers.add(f);
        return f;
    }

    public void globals(SlotType... types) {
        globalTypes = types;
        globals = new long[types.length];
    }

    @Override
    public void visitRoots(RootVisitor v) {
        for (int i = 0; i < fibers.size(); i++) {
            Fiber f = fibers.get(i);
            for (int j = 0; j < f.frames.size(); j++) {
                Frame fr = f.frames.get(j);
                v.frame(i, j, fr.funcId, 0, f.stack, fr.bp, fr.types, useShadow ? f.shadow : null);
            }
        }
        for (int g = 0; g < globals.length; g++) v.word(RootKind.GLOBAL, g, globalTypes[g], globals[g]);
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public SlotType[] wordTypes(int metaId) {
        return metas.get(metaId);
    }

    @Override
    public LayoutStore layouts() {
        return layouts;
    }

    @Override
    public String functionName(int funcId) {
        return "main.f" + funcId;
    }
}
