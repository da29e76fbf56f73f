package gcscope.app.ui;

import gcscope.views.common.CodeInfo;
import gcscope.views.common.DebugTarget;
import gcscope.views.source.SourceModel;
import gcscope.vm.config.RunOptions;

import java.util.List;

/** Turns program text into something the window can step: compile, then start a session. */
public interface Backend {
    /**
     * The result of opening a program: a target and its code when it compiled, else the diagnostics
     * (and a one-line message) to show in the window.
     */
    record Opened(DebugTarget target, CodeInfo code, List<SourceModel.Marker> diagnostics, String message) {
        public Opened {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean ok() {
            return target != null;
        }

        public static Opened failed(List<SourceModel.Marker> diagnostics, String message) {
            return new Opened(null, CodeInfo.EMPTY, diagnostics, message);
        }
    }

    /** Never throws: every failure is an {@link Opened} with diagnostics or a message. */
    Opened open(String fileName, String source, RunOptions options);
}
