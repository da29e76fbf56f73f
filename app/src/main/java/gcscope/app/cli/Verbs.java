package gcscope.app.cli;

import java.util.List;

/** The verbs of CLI.md, each bound to the console of one invocation. */
final class Verbs {
    private Verbs() {
    }

    static List<Object> all(Console console) {
        return List.of(new RunCommand(console), new VerifyCommand(console), new TraceCommand(console),
                new ExportCommand(console), new DiffCommand(console), new BenchCommand(console), new WarmUpCommand(console));
    }

    /** True if {@code word} is a verb (so a lone file argument is told apart from a command). */
    static boolean isVerb(String word) {
        return List.of("run", "verify", "trace", "export", "diff", "bench", "warm-up", "help").contains(word);
    }
}
