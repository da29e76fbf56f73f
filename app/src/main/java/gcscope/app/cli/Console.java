package gcscope.app.cli;

import java.io.PrintStream;

/** The two output streams of one CLI invocation (the real ones, or captured ones in tests). */
public record Console(PrintStream out, PrintStream err) {
}
