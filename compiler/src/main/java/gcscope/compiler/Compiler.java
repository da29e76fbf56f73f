package gcscope.compiler;

import gcscope.compiler.codegen.CodeGen;
import gcscope.compiler.diag.Diagnostic;
import gcscope.compiler.types.Frontend;
import gcscope.vm.bytecode.Program;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.TagLayoutMode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The compiler's entry point: parse, type-check, generate code. Never throws: any internal failure
 * becomes a diagnostic {@code internal compiler error: ...}; diagnostics are sorted by position and a
 * result with diagnostics has no program. Runs on a thread with a large stack, so that deeply nested
 * (but legal) programs compile instead of overflowing the Java stack.
 */
public final class Compiler {
    private static final long STACK_BYTES = 256L << 20;

    private Compiler() {}

    public static CompileResult compile(String fileName, String source, CompileOptions options) {
        String file = fileName == null ? "main.vo" : fileName;
        String src = source == null ? "" : source;
        CompileOptions opts = options == null ? CompileOptions.DEFAULT : options;
        Task task = new Task(file, src, opts);
        Thread t = new Thread(null, task, "gcscope-compiler", STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CompileResult r = task.result;
        return r != null ? r : failed(file, List.of(new Diagnostic(file, 1, 1, "internal compiler error: compilation did not finish")));
    }

    /**
     * One compilation on the compiler's thread; {@link Thread#join} publishes its result. A class, not a lambda: the
     * first lambda of a run sets up java.lang.invoke (milliseconds), which the caller's thread need not wait for.
     */
    private static final class Task implements Runnable {
        private final String file;
        private final String source;
        private final CompileOptions options;
        private CompileResult result;

        Task(String file, String source, CompileOptions options) {
            this.file = file;
            this.source = source;
            this.options = options;
        }

        @Override
        public void run() {
            result = compileHere(file, source, options);
        }
    }

    /** Same as {@link #compile} on the calling thread. */
    static CompileResult compileHere(String file, String source, CompileOptions opts) {
        List<Diagnostic> diags = new ArrayList<>();
        try {
            Frontend.Result fr = Frontend.analyzeHere(file, source);
            if (!fr.ok() || fr.info() == null) {
                diags.addAll(fr.diagnostics());
                return failed(file, diags);
            }
            CodeGen gen = new CodeGen(fr.info(), opts);
            if (opts.tagLayout() == TagLayoutMode.PATCHED) {
                // patched tag layouts: a first pass learns the layouts every variant is written with
                gen.generate(file, source);
                gen = new CodeGen(fr.info(), opts, gen);
            }
            Program program = gen.generate(file, source);
            return new CompileResult(program, List.of());
        } catch (StackOverflowError e) {
            diags.add(new Diagnostic(file, 1, 1, "expression nested too deeply"));
            return failed(file, diags);
        } catch (RuntimeException | AssertionError e) {
            if (Boolean.getBoolean("gcscope.debugCompiler")) e.printStackTrace();
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            diags.add(new Diagnostic(file, 1, 1, "internal compiler error: " + msg));
            return failed(file, diags);
        }
    }

    private static CompileResult failed(String file, List<Diagnostic> diags) {
        List<Diagnostic> sorted = new ArrayList<>(new LinkedHashSet<>(diags));
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        if (sorted.isEmpty()) sorted.add(new Diagnostic(file, 1, 1, "internal compiler error: no program produced"));
        return new CompileResult(null, sorted);
    }
}
