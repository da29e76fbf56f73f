package gcscope.compiler.codegen;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.bytecode.Disassembler;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Instruction;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.Program;
import gcscope.vm.config.CompileOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Integer constants become immediate operands (JMP_xx_IMM, ADD_IMM) and a single result already in a
 * variable is returned from its own slot, without changing what programs print (outputs from Go 1.19).
 */
class ImmediateOperandsTest {
    static final String FIB = """
            package main

            import "fmt"

            func fib(n int) int {
            	if n < 2 {
            		return n
            	}
            	return fib(n-1) + fib(n-2)
            }

            func main() { fmt.Println(fib(20)) }
            """;

    private static List<Opcode> ops(Program p, String fn) {
        FunctionDef f = p.functions().stream().filter(x -> x.name().equals(fn)).findFirst().orElseThrow();
        List<Opcode> out = new ArrayList<>();
        for (int pc = 0; pc < f.instructionCount(); pc++) out.add(Instruction.op(f.code(), pc));
        return out;
    }

    @Test
    void recursiveFibonacciUsesImmediateCompareAndAddAndNoCopyForReturningItsParameter() {
        CompileResult r = Compiler.compile("fib.vo", FIB, CompileOptions.DEFAULT);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        List<Opcode> fib = ops(r.program(), "main.fib");
        String listing = new Disassembler(r.program()).function(
                r.program().functions().stream().filter(x -> x.name().equals("main.fib")).findFirst().orElseThrow());
        assertEquals(Opcode.JMP_GE_IMM, fib.get(0), listing);
        assertEquals(Opcode.RETURN, fib.get(1), listing);
        assertEquals(2, fib.stream().filter(o -> o == Opcode.ADD_IMM).count(), listing);
        assertFalse(fib.contains(Opcode.LOAD_INT), listing);
        assertFalse(fib.contains(Opcode.SUB), listing);
        EndToEndTest.expect(FIB, "6765\n");
    }

    @Test
    void immediateArithmeticWrapsAndImmediateComparisonsWorkWithTheConstantOnEitherSide() {
        EndToEndTest.expect("""
                package main

                import "fmt"

                func countdown(n int) int {
                	if n <= 0 {
                		return n
                	}
                	return countdown(n-1) + 1
                }

                func main() {
                	var a int8 = 127
                	a = a + 1
                	var b uint8 = 0
                	b = b - 1
                	var c uint = 0
                	c = c - 2
                	var d int32 = -2147483648
                	d = d - 1
                	e := 5
                	e = 3 + e
                	f := -2147483648
                	f = f - 1
                	n := 0
                	for i := 10; i > 0; i -= 3 {
                		if 4 < i {
                			n++
                		}
                		if i != 7 {
                			n += 10
                		}
                		if 1 == i {
                			n += 100
                		}
                	}
                	var u uint64 = 1
                	if u >= 1 {
                		n += 1000
                	}
                	fmt.Println(a, b, c, d, e, f, n, countdown(20))
                }
                """, "-128 255 18446744073709551614 2147483647 8 -2147483649 1132 20\n");
    }
}
