package gcscope.compiler.codegen;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.bytecode.Disassembler;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Instruction;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.CompileOptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The BUGS.md 1 program under each call-buffer mode: which slots of main the call to foo uses, and their types. */
class CallBufferModeTest {
    static final String BUG = """
            package main

            import "fmt"

            func foo(n int) string { return fmt.Sprint(n) }

            func main() {
            	s := foo(2)
            	fmt.Println(s)
            }
            """;

    static Program compile(CallBufferMode mode) {
        CompileResult r = Compiler.compile("bug.vo", BUG, CompileOptions.DEFAULT.withCallBuffer(mode));
        assertTrue(r.ok(), () -> "compile failed: " + r.diagnostics());
        return r.program();
    }

    static FunctionDef fn(Program p, String name) {
        return p.functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** The pc of the CALL to foo in main. */
    static int callPc(Program p) {
        FunctionDef main = fn(p, "main.main");
        int foo = fn(p, "main.foo").id();
        for (int pc = 0; pc < main.instructionCount(); pc++) {
            if (Instruction.op(main.code(), pc) == Opcode.CALL && Instruction.a(main.code(), pc) == foo) return pc;
        }
        throw new AssertionError("no call to foo in main:\n" + new Disassembler(p).function(main));
    }

    /** The instruction just before the call writes the argument 2 into the argument slot. */
    static int argWriterPc(Program p, int argSlot) {
        FunctionDef main = fn(p, "main.main");
        int call = callPc(p);
        for (int pc = call - 1; pc >= 0; pc--) {
            Opcode op = Instruction.op(main.code(), pc);
            int dstOperand = op.dstOperand();
            if (dstOperand >= 0 && Instruction.operand(main.code(), pc, dstOperand) == argSlot) return pc;
        }
        throw new AssertionError("nothing writes slot " + argSlot);
    }

    @Test
    void reuseDstWritesTheIntegerTwoIntoTheGcrefSlotOfS() {
        Program p = compile(CallBufferMode.REUSE_DST);
        FunctionDef main = fn(p, "main.main");
        int call = callPc(p);
        int argStart = Instruction.b(main.code(), call);
        int retStart = Instruction.c(main.code(), call);
        assertEquals(argStart, retStart, "reuse-dst passes the arguments in dst");
        assertEquals(SlotType.GCREF, main.slotTypes()[argStart], "dst is typed for the string result");
        int w = argWriterPc(p, argStart);
        assertEquals(Opcode.LOAD_INT, Instruction.op(main.code(), w));
        assertEquals(2, Instruction.b(main.code(), w), "the integer 2 lands in the GCREF slot");
        // and it is the slot of the variable s
        assertTrue(main.localVars().stream().anyMatch(v -> v.name().equals("s") && v.firstSlot() == argStart));
    }

    @Test
    void splitTypesArgumentSlotsByParametersAndResultSlotsByResults() {
        Program p = compile(CallBufferMode.SPLIT);
        FunctionDef main = fn(p, "main.main");
        int call = callPc(p);
        int argStart = Instruction.b(main.code(), call);
        int retStart = Instruction.c(main.code(), call);
        assertEquals(argStart + 1, retStart);
        assertEquals(SlotType.VALUE, main.slotTypes()[argStart]);
        assertEquals(SlotType.GCREF, main.slotTypes()[retStart]);
        // the result is copied to s after the call
        assertEquals(Opcode.MOVE, Instruction.op(main.code(), call + 1));
        assertEquals(retStart, Instruction.b(main.code(), call + 1));
        int s = Instruction.a(main.code(), call + 1);
        assertNotEquals(argStart, s);
        assertEquals(SlotType.GCREF, main.slotTypes()[s]);
    }

    @Test
    void allValueUsesOneValueBufferForArgumentsAndTheReturnedReference() {
        Program p = compile(CallBufferMode.ALL_VALUE);
        FunctionDef main = fn(p, "main.main");
        int call = callPc(p);
        int argStart = Instruction.b(main.code(), call);
        assertEquals(argStart, Instruction.c(main.code(), call));
        assertEquals(SlotType.VALUE, main.slotTypes()[argStart], "the returned string sits in a VALUE slot");
        assertEquals(Opcode.MOVE, Instruction.op(main.code(), call + 1));
    }

    @Test
    void splitUsesNoReferenceTypedSlotForAnyIntegerArgumentOfAnyCall() {
        Program p = compile(CallBufferMode.SPLIT);
        for (FunctionDef f : p.functions()) {
            for (int pc = 0; pc < f.instructionCount(); pc++) {
                Opcode op = Instruction.op(f.code(), pc);
                if (op == Opcode.LOAD_INT) {
                    SlotType t = f.slotTypes()[Instruction.a(f.code(), pc)];
                    assertTrue(t == SlotType.VALUE || t == SlotType.FLOAT, f.name() + " pc " + pc + " writes an int into a " + t + " slot");
                }
            }
        }
    }
}
