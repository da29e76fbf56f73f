package gcscope.compiler.types;

import gcscope.compiler.diag.Diagnostic;

import java.util.List;

/** Test helper: runs the front end and renders diagnostics as {@code line:col: message}. */
final class Checking {
    private Checking() {}

    static Frontend.Result run(String src) {
        return Frontend.analyze("t.vo", src);
    }

    static List<String> diagnostics(String src) {
        return run(src).diagnostics().stream().map(Checking::render).toList();
    }

    static String render(Diagnostic d) {
        return d.line() + ":" + d.column() + ": " + d.message();
    }

    static TypeInfo ok(String src) {
        Frontend.Result r = run(src);
        if (!r.ok()) throw new AssertionError("unexpected diagnostics: " + r.diagnostics());
        return r.info();
    }
}
