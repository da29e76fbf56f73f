package gcscope.app.cli;

import gcscope.vm.interp.ProgramOutput;

import java.io.PrintStream;

/** A running program's output written straight to the console's streams. */
final class StreamOutput implements ProgramOutput {
    private final PrintStream out;
    private final PrintStream err;

    StreamOutput(Console console) {
        this.out = console.out();
        this.err = console.err();
    }

    @Override
    public void stdout(String text) {
        out.print(text);
    }

    @Override
    public void stderr(String text) {
        out.flush();
        err.print(text);
        err.flush();
    }
}
