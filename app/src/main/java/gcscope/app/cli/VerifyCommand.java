package gcscope.app.cli;

import gcscope.vm.bytecode.Program;
import gcscope.vm.check.SlotTypeMismatch;
import gcscope.vm.check.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code verify FILE [--callbuf M] [--fault F]}: the static slot-type verifier. */
@Command(name = "verify", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Run the static slot-type verifier: one 'SlotTypeMismatch func pc slot declared written' line per finding.")
public final class VerifyCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE", description = "The program (.vo).")
    Path file;

    @Mixin
    RunOptionsMixin.CompileOptionsMixin compile = new RunOptionsMixin.CompileOptionsMixin();

    public VerifyCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws UsageException {
        Program program = ProgramLoader.load(file, compile.toCompileOptions(), console);
        if (program == null) return ExitCodes.COMPILE_ERROR;
        List<SlotTypeMismatch> findings = Verifier.verify(program);
        for (SlotTypeMismatch m : findings) console.out().println(m.describe());
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.VIOLATION;
    }
}
