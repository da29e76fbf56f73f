package gcscope.app.cli;

import gcscope.vm.bytecode.Program;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.gc.GcEvent;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.ProgramOutput;
import gcscope.vm.interp.RunResult;
import gcscope.vm.snapshot.DotExporter;
import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.HeapSnapshotExporter;
import gcscope.vm.snapshot.SnapshotBuilder;
import gcscope.vm.snapshot.SnapshotJson;
import gcscope.vm.snapshot.VmSnapshot;
import gcscope.vm.session.Session;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code export FILE (--step N | --at-violation | --at-end) --format json|heapsnapshot|dot -o OUT [run options]}. */
@Command(name = "export", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Run a program to a point and write a heap snapshot (GcScope JSON, Chrome .heapsnapshot, or Graphviz DOT).")
public final class ExportCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE", description = "The program (.vo).")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    When when;

    static final class When {
        @Option(names = "--step", paramLabel = "N", description = "After N instructions.")
        Long step;

        @Option(names = "--at-violation", description = "At the first sanitizer violation (turns the sanitizer on).")
        boolean atViolation;

        @Option(names = "--at-end", description = "When the program has ended.")
        boolean atEnd;
    }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "json, heapsnapshot or dot.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The file to write.")
    Path output;

    @Mixin
    RunOptionsMixin options = new RunOptionsMixin();

    public ExportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws UsageException {
        RunOptions ro = options.toRunOptions();
        if (when.step != null && when.step < 0) throw new UsageException("--step must not be negative");
        if (when.atViolation) ro = ro.withSanitize(true).withOnViolation(OnViolation.STOP);
        Program program = ProgramLoader.load(file, ro.compile(), console);
        if (program == null) return ExitCodes.COMPILE_ERROR;
        if (ro.record()) return writeRecorded(recorded(program, ro));
        Buffer out = new Buffer();
        Machine machine = new Machine(program, ro, out);
        ArrayDeque<GcEvent> events = new ArrayDeque<>();
        machine.collector().setListener(e -> {
            if (events.size() == 512) events.removeFirst();
            events.addLast(e);
        });
        RunResult r = when.step != null ? machine.runFor(when.step) : machine.run();
        if (when.atViolation && r.outcome() != Outcome.VIOLATION) {
            console.err().println("gcscope export: no violation occurred (the run ended: " + r.outcome() + "); nothing written");
            return RunCommand.Outcomes.report(r, console);
        }
        VmSnapshot s = new SnapshotBuilder(machine).build(status(r.outcome()), List.copyOf(events), out.out.toString(), out.err.toString());
        write(s);
        return r.outcome() == Outcome.SUSPENDED || r.outcome() == Outcome.FINISHED ? ExitCodes.OK : r.outcome().exitCode();
    }

    private int writeRecorded(VmSnapshot s) throws UsageException {
        if (when.atViolation && s.status() != ExecStatus.VIOLATION) {
            console.err().println("gcscope export: no violation occurred (the run ended: " + s.status() + "); nothing written");
            return RunCommand.Outcomes.report(new RunResult(RecordedTrace.outcome(s.status()), s.exitCode(), s.step(), s.trap(),
                    s.violations()), console);
        }
        write(s);
        return s.exitCode() < 0 || s.status() == ExecStatus.FINISHED ? ExitCodes.OK : s.exitCode();
    }

    private void write(VmSnapshot s) throws UsageException {
        String text = switch (format) {
            case "json" -> new SnapshotJson().write(s);
            case "heapsnapshot" -> new HeapSnapshotExporter().write(s);
            default -> new DotExporter().write(s);
        };
        SourceFiles.write(output, text);
    }

    /**
     * {@code --record}: the run goes through a recording {@link Session}. {@code --step N} records one step past N
     * and travels back to N with goToStep (restoring the nearest checkpoint and replaying), so the snapshot written
     * is the time-travel one; {@code --at-end} records to the end; {@code --at-violation} runs to the first violation.
     */
    private VmSnapshot recorded(Program program, RunOptions ro) throws UsageException {
        try (Session session = new Session(program, "", ro)) {
            if (when.step != null) {
                session.goToStep(when.step + 1).get();   // record past N (when the program runs that long)
                return session.goToStep(when.step).get(); // and travel back to N
            }
            if (when.atEnd) return session.goToStep(Long.MAX_VALUE).get();
            return session.run().get(); // until the first violation (or the end)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("--record: interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new UsageException("--record: the recorded run failed: " + e.getCause());
        }
    }

    private static ExecStatus status(Outcome o) {
        return switch (o) {
            case FINISHED -> ExecStatus.FINISHED;
            case PANICKED -> ExecStatus.PANICKED;
            case TRAPPED -> ExecStatus.TRAPPED;
            case VIOLATION -> ExecStatus.VIOLATION;
            case SUSPENDED -> ExecStatus.PAUSED;
        };
    }

    /** The program's output, kept for the snapshot instead of printed. */
    private static final class Buffer implements ProgramOutput {
        final StringBuilder out = new StringBuilder();
        final StringBuilder err = new StringBuilder();

        @Override
        public void stdout(String text) { out.append(text); }

        @Override
        public void stderr(String text) { err.append(text); }
    }

    static final class FormatConverter implements ITypeConverter<String> {
        public String convert(String s) {
            if (!List.of("json", "heapsnapshot", "dot").contains(s))
                throw new TypeConversionException("unknown format '" + s + "' (expected json, heapsnapshot, dot)");
            return s;
        }
    }
}
