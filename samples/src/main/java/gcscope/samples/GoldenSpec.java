package gcscope.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The expectations a golden sample carries in its trailing comments, in the style of Go's example tests:
 *
 * <pre>
 * // Output:          exact standard output, one "// " line per output line ("//" alone is an empty line)
 * // Stderr:          the expected FIRST lines of standard error (a prefix: the goroutine trace is GcScope's own)
 * // Exit: 2          the exit code (0 when absent, 1 for compile errors)
 * // Errors:          compile errors, one "line:col: message" per line, in Go's wording
 * </pre>
 *
 * The expectation blocks start at the first line that is exactly {@code // Output:}, {@code // Stderr:},
 * {@code // Errors:} or starts with {@code // Exit: }, and run to the end of the file; every line from
 * there on must be a {@code //} comment or blank. A header line {@code // oracle: skip (reason)} keeps
 * the sample out of the Go oracle run (not valid Go 1.19).
 *
 * @param stdout       expected standard output, exactly (every line ends in a newline)
 * @param stderrPrefix expected first lines of standard error; empty = not checked
 * @param exitCode     expected exit code (Outcome.exitCode() of the run, or 1 for compile errors)
 * @param errors       expected diagnostics as {@code line:col: message}; non-empty only for compile-error samples
 * @param oracleSkip   why Go cannot check this sample, when it cannot
 */
public record GoldenSpec(String stdout, List<String> stderrPrefix, int exitCode, List<String> errors,
                         Optional<String> oracleSkip) {

    /** The exit code of a program that does not compile (CLI.md). */
    public static final int COMPILE_ERROR_EXIT = 1;

    private static final String OUTPUT = "// Output:";
    private static final String STDERR = "// Stderr:";
    private static final String ERRORS = "// Errors:";
    private static final String EXIT = "// Exit: ";
    private static final String ORACLE_SKIP = "// oracle: skip";

    public GoldenSpec {
        stderrPrefix = List.copyOf(stderrPrefix);
        errors = List.copyOf(errors);
    }

    public boolean expectsCompileErrors() {
        return !errors.isEmpty();
    }

    /** The expected standard error prefix as text: each line followed by a newline. */
    public String stderrPrefixText() {
        StringBuilder b = new StringBuilder();
        for (String line : stderrPrefix) b.append(line).append('\n');
        return b.toString();
    }

    /**
     * Parses the expectations of one sample.
     *
     * @throws IllegalArgumentException naming the line when the trailing block is malformed (a sample is a
     *                                  resource we ship: a malformed one is a bug to fix, not a value to handle)
     */
    public static GoldenSpec parse(String source) {
        String[] lines = source.split("\n", -1);
        int start = -1;
        Optional<String> skip = Optional.empty();
        for (int i = 0; i < lines.length; i++) {
            String line = stripCr(lines[i]);
            if (start < 0 && isBlockStart(line)) start = i;
            if (skip.isEmpty() && line.startsWith(ORACLE_SKIP)) {
                skip = Optional.of(line.substring(ORACLE_SKIP.length()).trim());
            }
        }
        if (start < 0) throw new IllegalArgumentException("no // Output:, // Errors: or // Exit: block");

        StringBuilder stdout = new StringBuilder();
        List<String> stderr = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Integer exit = null;
        boolean sawOutput = false, sawStderr = false, sawErrors = false;
        List<String> current = null;          // the block whose lines we are reading; null = Output
        boolean inBlock = false;
        for (int i = start; i < lines.length; i++) {
            String line = stripCr(lines[i]);
            int lineNo = i + 1;
            if (line.equals(OUTPUT)) {
                if (sawOutput) throw new IllegalArgumentException("line " + lineNo + ": second // Output: block");
                sawOutput = true; inBlock = true; current = null;
            } else if (line.equals(STDERR)) {
                if (sawStderr) throw new IllegalArgumentException("line " + lineNo + ": second // Stderr: block");
                sawStderr = true; inBlock = true; current = stderr;
            } else if (line.equals(ERRORS)) {
                if (sawErrors) throw new IllegalArgumentException("line " + lineNo + ": second // Errors: block");
                sawErrors = true; inBlock = true; current = errors;
            } else if (line.startsWith(EXIT)) {
                if (exit != null) throw new IllegalArgumentException("line " + lineNo + ": second // Exit: line");
                try {
                    exit = Integer.parseInt(line.substring(EXIT.length()).trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + lineNo + ": bad exit code: " + line);
                }
                inBlock = false;
            } else if (line.isBlank()) {
                inBlock = false;              // a blank line ends a block; only comments may follow
            } else if (line.equals("//") || line.startsWith("// ")) {
                if (!inBlock) throw new IllegalArgumentException("line " + lineNo + ": comment outside an expectation block: " + line);
                String text = line.length() <= 3 ? "" : line.substring(3);
                if (current == null) stdout.append(text).append('\n');
                else current.add(text);
            } else {
                throw new IllegalArgumentException("line " + lineNo + ": code after the expectation blocks: " + line);
            }
        }
        if (sawErrors && (sawOutput || sawStderr)) {
            throw new IllegalArgumentException("a compile-error sample has no // Output: or // Stderr:");
        }
        if (sawErrors && errors.isEmpty()) throw new IllegalArgumentException("empty // Errors: block");
        int exitCode = exit != null ? exit : sawErrors ? COMPILE_ERROR_EXIT : 0;
        return new GoldenSpec(stdout.toString(), stderr, exitCode, errors, skip);
    }

    private static boolean isBlockStart(String line) {
        return line.equals(OUTPUT) || line.equals(STDERR) || line.equals(ERRORS) || line.startsWith(EXIT);
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
