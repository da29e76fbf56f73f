package gcscope.compiler.codegen;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.check.SlotTypeMismatch;
import gcscope.vm.check.Verifier;
import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.CompileOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The static slot-type verifier (VM.md) finds nothing in split-mode code and the seed bug in reuse-dst code. */
class StaticVerifierTest {
    static List<SlotTypeMismatch> verify(String src, CallBufferMode mode) {
        CompileResult r = Compiler.compile("v.vo", src, CompileOptions.DEFAULT.withCallBuffer(mode));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        return Verifier.verify(r.program());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed_values", "interfaces_goroutines", "promoted_methods", "values_and_closures",
            "methods_panics_channels", "embedded_interfaces_arrays"})
    void splitCodeHasNoSlotTypeMismatch(String name) throws IOException {
        assertEquals(List.of(), verify(GoProgramsTest.resource(name + ".vo"), CallBufferMode.SPLIT));
    }

    @Test
    void reuseDstCodeOfTheSeedProgramHasAMismatchInMain() {
        List<SlotTypeMismatch> found = verify(EndToEndTest.BUG1, CallBufferMode.REUSE_DST);
        assertFalse(found.isEmpty());
        assertTrue(found.stream().anyMatch(m -> m.toString().contains("main.main")), found.toString());
    }
}
