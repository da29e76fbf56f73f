package gcscope.vm.session;

import gcscope.vm.bytecode.Program;
import gcscope.vm.config.RunOptions;
import gcscope.vm.interp.ProgramOutput;

/** Creates the engine of a real session: the interpreter's Machine behind the {@link Engine} interface. */
final class Engines {
    private Engines() {
    }

    static Engine forMachine(Program program, RunOptions options, ProgramOutput out) {
        return new MachineEngine(new gcscope.vm.interp.Machine(program, options, out));
    }
}
