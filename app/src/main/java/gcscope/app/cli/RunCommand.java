package gcscope.app.cli;

import gcscope.vm.bytecode.Program;
import gcscope.vm.check.Violation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.RunResult;
import gcscope.vm.session.RecordedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code run FILE [run options]}: compile and run; on success only the program's own output. */
@Command(name = "run", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Compile and run a program; on success prints only the program's own output.")
public final class RunCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE", description = "The program (.vo).")
    Path file;

    @Mixin
    RunOptionsMixin options = new RunOptionsMixin();

    public RunCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws UsageException {
        RunOptions ro = options.toRunOptions();
        // the compiled tier's code generator loads on the other core while the source compiles
        Thread preload = new Thread(new TierPreload(ro), "gcscope-tier-preload");
        preload.setDaemon(true);
        preload.start();
        Program program = ProgramLoader.load(file, ro.compile(), console);
        if (program == null) return ExitCodes.COMPILE_ERROR;
        Machine machine;
        RunResult r;
        if (ro.record()) {
            RecordedRun recorded = new RecordedRun(program, ro, new StreamOutput(console));
            machine = recorded.machine();
            r = recorded.run();
        } else {
            machine = new Machine(program, ro, new StreamOutput(console));
            machine.useCompiledTier();
            r = machine.run();
        }
        console.out().flush();
        int code = Outcomes.report(r, console);
        if (options.reportJson()) {
            console.err().println(new RunReport(r.outcome().name(), code, r.steps(), machine.collector().cycle(),
                    machine.heap().peakBytes(), r.violations(), r.trap()).toJson());
        }
        return code;
    }

    /** {@link Machine#preloadCompiledTier} on a thread of its own (a class, not a lambda: see {@code Compiler.Task}). */
    private record TierPreload(RunOptions options) implements Runnable {
        @Override
        public void run() {
            Machine.preloadCompiledTier(options);
        }
    }

    /** How a finished run maps to messages on standard error and an exit code. */
    static final class Outcomes {
        private Outcomes() {
        }

        static int report(RunResult r, Console console) {
            for (Violation v : r.violations()) console.err().println(v.describe());
            if (r.outcome() == Outcome.TRAPPED && r.trap() != null) console.err().println(r.trap().describe());
            console.err().flush();
            if (r.outcome() == Outcome.FINISHED && !r.violations().isEmpty()) return ExitCodes.VIOLATION;
            return r.outcome() == Outcome.SUSPENDED ? ExitCodes.OK : r.outcome().exitCode();
        }
    }
}
