package gcscope.vm.session;

import gcscope.vm.bytecode.Program;
import gcscope.vm.gc.GcPhase;
import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.ExecStatus;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Breakpoints (on source lines and on instructions) and conditional stops. Thread-safe to edit from
 * any thread; evaluated on the session's worker around every instruction it executes one by one.
 */
final class StopRules {
    private final Program program;
    private final Set<Integer> lines = ConcurrentHashMap.newKeySet();
    private final Set<Long> instructions = ConcurrentHashMap.newKeySet();
    private final List<StopCondition> conditions = new CopyOnWriteArrayList<>();

    StopRules(Program program) {
        this.program = program;
    }

    Set<Integer> lines() { return Set.copyOf(lines); }

    Set<Long> instructions() { return Set.copyOf(instructions); }

    List<StopCondition> conditions() { return List.copyOf(conditions); }

    boolean toggleLine(int line) {
        if (lines.remove(line)) return false;
        lines.add(line);
        return true;
    }

    boolean toggleInstruction(int funcId, int pc) {
        long key = key(funcId, pc);
        if (instructions.remove(key)) return false;
        instructions.add(key);
        return true;
    }

    void addCondition(StopCondition c) {
        if (!conditions.contains(c)) conditions.add(Objects.requireNonNull(c));
    }

    boolean removeCondition(StopCondition c) {
        return conditions.remove(c);
    }

    /** True when nothing needs checking between instructions (so a run may execute in chunks). */
    boolean empty() {
        return lines.isEmpty() && instructions.isEmpty() && conditions.isEmpty();
    }

    static long key(int funcId, int pc) {
        return ((long) funcId << 32) | (pc & 0xFFFFFFFFL);
    }

    /** What the rules need to remember from before an instruction to judge it afterwards. */
    final class Before {
        final Engine.Location location;
        final GcPhase phase;
        final Colour[] colours;
        final int violations;

        Before(Engine engine, int violationBaseline) {
            location = engine.location();
            phase = hasPhaseCondition() ? engine.phase() : null;
            List<StopCondition> cs = conditions;
            colours = new Colour[cs.size()];
            for (int i = 0; i < cs.size(); i++) {
                if (cs.get(i) instanceof StopCondition.ColourChange c) colours[i] = engine.colourAt(c.address());
            }
            violations = violationBaseline;
        }
    }

    Before before(Engine engine, int violationBaseline) {
        return new Before(engine, violationBaseline);
    }

    private boolean hasPhaseCondition() {
        for (StopCondition c : conditions) if (c instanceof StopCondition.PhaseChange) return true;
        return false;
    }

    /**
     * Why execution should stop after the instruction that followed {@code before}, or null. A line
     * breakpoint fires when execution enters the line (not at every instruction of it).
     */
    ExecStatus check(Before before, Engine engine) {
        Engine.Location now = engine.location();
        Engine.Location was = before.location;
        List<StopCondition> cs = conditions;
        for (int i = 0; i < cs.size(); i++) {
            StopCondition c = cs.get(i);
            if (c instanceof StopCondition.FirstViolation) {
                if (engine.violationCount() > before.violations) return ExecStatus.VIOLATION;
            } else if (c instanceof StopCondition.PhaseChange) {
                if (before.phase != null && engine.phase() != before.phase) return ExecStatus.BREAKPOINT;
            } else if (c instanceof StopCondition.ColourChange cc) {
                Colour old = i < before.colours.length ? before.colours[i] : null;
                if (old != null && engine.colourAt(cc.address()) != old) return ExecStatus.BREAKPOINT;
            } else if (c instanceof StopCondition.SlotWritten sw) {
                if (was.funcId() == sw.funcId() && WrittenSlots.writes(program, was.funcId(), was.pc(), sw.slot()))
                    return ExecStatus.BREAKPOINT;
            }
        }
        if (now.funcId() >= 0 && !instructions.isEmpty() && instructions.contains(key(now.funcId(), now.pc()))) return ExecStatus.BREAKPOINT;
        if (now.line() > 0 && !lines.isEmpty() && lines.contains(now.line())
                && (now.line() != was.line() || now.funcId() != was.funcId() || now.depth() != was.depth()
                || now.fiber() != was.fiber())) {
            return ExecStatus.BREAKPOINT;
        }
        return null;
    }
}
