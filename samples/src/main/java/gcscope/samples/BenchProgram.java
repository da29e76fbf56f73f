package gcscope.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark program (issue 7) and its sizes. Sizes are package-level {@code const NAME = value} lines at
 * the top of the program; the header line {@code // sizes small: N=27 Reps=5} gives the values of
 * {@code bench --sizes small}. Resizing rewrites those constant lines only, so no code path anywhere
 * needs to know a benchmark by name.
 */
public record BenchProgram(Sample sample, Map<String, String> smallSizes) {
    private static final String SMALL_HEADER = "// sizes small:";

    public BenchProgram {
        smallSizes = Map.copyOf(smallSizes);
    }

    public static List<BenchProgram> all() {
        List<BenchProgram> out = new ArrayList<>();
        for (Sample s : SampleCatalog.benchmarks()) out.add(of(s));
        return List.copyOf(out);
    }

    public static BenchProgram of(Sample sample) {
        Map<String, String> small = new LinkedHashMap<>();
        for (String line : sample.source().split("\n")) {
            if (!line.startsWith(SMALL_HEADER)) continue;
            for (String pair : line.substring(SMALL_HEADER.length()).trim().split("\\s+")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException(sample.name() + ": bad size " + pair);
                small.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new BenchProgram(sample, small);
    }

    /** The benchmark's name without {@code .vo}, e.g. {@code binary_trees}. */
    public String name() {
        String n = sample.name();
        return n.endsWith(".vo") ? n.substring(0, n.length() - 3) : n;
    }

    /** The program at its default sizes. */
    public String source() {
        return sample.source();
    }

    /** The program at the sizes of {@code bench --sizes small}. */
    public String smallSource() {
        return resized(smallSizes);
    }

    /**
     * The program with the given top-level constants set to new values.
     *
     * @throws IllegalArgumentException when the program has no {@code const NAME = ...} line for a name
     */
    public String resized(Map<String, String> sizes) {
        String src = sample.source();
        for (Map.Entry<String, String> e : sizes.entrySet()) {
            Pattern p = Pattern.compile("(?m)^const " + Pattern.quote(e.getKey()) + " = .*$");
            Matcher m = p.matcher(src);
            if (!m.find()) throw new IllegalArgumentException(sample.name() + " has no constant " + e.getKey());
            src = m.replaceFirst(Matcher.quoteReplacement("const " + e.getKey() + " = " + e.getValue()));
        }
        return src;
    }
}
