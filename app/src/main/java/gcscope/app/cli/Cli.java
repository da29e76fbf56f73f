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
        return commandLine(null);
    }

    /**
     * The command tree; with {@code verb} (a verb's name) it holds only that verb, which is all that parsing
     * {@code gcscope VERB ...} needs (each verb's reflection costs start-up time).
     */
    private CommandLine commandLine(String verb) {
        CommandLine cl = new CommandLine(new GcScopeCommand());
        for (Object v : Verbs.all(console)) {
            if (verb == null || verb.equals(v.getClass().getAnnotation(picocli.CommandLine.Command.class).name())) cl.addSubcommand(v);
        }
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
            if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) return printVersion();
            String verb = args.length > 0 && Verbs.isVerb(args[0]) && !args[0].equals("help") ? args[0] : null;
            return commandLine(verb).execute(args);
        } catch (RuntimeException | Error e) {
            return internalError(e, args);
        }
    }

    /**
     * {@code run FILE}, optionally with {@code --sanitize} and {@code --record}, the common cases, without
     * building the picocli command tree (its reflection is most of the start-up time, 0.2-0.3 s of CPU); null
     * when the arguments need the full parser.
     */
    private Integer plainRun(String[] args) {
        RunCommand run = plainRunCommand(args);
        if (run == null) return null;
        try {
            return run.call();
        } catch (UsageException u) {
            console.err().println("gcscope run: " + u.getMessage());
            return ExitCodes.USAGE;
        } catch (Exception e) {
            return internalError(e, new String[]{"run"});
        }
    }

    /**
     * {@code --version} without building the command tree (which takes 0.2 s of the 0.3 s that answer took): the
     * same lines picocli prints, read from the top command's annotation.
     */
    private int printVersion() {
        for (String line : GcScopeCommand.class.getAnnotation(picocli.CommandLine.Command.class).version()) console.out().println(line);
        console.out().flush();
        return ExitCodes.OK;
    }

    /** The run command {@link #plainRun} would execute for {@code args}, or null when they need the full parser. */
    RunCommand plainRunCommand(String[] args) {
        if (args.length < 2 || args.length > 4 || !args[0].equals("run")) return null;
        String name = null;
        boolean sanitize = false, record = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--sanitize") && !sanitize) sanitize = true;
            else if (a.equals("--record") && !record) record = true;
            else if (!a.startsWith("-") && a.endsWith(".vo") && name == null) name = a;
            else return null;
        }
        if (name == null) return null;
        Path file;
        try {
            file = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        RunCommand run = new RunCommand(console);
        run.file = file;
        run.options.sanitize = sanitize;
        run.options.record = record;
        return run;
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
