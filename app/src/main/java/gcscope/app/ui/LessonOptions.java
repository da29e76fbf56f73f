package gcscope.app.ui;

import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.Fault;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.config.TagLayoutMode;

import java.util.List;

/** Applies a lesson's option line (CLI.md syntax, e.g. {@code --tag-layout actual --gc stress --sanitize}) to run options. */
public final class LessonOptions {
    private LessonOptions() {
    }

    /** The options with each recognised flag applied; an unknown flag or a bad value is an IllegalArgumentException. */
    public static RunOptions apply(RunOptions base, List<String> tokens) {
        RunOptions o = base;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            switch (t) {
                case "--sanitize" -> o = o.withSanitize(true);
                case "--record" -> o = o.withRecord(true);
                case "--gc" -> o = o.withGc(GcPolicy.fromCli(value(tokens, ++i, t)));
                case "--callbuf" -> o = o.withCompile(o.compile().withCallBuffer(CallBufferMode.fromCli(value(tokens, ++i, t))));
                case "--tag-layout" -> o = o.withCompile(o.compile().withTagLayout(TagLayoutMode.fromCli(value(tokens, ++i, t))));
                case "--fault" -> o = o.withCompile(o.compile().withFault(Fault.fromCli(value(tokens, ++i, t))));
                case "--intern" -> o = o.withCompile(o.compile().withIntern(onOff(value(tokens, ++i, t))));
                case "--time-slice" -> o = o.withTimeSlice(Integer.parseInt(value(tokens, ++i, t)));
                case "--on-violation" -> o = o.withOnViolation(value(tokens, ++i, t).equals("stop") ? OnViolation.STOP : OnViolation.CONTINUE);
                default -> throw new IllegalArgumentException("unknown option " + t);
            }
        }
        return o;
    }

    private static String value(List<String> tokens, int i, String flag) {
        if (i >= tokens.size()) throw new IllegalArgumentException(flag + " needs a value");
        return tokens.get(i);
    }

    private static boolean onOff(String v) {
        return switch (v) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("expected on or off, got " + v);
        };
    }
}
