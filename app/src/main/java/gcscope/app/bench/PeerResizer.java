package gcscope.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resizes a peer script (Lua, Python) the same way a GcScope benchmark is resized. The GcScope program names
 * its sizes as top-level constants ({@code const N = 35}); a peer may spell the same size as a local, a tuple
 * element or a bare literal ({@code fib(35)}, {@code range(20)}), so every integer literal of the peer equal
 * to a resized constant's default value is replaced by the new value. Generic over programs: nothing here
 * knows a benchmark; the bench compares outputs afterwards, so a literal that was not a size shows up as
 * a mismatch, never as a silently wrong number.
 */
public final class PeerResizer {
    private static final Pattern INTEGER = Pattern.compile("(?<![\\w.])\\d+(?![\\w.])");

    private PeerResizer() {
    }

    /** A rewritten text, or the reasons it could not be rewritten (then {@code text} is the input). */
    public record Rewritten(String text, List<String> problems) {
        public Rewritten {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * The peer script at the sizes {@code sizes} (constant name to new value) of the GcScope {@code program}
     * it mirrors.
     */
    public static Rewritten resize(String script, String program, Map<String, String> sizes) {
        Map<Long, Long> changes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : sizes.entrySet()) {
            Long from = constValue(program, e.getKey());
            Long to = parse(e.getValue());
            if (from == null) problems.add("the program has no integer const " + e.getKey());
            else if (to == null) problems.add("the size " + e.getKey() + "=" + e.getValue() + " is not an integer");
            else if (changes.containsKey(from) && !changes.get(from).equals(to))
                problems.add("two sizes share the default value " + from + " but differ at this size");
            else changes.put(from, to);
        }
        if (!problems.isEmpty()) return new Rewritten(script, problems);
        return rewriteLiterals(script, changes);
    }

    /** The value of the top-level integer constant {@code name} of a GcScope program, or null. */
    static Long constValue(String program, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*const\\s+" + Pattern.quote(name) + "\\s*(?:int\\s*)?=\\s*(\\d+)\\s*(?://.*)?$")
                .matcher(program);
        return m.find() ? parse(m.group(1)) : null;
    }

    /**
     * Replaces every integer literal equal to a key of {@code changes} by its value, in one pass (a new value
     * is never rewritten again). Digits inside a longer token ({@code 1.5}, {@code 0x16}, {@code x16}) are
     * left alone. A key that occurs nowhere is a problem.
     */
    static Rewritten rewriteLiterals(String script, Map<Long, Long> changes) {
        Map<Long, Integer> found = new LinkedHashMap<>();
        Matcher m = INTEGER.matcher(script);
        StringBuilder out = new StringBuilder(script.length());
        while (m.find()) {
            Long literal = parse(m.group());
            Long replacement = literal == null ? null : changes.get(literal);
            if (replacement == null) continue;
            found.merge(literal, 1, Integer::sum);
            m.appendReplacement(out, Long.toString(replacement));
        }
        m.appendTail(out);
        List<String> problems = new ArrayList<>();
        for (Long key : changes.keySet()) {
            if (!found.containsKey(key)) problems.add("the size " + key + " does not occur in the script");
        }
        return problems.isEmpty() ? new Rewritten(out.toString(), problems) : new Rewritten(script, problems);
    }

    private static Long parse(String digits) {
        try {
            return Long.parseLong(digits.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
