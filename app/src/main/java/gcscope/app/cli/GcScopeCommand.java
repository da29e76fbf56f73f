package gcscope.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The top-level command: {@code gcscope VERB ...}. Without a verb the launcher opens the inspector instead. */
@Command(name = "gcscope", mixinStandardHelpOptions = true, version = "GcScope 0.1.0",
        description = {"A precise-GC bytecode VM with an inspector.",
                "With no arguments, or a .vo / .gcscope file, opens the inspector; the verbs below run headless."},
        exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (verify: no finding)", "1:compile errors", "2:panic, failed assert or fatal error",
                "3:VM trap (wild reference, use after free, limit reached)", "4:slot-type or layout violation",
                "5:bad usage", "70:internal error (a bug in GcScope; a report file is written)"})
public final class GcScopeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
