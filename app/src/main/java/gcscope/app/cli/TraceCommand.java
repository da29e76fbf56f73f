package gcscope.app.cli;

import gcscope.vm.bytecode.Disassembler;
import gcscope.vm.bytecode.FunctionDef;
import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.MachineView;
import gcscope.vm.interp.RunResult;
import gcscope.vm.session.WrittenSlots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code trace FILE [run options] [--from N] [--count K]}: one line per executed instruction, like
 * clox's trace mode: step, goroutine, function, pc, source line, the instruction, and the slots it wrote.
 */
@Command(name = "trace", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Print each executed instruction with the slots it wrote.")
public final class TraceCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE", description = "The program (.vo).")
    Path file;

    @Mixin
    RunOptionsMixin options = new RunOptionsMixin();

    @Option(names = "--from", paramLabel = "N", description = "First step to trace (default: 0).")
    long from;

    @Option(names = "--count", paramLabel = "K", description = "Number of instructions to trace (default: all).")
    long count = Long.MAX_VALUE;

    public TraceCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws UsageException {
        if (from < 0 || count < 0) throw new UsageException("--from and --count must not be negative");
        RunOptions ro = options.toRunOptions();
        Program program = ProgramLoader.load(file, ro.compile(), console);
        if (program == null) return ExitCodes.COMPILE_ERROR;
        if (ro.record()) return new RecordedTrace(program, ro, console).trace(file, from, count);
        Machine machine = new Machine(program, ro, new StreamOutput(console));
        Disassembler dis = new Disassembler(program);
        PrintStream out = console.out();
        RunResult r = from > 0 ? machine.runFor(from) : null;
        for (long i = 0; i < count && machine.outcome() == null; i++) {
            MachineView before = machine.view();
            MachineView.FiberInfo fiber = before.fibers().get(before.currentFiber());
            int frameIndex = fiber.frames().size() - 1;
            MachineView.FrameInfo frame = fiber.frames().get(frameIndex);
            FunctionDef fn = program.function(frame.funcId());
            long step = machine.steps();
            String text = dis.instruction(fn, frame.pc());
            WrittenSlots written = WrittenSlots.of(program, frame.funcId(), frame.pc());
            r = machine.runFor(1);
            String wrote = describeWrites(machine.view(), fiber.id(), frameIndex, frame.funcId(), written, fn);
            out.println(line(step, fiber.id(), fn, frame.pc(), text, wrote));
        }
        out.flush();
        if (machine.outcome() == null) return ExitCodes.OK;
        if (r == null) r = machine.runFor(0);
        return RunCommand.Outcomes.report(r, console);
    }

    /** "; s2 VALUE 5, s3 GCREF 0x1040" for the written slots still in the same frame; a call's results are written on return. */
    private static String describeWrites(MachineView after, int fiberId, int frameIndex, int funcId, WrittenSlots w, FunctionDef fn) {
        MachineView.FiberInfo f = null;
        for (MachineView.FiberInfo x : after.fibers()) if (x.id() == fiberId) f = x;
        List<MachineView.FrameInfo> frames = f == null ? List.of() : f.frames();
        boolean same = frames.size() == frameIndex + 1 && frames.get(frameIndex).funcId() == funcId;
        MachineView.FiberInfo fiber = f;
        return describeWrites(same, slot -> fiber.slot(frameIndex, slot), w, fn);
    }

    /** The same, given whether the instruction's frame is still the innermost one and how to read its slots. */
    static String describeWrites(boolean sameFrame, java.util.function.IntToLongFunction slot, WrittenSlots w, FunctionDef fn) {
        if (w.count() == 0) return "";
        if (!sameFrame) return "   ; results to s" + w.start() + ".." + (w.start() + w.count() - 1) + " on return";
        StringBuilder b = new StringBuilder("   ;");
        for (int k = 0; k < w.count(); k++) {
            int s = w.start() + k;
            if (s < 0 || s >= fn.frameSize()) continue;
            long raw = slot.applyAsLong(s);
            SlotType kind = w.kinds()[k];
            b.append(k == 0 ? " s" : ", s").append(s).append(' ').append(kind).append(' ')
                    .append(kind == SlotType.GCREF && raw != 0 ? "0x" + Long.toHexString(raw) : kind == SlotType.FLOAT
                            ? Double.toString(Double.longBitsToDouble(raw)) : Long.toString(raw));
        }
        return b.toString();
    }

    /** One trace line (shared by the direct and the recorded trace). */
    static String line(long step, int fiber, FunctionDef fn, int pc, String text, String wrote) {
        return String.format("%8d  g%-2d %-24s %04d L%-4d %-40s%s", step, fiber, fn.name(), pc, fn.line(pc), text, wrote);
    }
}
