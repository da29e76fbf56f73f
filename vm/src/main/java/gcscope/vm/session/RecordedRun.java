package gcscope.vm.session;

import gcscope.vm.bytecode.Program;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.Machine;
import gcscope.vm.interp.ProgramOutput;
import gcscope.vm.interp.RunResult;

/**
 * A whole run with recording on ({@code run --record}): the program runs to its end while the
 * session's {@link Timeline} takes its checkpoints, exactly as an inspector session records, so the
 * cost of recording can be measured from the command line.
 */
public final class RecordedRun {
    private final Machine machine;
    private final Timeline timeline;

    public RecordedRun(Program program, RunOptions options, ProgramOutput out) {
        OutputLog log = new OutputLog();
        this.machine = new Machine(program, options, new ProgramOutput() {
            @Override
            public void stdout(String text) {
                log.stdout(text);
                out.stdout(text);
            }

            @Override
            public void stderr(String text) {
                log.stderr(text);
                out.stderr(text);
            }
        });
        this.timeline = new Timeline(new MachineEngine(machine), log, Session.INITIAL_SPACING, Session.CHECKPOINT_BUDGET);
    }

    /** Runs to the end, recording. */
    public RunResult run() {
        timeline.seek(Long.MAX_VALUE);
        return machine.runFor(0);
    }

    /** Runs to step {@code step} (or the end if it comes first), recording. */
    public RunResult runTo(long step) {
        timeline.seek(step);
        return machine.runFor(0);
    }

    public Machine machine() { return machine; }

    /** Checkpoints held at the end. */
    public int checkpoints() { return timeline.checkpointCount(); }

    /** Their estimated size in bytes. */
    public long checkpointBytes() { return timeline.totalBytes(); }
}
