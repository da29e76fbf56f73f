package gcscope.compiler.codegen;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Instruction;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.config.CompileOptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code &T{}} of a struct or array is one NEW (the object is born zeroed); empty slice and map literals
 * behind a pointer are still non-nil (outputs from Go 1.19).
 */
class EmptyLiteralTest {
    static final String SRC = """
            package main

            import "fmt"

            type Node struct {
            	Left, Right *Node
            	V           int
            }

            type Pair [2]string

            func leaf() *Node { return &Node{} }

            func main() {
            	n := leaf()
            	a := &[3]int{}
            	p := &Pair{}
            	s := &[]int{}
            	m := &map[int]int{}
            	list := []*Node{{}, {V: 2}}
            	n.V++
            	a[1] = 5
            	(*m)[1] = 2
            	fmt.Println(n.Left == nil, n.Right == nil, n.V, *a, len(p[0]), *s == nil, len(*s), *m == nil, len(*m), list[0].V, list[1].V, list[0].Left == nil)
            }
            """;

    @Test
    void emptyStructAndArrayLiteralsBehindPointersAreZeroAndEmptySlicesAndMapsAreNotNil() {
        EndToEndTest.expect(SRC, "true true 1 [0 5 0] 0 false 0 false 1 0 2 true\n");
    }

    @Test
    void aLeafAllocationIsOnlyNewAndReturn() {
        CompileResult r = Compiler.compile("leaf.vo", SRC, CompileOptions.DEFAULT);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        FunctionDef leaf = r.program().functions().stream().filter(f -> f.name().equals("main.leaf")).findFirst().orElseThrow();
        for (int pc = 0; pc < leaf.instructionCount(); pc++) {
            Opcode op = Instruction.op(leaf.code(), pc);
            assertTrue(op == Opcode.NEW || op == Opcode.RETURN, "leaf has " + op + " at pc " + pc);
        }
        assertEquals(Opcode.NEW, Instruction.op(leaf.code(), 0));
        assertEquals(Opcode.RETURN, Instruction.op(leaf.code(), 1));
    }
}
