package gcscope.compiler;

import gcscope.compiler.diag.Diagnostic;
import gcscope.vm.bytecode.Program;

import java.util.List;

/** A compiled program, or the diagnostics (all of them, sorted by position) that prevented it. */
public record CompileResult(Program program, List<Diagnostic> diagnostics) {
    public CompileResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return program != null && diagnostics.isEmpty();
    }
}
