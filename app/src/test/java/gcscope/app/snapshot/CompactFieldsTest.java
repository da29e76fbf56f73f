package gcscope.app.snapshot;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.ProgramOutput;
import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.FieldView;
import gcscope.vm.snapshot.ImportResult;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.SnapshotBuilder;
import gcscope.vm.snapshot.SnapshotJson;
import gcscope.vm.snapshot.VmSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The snapshot builder keeps big heaps small: a reference to a live object carries no address string
 * until asked (and still reads, exports and compares as its address), and zero words and all-zero
 * objects of one type share one field view and one field list.
 */
class CompactFieldsTest {
    static final String PROGRAM = """
            package main

            type Node struct {
            	Left, Right *Node
            }

            func make_(d int) *Node {
            	if d == 0 {
            		return &Node{}
            	}
            	return &Node{make_(d - 1), make_(d - 1)}
            }

            func main() {
            	t := make_(4)
            	println(t.Left != nil)
            }
            """;

    private static VmSnapshot treeSnapshot() {
        RunOptions options = RunOptions.DEFAULT.withGc(gcscope.vm.config.GcPolicy.OFF);
        CompileResult r = Compiler.compile("tree.vo", PROGRAM, options.compile());
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        Machine m = new Machine(r.program(), options, ProgramOutput.DISCARD);
        while (m.outcome() == null) m.runFor(10_000); // GC off: the whole tree is still in the heap at the end
        return new SnapshotBuilder(m).build(ExecStatus.PAUSED, List.of(), "", "");
    }

    @Test
    void aLiveReferenceDisplaysAsItsAddressAndSurvivesJsonRoundTrip() {
        VmSnapshot s = treeSnapshot();
        int refs = 0;
        for (ObjectView o : s.heap().objects()) {
            for (FieldView f : o.fields()) {
                if (f.ref() == 0) continue;
                assertEquals("0x" + Long.toHexString(f.ref()), f.display(), o.typeName() + "." + f.name());
                if (o.typeName().equals("main.Node")) refs++;
            }
        }
        assertEquals(30, refs, "a full tree of 31 nodes has 30 edges between nodes");
        ImportResult back = new SnapshotJson().read(new SnapshotJson().write(s));
        assertEquals(s, assertInstanceOf(ImportResult.Loaded.class, back).snapshot(), "an imported snapshot equals the built one");
    }

    @Test
    void leavesShareOneFieldListAndNilWordsOneView() {
        VmSnapshot s = treeSnapshot();
        List<ObjectView> leaves = s.heap().objects().stream()
                .filter(o -> o.typeName().equals("main.Node") && o.fields().stream().allMatch(f -> f.raw() == 0)).toList();
        assertEquals(16, leaves.size(), "a depth-4 tree has 16 leaves");
        for (ObjectView leaf : leaves) {
            assertSame(leaves.get(0).fields(), leaf.fields(), "leaf @" + Long.toHexString(leaf.address()));
            assertEquals("nil", leaf.fields().get(0).display());
        }
        ObjectView inner = s.heap().objects().stream().filter(o -> o.fields().get(0).ref() != 0 && o.fields().get(1).ref() != 0)
                .findFirst().orElseThrow();
        assertEquals(List.of("Left", "Right"), inner.fields().stream().map(FieldView::name).toList());
    }
}
