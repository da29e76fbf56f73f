package gcscope.compiler.types;

import gcscope.compiler.ast.SourceFile;
import gcscope.compiler.diag.Diagnostic;
import gcscope.compiler.parse.Parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole front end in one call: scan, parse, check. {@link Result#ok()} tells CODEGEN whether it may
 * generate code. Runs on a thread with a large stack so that deep (but legal) nesting never overflows;
 * never throws.
 */
public final class Frontend {
    private Frontend() {}

    /** Parsed file, type information and all diagnostics sorted by position. */
    public record Result(SourceFile file, TypeInfo info, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean ok() {
            return diagnostics.isEmpty();
        }
    }

    public static Result analyze(String fileName, String source) {
        AtomicReference<Result> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> out.set(analyzeHere(fileName, source)), "gcscope-frontend", 256L << 20);
        t.setDaemon(true);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Result r = out.get();
        if (r == null) {
            List<Diagnostic> d = List.of(new Diagnostic(fileName, 1, 1, "internal compiler error: front end did not finish"));
            return new Result(null, null, d);
        }
        return r;
    }

    /** Same as {@link #analyze} on the calling thread (its stack must be large enough for the input). */
    public static Result analyzeHere(String fileName, String source) {
        List<Diagnostic> diags = new ArrayList<>();
        SourceFile file;
        TypeInfo info = null;
        try {
            file = Parser.parse(fileName, source, diags);
            if (diags.isEmpty()) info = Checker.check(file, diags);
        } catch (StackOverflowError e) {
            diags.add(new Diagnostic(fileName, 1, 1, "expression nested too deeply"));
            file = null;
        } catch (RuntimeException e) {
            diags.add(new Diagnostic(fileName, 1, 1, "internal compiler error: " + e));
            file = null;
        }
        diags.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new Result(file, info, dedupe(diags));
    }

    private static List<Diagnostic> dedupe(List<Diagnostic> ds) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : ds) if (!out.contains(d)) out.add(d);
        return out;
    }
}
