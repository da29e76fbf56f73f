package gcscope.app.cli;

import gcscope.vm.bytecode.Disassembler;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Program;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Outcome;
import gcscope.vm.interp.RunResult;
import gcscope.vm.session.Session;
import gcscope.vm.session.WrittenSlots;
import gcscope.vm.snapshot.ExecStatus;
import gcscope.vm.snapshot.FiberView;
import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.VmSnapshot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code trace --record}: the run is recorded by a {@link Session} first (through step {@code from + count},
 * or to its end), then the session travels back to step {@code from} (restoring the nearest checkpoint)
 * and the trace lines are produced by stepping the recording one instruction at a time.
 */
final class RecordedTrace {
    private final Program program;
    private final RunOptions options;
    private final Console console;

    RecordedTrace(Program program, RunOptions options, Console console) {
        this.program = program;
        this.options = options;
        this.console = console;
    }

    int trace(Path file, long from, long count) throws UsageException {
        Disassembler dis = new Disassembler(program);
        PrintStream out = console.out();
        try (Session session = new Session(program, source(file), options)) {
            long last = count > Long.MAX_VALUE - from ? Long.MAX_VALUE : from + count;
            VmSnapshot s = get(session.goToStep(last)); // record
            s = get(session.goToStep(from));            // and travel back
            out.print(s.stdout()); // what the program printed before step `from`, as the direct trace shows it
            int printed = s.stdout().length();
            for (long i = 0; i < count && s.exitCode() < 0; i++) {
                FiberView fiber = currentFiber(s);
                if (fiber == null || fiber.frames().isEmpty()) break;
                FrameView frame = fiber.frames().get(0);
                FunctionDef fn = program.function(frame.funcId());
                WrittenSlots written = WrittenSlots.of(program, frame.funcId(), frame.pc());
                VmSnapshot after = get(session.stepInstruction());
                FiberView now = fiberById(after, fiber.id());
                List<FrameView> frames = now == null ? List.of() : now.frames();
                boolean same = frames.size() == fiber.frames().size() && frames.get(0).funcId() == frame.funcId();
                String wrote = TraceCommand.describeWrites(same, slot -> frames.get(0).slots().get(slot).raw(), written, fn);
                if (after.stdout().length() > printed) {
                    out.print(after.stdout().substring(printed));
                    printed = after.stdout().length();
                }
                out.println(TraceCommand.line(s.step(), fiber.id(), fn, frame.pc(), dis.instruction(fn, frame.pc()), wrote));
                s = after;
            }
            out.flush();
            if (s.exitCode() < 0) return ExitCodes.OK;
            return RunCommand.Outcomes.report(new RunResult(outcome(s.status()), s.exitCode(), s.step(), s.trap(), s.violations()), console);
        }
    }

    private static String source(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return ""; // already compiled from it; the text is only shown by viewers
        }
    }

    private static VmSnapshot get(CompletableFuture<VmSnapshot> f) throws UsageException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("--record: interrupted");
        } catch (ExecutionException e) {
            throw new UsageException("--record: the recorded run failed: " + e.getCause());
        }
    }

    private static FiberView currentFiber(VmSnapshot s) {
        for (FiberView f : s.fibers()) if (f.current()) return f;
        return null;
    }

    private static FiberView fiberById(VmSnapshot s, int id) {
        for (FiberView f : s.fibers()) if (f.id() == id) return f;
        return null;
    }

    static Outcome outcome(ExecStatus status) {
        return switch (status) {
            case FINISHED -> Outcome.FINISHED;
            case PANICKED -> Outcome.PANICKED;
            case TRAPPED -> Outcome.TRAPPED;
            case VIOLATION -> Outcome.VIOLATION;
            default -> Outcome.SUSPENDED;
        };
    }
}
