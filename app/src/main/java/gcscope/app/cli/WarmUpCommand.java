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

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code warm-up} (hidden): compiles every shipped sample and runs each briefly - compiled, sanitized and
 * recorded - with its output discarded, so that a JVM started with {@code -XX:ArchiveClassesAtExit} has loaded
 * the classes real runs need. The app/gcscope launcher runs it once per build to write its class-data archive.
 * Prints one line: how many samples compiled and ran, and whether one more ran through {@code run FILE}.
 */
@Command(name = "warm-up", hidden = true, mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Compile and briefly run the shipped samples, output discarded (trains the launcher's class-data archive).")
public final class WarmUpCommand implements Callable<Integer> {
    @picocli.CommandLine.Option(names = "--steps", paramLabel = "N", description = "Instructions per sample (default: 100000).")
    long steps = 100_000;

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
                if (k % 5 == 3) new RecordedRun(r.program(), plain.withRecord(true), ProgramOutput.DISCARD).runTo(steps);
                else {
                    Machine m = new Machine(r.program(), o, ProgramOutput.DISCARD);
                    m.useCompiledTier();
                    m.runFor(steps);
                }
                ran++;
            } catch (RuntimeException e) {
                // a warm-up never fails the launcher: the archive then just holds fewer classes
            }
            k++;
        }
        boolean fromFile = runFromFile();
        console.out().println("warm-up: " + compiled + " samples compiled, " + ran + " run; run FILE " + (fromFile ? "ok" : "failed"));
        return ExitCodes.OK;
    }

    /**
     * One sample through {@code run FILE} itself, from a temporary file, output discarded: reading a source file and
     * reporting a run load classes (the JDK's file channels among them) that the in-memory runs above do not.
     */
    private boolean runFromFile() {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("gcscope-warm-up", ".vo");
            Files.writeString(tmp, SampleCatalog.samples().get(0).source());
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            RunCommand run = new RunCommand(new Console(discard, discard));
            run.file = tmp;
            run.call();
            return true;
        } catch (IOException | UsageException | RuntimeException e) {
            return false; // as above: the archive then holds fewer classes
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
