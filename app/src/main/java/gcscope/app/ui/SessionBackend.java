package gcscope.app.ui;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.compiler.diag.Diagnostic;
import gcscope.views.bytecode.ProgramCodeInfo;
import gcscope.views.source.SourceModel;
import gcscope.vm.config.RunOptions;
import gcscope.vm.session.Session;

import java.util.List;

/** The real backend: {@link Compiler#compile} then a {@link Session} on the program. */
public final class SessionBackend implements Backend {
    @Override
    public Opened open(String fileName, String source, RunOptions options) {
        CompileResult r = Compiler.compile(fileName, source, options.compile());
        if (!r.ok()) {
            List<SourceModel.Marker> markers = r.diagnostics().stream()
                    .map((Diagnostic d) -> new SourceModel.Marker(d.line(), d.column(), d.message())).toList();
            return Opened.failed(markers, markers.isEmpty() ? "the program did not compile" : "compile errors:");
        }
        try {
            Session s = new Session(r.program(), source, options);
            return new Opened(new SessionTarget(s), new ProgramCodeInfo(r.program()), List.of(), "");
        } catch (RuntimeException e) {
            return Opened.failed(List.of(), "cannot start the program: " + e.getMessage());
        }
    }
}
