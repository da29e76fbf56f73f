package gcscope.compiler.codegen;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.bytecode.FieldKind;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Instruction;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.Program;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.TagLayoutMode;
import gcscope.vm.layout.Layout;
import gcscope.vm.layout.LayoutStore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enum payload writes per --tag-layout mode on the BUGS.md 2 program (VM.md "Layouts"). */
class EnumTagLayoutTest {
    static final String PAIR = """
            package main

            import "fmt"

            type Pair enum {
            	Both(a []int, b any)
            	None
            }

            func main() {
            	p := Pair.Both([]int{1, 2}, []int{3, 4})
            	match p {
            	case Both(first, rest):
            		fmt.Println(len(first) + len(rest.([]int)))
            	case None:
            	}
            }
            """;

    record Put(int offset, FieldKind kind) {}

    record Construction(int header, int written, List<Put> puts) {}

    static Program compile(TagLayoutMode mode) {
        CompileResult r = Compiler.compile("pair.vo", PAIR, CompileOptions.DEFAULT.withTagLayout(mode));
        assertTrue(r.ok(), () -> "compile failed: " + r.diagnostics());
        return r.program();
    }

    static Construction construction(Program p) {
        FunctionDef main = p.functions().stream().filter(f -> f.name().equals("main.main")).findFirst().orElseThrow();
        int[] code = main.code();
        for (int pc = 0; pc < main.instructionCount(); pc++) {
            if (Instruction.op(code, pc) != Opcode.ENUM_NEW) continue;
            List<Put> puts = new ArrayList<>();
            for (int q = pc + 1; q < main.instructionCount(); q++) {
                Opcode op = Instruction.op(code, q);
                if (op != Opcode.ENUM_PUT && op != Opcode.ENUM_PUT_B) break;
                puts.add(new Put(Instruction.b(code, q), FieldKind.values()[Instruction.d(code, q)]));
            }
            return new Construction(Instruction.c(code, pc), Instruction.d(code, pc), puts);
        }
        throw new AssertionError("no ENUM_NEW in main");
    }

    @Test
    void declaredWritesTheSliceAsAnInterfaceAtTheDeclaredOffsets() {
        Program p = compile(TagLayoutMode.DECLARED);
        Construction c = construction(p);
        assertEquals(c.header(), c.written());
        assertEquals(List.of(new Put(0, FieldKind.REF), new Put(8, FieldKind.IFACE)), c.puts());
        Layout.Union u = p.layouts().union(c.header());
        assertEquals(24, u.discOffset());
        assertEquals(32, u.size());
        assertEquals(24, p.layouts().size(u.variant(0)));
    }

    @Test
    void actualWritesEachArgumentWithItsOwnLayoutUnderTheDeclaredHeader() {
        Program declared = compile(TagLayoutMode.DECLARED);
        Program p = compile(TagLayoutMode.ACTUAL);
        Construction c = construction(p);
        assertEquals(List.of(new Put(0, FieldKind.REF), new Put(8, FieldKind.REF)), c.puts());
        LayoutStore ls = p.layouts();
        assertEquals(32, ls.union(c.header()).size(), "the header keeps the declared union");
        assertEquals(24, ls.union(c.header()).discOffset());
        assertNotEquals(c.header(), c.written());
        assertEquals(16, ls.size(ls.union(c.written()).variant(0)), "the written payload is two REFs");
        assertEquals(construction(declared).header(), c.header());
    }

    @Test
    void patchedRecordsTheWrittenLayoutInTheHeaderAndConvertsAtMatch() {
        Program p = compile(TagLayoutMode.PATCHED);
        Construction c = construction(p);
        assertEquals(c.header(), c.written());
        assertEquals(List.of(new Put(0, FieldKind.REF), new Put(8, FieldKind.REF)), c.puts());
        assertEquals(16, p.layouts().union(c.header()).discOffset());
        // match reads the second field as a REF and boxes it into the declared any
        FunctionDef main = p.functions().stream().filter(f -> f.name().equals("main.main")).findFirst().orElseThrow();
        int[] code = main.code();
        boolean boxedAfterRead = false;
        for (int pc = 0; pc + 1 < main.instructionCount(); pc++) {
            if (Instruction.op(code, pc) == Opcode.ENUM_GET && Instruction.c(code, pc) == 8
                    && Instruction.d(code, pc) == FieldKind.REF.ordinal() && Instruction.op(code, pc + 1) == Opcode.IFACE_BOX) {
                boxedAfterRead = true;
            }
        }
        assertTrue(boxedAfterRead, "rest is read as a REF at @8 and converted to any");
    }

    @Test
    void shapeWorkedExampleOffsetsMatchVmMd() {
        String src = """
                package main

                import "fmt"

                type Shape enum {
                	Circle(r float64)
                	Rect(w int32, h int32)
                	Labeled(name string, tags []string, extra any)
                	Empty
                }

                func main() {
                	fmt.Println(Shape.Rect(3, 4), Shape.Labeled("n", nil, 1))
                }
                """;
        CompileResult r = Compiler.compile("shape.vo", src, CompileOptions.DEFAULT);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        FunctionDef main = r.program().functions().stream().filter(f -> f.name().equals("main.main")).findFirst().orElseThrow();
        List<Integer> offsets = new ArrayList<>();
        int union = -1;
        for (int pc = 0; pc < main.instructionCount(); pc++) {
            Opcode op = Instruction.op(main.code(), pc);
            if (op == Opcode.ENUM_NEW) union = Instruction.c(main.code(), pc);
            if (op == Opcode.ENUM_PUT || op == Opcode.ENUM_PUT_B) offsets.add(Instruction.b(main.code(), pc));
        }
        assertEquals(List.of(0, 4, 0, 8, 16), offsets);
        assertEquals(32, r.program().layouts().union(union).discOffset());
        assertEquals(40, r.program().layouts().union(union).size());
    }
}
