package gcscope.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * The headless command line: parses a verb and its options with picocli and runs it, returning the
 * exit code of CLI.md. Never touches JavaFX. Usage problems exit 5; a Java exception is a bug:
 * it is written to a report file and the exit code is 70.
 */
public final class Cli {
    private final Console console;

    public Cli(Console console) {
        this.console = console;
    }

    /** The picocli command tree wired to this console. */
    public CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GcScopeCommand());
        for (Object verb : Verbs.all(console)) cl.addSubcommand(verb);
        cl.setOut(new PrintWriter(console.out(), true));
        cl.setErr(new PrintWriter(console.err(), true));
        cl.setParameterExceptionHandler(this::onBadUsage);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> onException(ex, cmd));
        return cl;
    }

    public int execute(String... args) {
        try {
            Integer quick = plainRun(args);
            if (quick != null) return quick;
            return commandLine().execute(args);
        } catch (RuntimeException | Error e) {
            return internalError(e, args);
        }
    }

    /**
     * {@code run FILE} with no options, the common case, without building the picocli command tree
     * (its reflection is most of the start-up time); null when the arguments need the full parser.
     */
    private Integer plainRun(String[] args) {
        if (args.length != 2 || !args[0].equals("run") || args[1].startsWith("-") || !args[1].endsWith(".vo")) return null;
        Path file;
        try {
            file = Path.of(args[1]);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        RunCommand run = new RunCommand(console);
        run.file = file;
        try {
            return run.call();
        } catch (UsageException u) {
            console.err().println("gcscope run: " + u.getMessage());
            return ExitCodes.USAGE;
        } catch (Exception e) {
            return internalError(e, new String[]{"run"});
        }
    }

    private int onBadUsage(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("gcscope: " + ex.getMessage());
        err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private int onException(Exception ex, CommandLine cmd) {
        if (ex instanceof UsageException u) {
            console.err().println("gcscope " + cmd.getCommandName() + ": " + u.getMessage());
            return ExitCodes.USAGE;
        }
        return internalError(ex, new String[]{cmd.getCommandName()});
    }

    /** Prints "internal error" and the path of a report with the stack trace; returns 70. */
    int internalError(Throwable e, String[] args) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String report = "GcScope internal error report\ntime: " + Instant.now() + "\njava: " + Runtime.version()
                + "\nargs: " + Arrays.toString(args) + "\n\n" + trace;
        String where;
        try {
            Path p = Files.createTempFile("gcscope-crash-", ".txt");
            Files.writeString(p, report, StandardCharsets.UTF_8);
            where = p.toString();
        } catch (IOException | RuntimeException io) {
            where = "(could not write a report: " + io.getMessage() + ")";
        }
        console.err().println("gcscope: internal error: " + e + "\nreport: " + where);
        console.err().flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
