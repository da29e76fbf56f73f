package gcscope.vm.interp;

import gcscope.vm.bytecode.BuiltinTypes;
import gcscope.vm.bytecode.CodeBuffer;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Native;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.ProgramBuilder;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.SourcePos;
import gcscope.vm.config.RunOptions;

import java.util.ArrayList;
import java.util.List;

import static gcscope.vm.bytecode.SlotType.*;

/** A tiny assembler for hand-written test programs. */
final class Asm {
    final ProgramBuilder pb = new ProgramBuilder();
    private final List<Fn> pending = new ArrayList<>();

    /** A function under construction; slots are appended with {@link #slot}. */
    final class Fn {
        final int id;
        final String name;
        final int params;
        final SlotType[] results;
        final List<SlotType> slots = new ArrayList<>();
        final CodeBuffer code = new CodeBuffer();
        int resultSlot = -1;
        SlotType[] captures = new SlotType[0];
        int line = 1;

        Fn(String name, SlotType[] paramKinds, SlotType[] results) {
            this.id = pb.reserveFunction();
            this.name = name;
            this.params = paramKinds.length;
            this.results = results;
            slots.addAll(List.of(paramKinds));
        }

        /** Appends slots of the given kinds; returns the first. */
        int slot(SlotType... kinds) {
            int first = slots.size();
            slots.addAll(List.of(kinds));
            return first;
        }

        int emit(Opcode op, int a, int b, int c, int d) {
            return code.emit(op, a, b, c, d, new SourcePos(line, 1));
        }

        int emit(Opcode op, int a, int b, int c) { return emit(op, a, b, c, 0); }

        int emit(Opcode op, int a, int b) { return emit(op, a, b, 0, 0); }

        int emit(Opcode op, int a) { return emit(op, a, 0, 0, 0); }

        int pc() { return code.pc(); }

        void patch(int pc, int operand, int value) { code.patch(pc, operand, value); }

        /** fmt.Println(slot) for a value of the given type (one or two slots). */
        void println(int slot, int typeId) {
            int s = slot(GCREF), n = slot(VALUE), i = slot(INTERFACE0, INTERFACE1), ret = slot(VALUE, INTERFACE0, INTERFACE1);
            emit(Opcode.LOAD_INT, n, 1);
            emit(Opcode.MAKE_SLICE, s, n, -1, BuiltinTypes.ANY);
            emit(Opcode.IFACE_BOX, i, slot, typeId);
            emit(Opcode.LOAD_INT, n, 0);
            emit(Opcode.STORE_IDX_B, s, n, i, pb.shape(INTERFACE0, INTERFACE1));
            emit(Opcode.NATIVE, 0, s, ret, Native.FMT_PRINTLN.ordinal());
        }

        void printlnInt(int slot) { println(slot, BuiltinTypes.INT); }
    }

    Fn fn(String name, SlotType[] params, SlotType... results) {
        Fn f = new Fn(name, params, results);
        pending.add(f);
        return f;
    }

    Program build(int entry) {
        for (Fn f : pending) {
            pb.setFunction(FunctionDef.of(f.id, f.name, f.params, f.results, f.resultSlot, f.slots.toArray(SlotType[]::new),
                    f.captures, f.code, List.of()));
        }
        pb.setEntry(entry);
        pb.setSource("test.vo", "");
        return pb.build();
    }

    /** Output and result of one run. */
    record Run(RunResult result, String stdout, String stderr) {
    }

    static Run run(Program p, RunOptions o) {
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        Machine m = new Machine(p, o, new ProgramOutput() {
            @Override
            public void stdout(String text) { out.append(text); }

            @Override
            public void stderr(String text) { err.append(text); }
        });
        RunResult r = m.run();
        return new Run(r, out.toString(), err.toString());
    }

    static SlotType[] kinds(SlotType... k) { return k; }
}
