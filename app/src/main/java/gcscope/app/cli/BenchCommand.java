package gcscope.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.concurrent.Callable;

/** {@code bench [--peers] [--sizes small|default]}: the benchmark harness of issue 7 is not part of this build yet. */
@Command(name = "bench", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Run the benchmark programs, optionally beside the Lua and Python peers (not yet available).")
public final class BenchCommand implements Callable<Integer> {
    private final Console console;

    @Option(names = "--peers", description = "Also run the Lua and Python peers.")
    boolean peers;

    @Option(names = "--sizes", paramLabel = "SIZES", converter = SizesConverter.class, description = "small or default.")
    String sizes = "default";

    public BenchCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.err().println("gcscope bench: not yet available (the benchmark harness comes with issue 7)");
        return ExitCodes.USAGE;
    }

    static final class SizesConverter implements ITypeConverter<String> {
        public String convert(String s) {
            if (!s.equals("small") && !s.equals("default")) throw new TypeConversionException("expected small or default, got '" + s + "'");
            return s;
        }
    }
}
