package gcscope.samples;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A guided lesson (issue 4): a program, the run options that show what it teaches, a contrasting run
 * (the fix of a bug, or a fault that breaks the collector), a text saying what to step to and what to
 * look at, and the expected ends of both runs.
 *
 * @param name            directory name, e.g. {@code callbuf-reuse-dst}
 * @param program         program.vo
 * @param options         options.txt: CLI run options, e.g. {@code [--gc, stress, --sanitize]}
 * @param contrastOptions contrast-options.txt: the run to compare with
 * @param text            lesson.md (Markdown; its first line is the title)
 * @param expect          expect.txt as key/value pairs (see {@link #expected(String)})
 */
public record Lesson(String name, String program, List<String> options, List<String> contrastOptions,
                     String text, Map<String, String> expect) {

    public Lesson {
        options = List.copyOf(options);
        contrastOptions = List.copyOf(contrastOptions);
        expect = Map.copyOf(expect);
    }

    /** The title: the first Markdown heading of lesson.md without its {@code #}. */
    public String title() {
        String first = text.lines().findFirst().orElse(name);
        return first.replaceFirst("^#+\\s*", "");
    }

    /**
     * One expectation of expect.txt. Keys: {@code outcome} (an Outcome name), {@code violation} (a
     * ViolationKind name), {@code function}, {@code declared} (the violation's expected side, e.g. a
     * SlotType name), {@code actual} (its actual side, e.g. {@code VALUE 2}), {@code offset} (a payload
     * offset), {@code line} (the source line the violation names), {@code trap} (a TrapKind name, when the
     * outcome is TRAPPED), {@code stdout} (one line,
     * printed with a newline), and the same with a {@code contrast-} prefix for the contrast run.
     */
    public Optional<String> expected(String key) {
        return Optional.ofNullable(expect.get(key));
    }
}
