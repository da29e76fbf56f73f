package gcscope.app.cli;

import gcscope.vm.snapshot.ImportResult;
import gcscope.vm.snapshot.SnapshotDiff;
import gcscope.vm.snapshot.SnapshotJson;
import gcscope.vm.snapshot.VmSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code diff A.json B.json}: objects added, freed, recoloured, and edges added and removed. */
@Command(name = "diff", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Compare two GcScope JSON snapshots: objects added, freed, changed colour, edges added and removed.")
public final class DiffCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "A.json", description = "The earlier snapshot.")
    Path before;

    @Parameters(index = "1", paramLabel = "B.json", description = "The later snapshot.")
    Path after;

    public DiffCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws UsageException {
        VmSnapshot a = load(before);
        VmSnapshot b = load(after);
        console.out().print(SnapshotDiff.between(a, b).describe());
        return ExitCodes.OK;
    }

    private static VmSnapshot load(Path p) throws UsageException {
        ImportResult r = new SnapshotJson().read(SourceFiles.read(p));
        if (r instanceof ImportResult.Rejected j) throw new UsageException(p + ": " + j.message());
        return ((ImportResult.Loaded) r).snapshot();
    }
}
