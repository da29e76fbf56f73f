package gcscope.samples;

import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.Fault;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.config.TagLayoutMode;

import java.util.List;

/**
 * Turns a lesson's option line into {@link RunOptions}. Only the run options of CLI.md that change what
 * a lesson shows are accepted ({@code --gc --sanitize --on-violation --callbuf --tag-layout --intern
 * --fault --time-slice}); the CLI itself parses the full set with its own library.
 */
public final class LessonOptions {
    private LessonOptions() {
    }

    /** @throws IllegalArgumentException on an option a lesson may not use, or a bad value */
    public static RunOptions parse(List<String> args) {
        RunOptions run = RunOptions.DEFAULT;
        CompileOptions compile = CompileOptions.DEFAULT;
        for (int i = 0; i < args.size(); i++) {
            String opt = args.get(i);
            if (opt.equals("--sanitize")) {
                run = run.withSanitize(true);
                continue;
            }
            if (i + 1 >= args.size()) throw new IllegalArgumentException("missing value for " + opt);
            String v = args.get(++i);
            switch (opt) {
                case "--gc" -> run = run.withGc(GcPolicy.fromCli(v));
                case "--on-violation" -> run = run.withOnViolation(switch (v) {
                    case "stop" -> OnViolation.STOP;
                    case "continue" -> OnViolation.CONTINUE;
                    default -> throw new IllegalArgumentException("unknown --on-violation '" + v + "'");
                });
                case "--callbuf" -> compile = compile.withCallBuffer(CallBufferMode.fromCli(v));
                case "--tag-layout" -> compile = compile.withTagLayout(TagLayoutMode.fromCli(v));
                case "--fault" -> compile = compile.withFault(Fault.fromCli(v));
                case "--intern" -> compile = compile.withIntern(switch (v) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw new IllegalArgumentException("unknown --intern '" + v + "'");
                });
                case "--time-slice" -> run = run.withTimeSlice(Integer.parseInt(v));
                default -> throw new IllegalArgumentException("option not usable in a lesson: " + opt);
            }
        }
        return run.withCompile(compile);
    }
}
