package gcscope.views.bytecode;

import gcscope.views.Snapshots;
import gcscope.views.common.CodeInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BytecodeModelTest {
    static final CodeInfo CODE = new CodeInfo() {
        @Override public int functionCount() { return 2; }
        @Override public String functionName(int id) { return id == 0 ? "main.main" : "main.helper"; }
        @Override public List<String> listing(int id) { return id == 0 ? List.of("nil s0", "new s0", "load s1", "ret") : List.of("ret"); }
        @Override public int lineOf(int id, int pc) { return id == 0 ? 3 + pc / 2 : 9; }
        @Override public List<String> slotTypes(int id) { return List.of("GCREF", "VALUE"); }
    };

    @Test
    void followsTheCurrentFrameAndMarksItsPc() {
        BytecodeModel m = new BytecodeModel();
        m.setCode(CODE);
        m.update(Snapshots.listProgram().get(1));
        assertEquals(0, m.functionProperty().get());
        assertEquals(1, m.currentIndexProperty().get());
        assertTrue(m.rows().get(1).current());
        m.update(Snapshots.listProgram().get(2));
        assertEquals(2, m.currentIndexProperty().get());
        assertFalse(m.rows().get(1).current());
        assertTrue(m.rows().get(2).current());
    }

    @Test
    void anotherFunctionShowsNoCurrentInstruction() {
        BytecodeModel m = new BytecodeModel();
        m.setCode(CODE);
        m.update(Snapshots.listProgram().get(1));
        m.showFunction(1);
        assertEquals("main.helper", m.functionNameProperty().get());
        assertEquals(-1, m.currentIndexProperty().get());
    }

    @Test
    void mapsASourceLineToItsInstructions() {
        BytecodeModel m = new BytecodeModel();
        m.setCode(CODE);
        m.update(Snapshots.listProgram().get(0));
        assertEquals(List.of(2, 3), m.pcsOfLine(4));
    }
}
