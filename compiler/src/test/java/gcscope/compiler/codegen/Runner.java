package gcscope.compiler.codegen;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.ProgramOutput;
import gcscope.vm.interp.RunResult;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compiles and runs a program in the VM for end-to-end tests. */
final class Runner {
    record Run(String stdout, String stderr, RunResult result) {}

    private Runner() {}

    static Run run(String source, CompileOptions copts, GcPolicy gc, boolean sanitize) {
        CompileResult r = Compiler.compile("test.vo", source, copts);
        assertTrue(r.ok(), () -> "compile failed: " + r.diagnostics());
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        ProgramOutput po = new ProgramOutput() {
            @Override
            public void stdout(String text) {
                out.append(text);
            }

            @Override
            public void stderr(String text) {
                err.append(text);
            }
        };
        RunOptions opts = RunOptions.DEFAULT.withCompile(copts).withGc(gc).withSanitize(sanitize);
        RunResult res = new Machine(r.program(), opts, po).run();
        return new Run(out.toString(), err.toString(), res);
    }

    static Run run(String source) {
        return run(source, CompileOptions.DEFAULT, GcPolicy.NORMAL, false);
    }
}
