package gcscope.compiler;

import gcscope.compiler.ast.SourceFile;
import gcscope.compiler.codegen.CodeGen;
import gcscope.compiler.diag.Diagnostic;
import gcscope.compiler.parse.Parser;
import gcscope.compiler.types.Checker;
import gcscope.compiler.types.TypeInfo;
import gcscope.vm.bytecode.Program;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.TagLayoutMode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The compiler's entry point: parse, type-check, generate code. Never throws: any internal failure
 * becomes a diagnostic {@code internal compiler error: ...}; diagnostics are sorted by position and a
 * result with diagnostics has no program.
 */
public final class Compiler {
    private Compiler() {}

    public static CompileResult compile(String fileName, String source, CompileOptions options) {
        List<Diagnostic> diags = new ArrayList<>();
        String file = fileName == null ? "main.vo" : fileName;
        try {
            SourceFile ast = Parser.parse(file, source == null ? "" : source, diags);
            if (!diags.isEmpty()) return failed(diags);
            TypeInfo info = Checker.check(ast, diags);
            if (!diags.isEmpty() || info == null) return failed(diags);
            CompileOptions opts = options == null ? CompileOptions.DEFAULT : options;
            CodeGen gen = new CodeGen(info, opts);
            if (opts.tagLayout() == TagLayoutMode.PATCHED) {
                // patched tag layouts: a first pass learns the layouts every variant is written with
                gen.generate(file, source);
                gen = new CodeGen(info, opts, gen);
            }
            Program program = gen.generate(file, source);
            return new CompileResult(program, List.of());
        } catch (StackOverflowError e) {
            diags.add(new Diagnostic(file, 1, 1, "internal compiler error: program nested too deeply"));
            return failed(diags);
        } catch (RuntimeException | AssertionError e) {
            if (Boolean.getBoolean("gcscope.debugCompiler")) e.printStackTrace();
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            diags.add(new Diagnostic(file, 1, 1, "internal compiler error: " + msg));
            return failed(diags);
        }
    }

    private static CompileResult failed(List<Diagnostic> diags) {
        List<Diagnostic> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(diags));
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        if (sorted.isEmpty()) sorted.add(new Diagnostic("main.vo", 1, 1, "internal compiler error: no program produced"));
        return new CompileResult(null, sorted);
    }
}
