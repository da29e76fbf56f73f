package gcscope.app.cli;

import gcscope.compiler.CompileResult;
import gcscope.compiler.Compiler;
import gcscope.samples.Sample;
import gcscope.samples.SampleCatalog;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.ProgramOutput;
import gcscope.vm.session.RecordedRun;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * {@code warm-up} (hidden): compiles every shipped sample and runs each briefly - compiled, sanitized and
 * recorded - with its output discarded, so that a JVM started with {@code -XX:ArchiveClassesAtExit} has loaded
 * the classes real runs need. The app/gcscope launcher runs it once per build to write its class-data archive.
 * Prints one line: how many samples compiled and ran.
 */
@Command(name = "warm-up", hidden = true, mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Compile and briefly run the shipped samples, output discarded (trains the launcher's class-data archive).")
public final class WarmUpCommand implements Callable<Integer> {
    @picocli.CommandLine.Option(names = "--steps", paramLabel = "N", description = "Instructions per sample (default: 100000).")
    long steps = 100_000;

    private static final ProgramOutput DISCARD = ProgramOutput.DISCARD;

    private final Console console;

    public WarmUpCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws UsageException {
        if (steps <= 0) throw new UsageException("--steps must be positive, got " + steps);
        int compiled = 0, ran = 0;
        RunOptions plain = RunOptions.DEFAULT.withLimits(64L << 20, 10_000, 100, 1L << 20);
        int k = 0;
        for (Sample s : SampleCatalog.samples()) {
            CompileResult r = Compiler.compile(s.name(), s.source(), plain.compile());
            if (!r.ok()) continue;
            compiled++;
            // most samples run compiled as plain runs do; every few is sanitized or recorded (their classes too)
            RunOptions o = k % 5 == 1 ? plain.withSanitize(true) : plain;
            try {
                if (k % 5 == 3) new RecordedRun(r.program(), plain.withRecord(true), DISCARD).runTo(steps);
                else {
                    Machine m = new Machine(r.program(), o, DISCARD);
                    m.useCompiledTier();
                    m.runFor(steps);
                }
                ran++;
            } catch (RuntimeException e) {
                // a warm-up never fails the launcher: the archive then just holds fewer classes
            }
            k++;
        }
        console.out().println("warm-up: " + compiled + " samples compiled, " + ran + " run");
        return ExitCodes.OK;
    }
}
