package gcscope.app.cli;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.compiler.diag.Diagnostic;
import gcscope.vm.bytecode.Program;
import gcscope.vm.config.CompileOptions;

import java.nio.file.Path;

/** Reads and compiles a program file; compile errors are printed as {@code file:line:col: message}. */
final class ProgramLoader {
    private ProgramLoader() {
    }

    /** The compiled program, or null after printing the diagnostics (the caller exits 1). */
    static Program load(Path file, CompileOptions options, Console console) throws UsageException {
        String source = SourceFiles.read(file);
        CompileResult r = Compiler.compile(file.toString(), source, options);
        if (r.ok()) return r.program();
        for (Diagnostic d : r.diagnostics()) console.err().println(d);
        return null;
    }
}
