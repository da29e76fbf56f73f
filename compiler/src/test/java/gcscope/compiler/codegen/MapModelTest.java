package gcscope.compiler.codegen;

import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.interp.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Maps against a model: random programs of bulk inserts, overwrites, deletes (also while ranging), lookups,
 * {@code len} and {@code clear} over integer keys of several shapes (dense, scattered over a range, spaced
 * 2^20 and 2^30 apart so that their low bits collide, negative) and string keys. The model is a
 * {@link LinkedHashMap}: Go's map semantics for what a program can observe (values, presence, len), plus
 * the VM's documented iteration order (ISA.md: insertion order), checked through an order-sensitive hash of
 * each range loop. The maps pass through every table shape: direct (keys at home), probing, tombstones,
 * growth, shrinking rebuilds and the switch to mixed hashing.
 */
class MapModelTest {
    /** A generated program and what the model says it prints. */
    private record Case(String source, String expected) {}

    private static final String[] SHAPES = {"dense", "scattered", "spaced20", "spaced30", "negative", "string"};

    private static Case generate(long seed, int ops, int maxBulk) {
        Random rnd = new Random(seed);
        StringBuilder src = new StringBuilder("package main\n\nimport \"fmt\"\n\n");
        src.append("func key(shape int, i int) int {\n")
                .append("\tswitch shape {\n")
                .append("\tcase 0:\n\t\treturn i\n")
                .append("\tcase 1:\n\t\treturn i * 7919 % 100003\n")
                .append("\tcase 2:\n\t\treturn i << 20\n")
                .append("\tcase 3:\n\t\treturn i<<30 + 5\n")
                .append("\tcase 4:\n\t\treturn -1 - i*3\n")
                .append("\t}\n\treturn i\n}\n\n");
        src.append("func main() {\n\tm := make(map[int]int)\n\ts := make(map[string]int)\n\t_ = s\n");
        StringBuilder out = new StringBuilder();
        Map<Long, Long> model = new LinkedHashMap<>();
        Map<String, Long> smodel = new LinkedHashMap<>();
        for (int op = 0; op < ops; op++) {
            int shape = rnd.nextInt(SHAPES.length);
            int from = rnd.nextInt(maxBulk), n = 1 + rnd.nextInt(maxBulk);
            long mul = 1 + rnd.nextInt(5);
            boolean str = shape == 5;
            String m = str ? "s" : "m";
            String k = str ? "fmt.Sprint(\"k\", i)" : "key(" + shape + ", i)";
            switch (rnd.nextInt(9)) {
                case 0, 1, 2 -> { // bulk insert or overwrite
                    src.append("\tfor i := ").append(from).append("; i < ").append(from + n).append("; i++ {\n\t\t")
                            .append(m).append("[").append(k).append("] = i * ").append(mul).append("\n\t}\n");
                    for (long i = from; i < from + n; i++) {
                        if (str) smodel.put("k" + i, i * mul);
                        else model.put(key(shape, i), i * mul);
                    }
                }
                case 3 -> { // bulk delete
                    src.append("\tfor i := ").append(from).append("; i < ").append(from + n).append("; i += ").append(mul)
                            .append(" {\n\t\tdelete(").append(m).append(", ").append(k).append(")\n\t}\n");
                    for (long i = from; i < from + n; i += mul) {
                        if (str) smodel.remove("k" + i);
                        else model.remove(key(shape, i));
                    }
                }
                case 4, 5 -> { // bulk lookup: how many found, the sum of what was found and of what was missing (0)
                    src.append("\t{\n\t\tc, t := 0, 0\n\t\tfor i := ").append(from).append("; i < ").append(from + n)
                            .append("; i++ {\n\t\t\tv, ok := ").append(m).append("[").append(k).append("]\n")
                            .append("\t\t\tif ok {\n\t\t\t\tc++\n\t\t\t}\n\t\t\tt += v + ").append(m).append("[").append(k).append("]\n")
                            .append("\t\t}\n\t\tfmt.Println(\"get\", c, t, len(").append(m).append("))\n\t}\n");
                    long c = 0, t = 0;
                    for (long i = from; i < from + n; i++) {
                        Long v = str ? smodel.get("k" + i) : model.get(key(shape, i));
                        if (v != null) {
                            c++;
                            t += 2 * v;
                        }
                    }
                    out.append("get ").append(c).append(' ').append(t).append(' ').append(str ? smodel.size() : model.size()).append('\n');
                }
                case 6 -> { // range: an order-sensitive hash of the keys and values, in iteration order
                    if (str) {
                        src.append("\t{\n\t\th := 0\n\t\tfor k, v := range s {\n\t\t\th = h*31 + len(k)*7 + v\n\t\t}\n")
                                .append("\t\tfmt.Println(\"range\", h, len(s))\n\t}\n");
                        long h = 0;
                        for (var e : smodel.entrySet()) h = h * 31 + e.getKey().length() * 7L + e.getValue();
                        out.append("range ").append(h).append(' ').append(smodel.size()).append('\n');
                    } else {
                        src.append("\t{\n\t\th := 0\n\t\tfor k, v := range m {\n\t\t\th = h*31 + k*7 + v\n\t\t}\n")
                                .append("\t\tfmt.Println(\"range\", h, len(m))\n\t}\n");
                        long h = 0;
                        for (var e : model.entrySet()) h = h * 31 + e.getKey() * 7 + e.getValue();
                        out.append("range ").append(h).append(' ').append(model.size()).append('\n');
                    }
                }
                case 7 -> { // delete while ranging: every key whose value is divisible by mul + 1
                    long d = mul + 1;
                    src.append("\tfor k, v := range ").append(m).append(" {\n\t\tif v%").append(d).append(" == 0 {\n\t\t\tdelete(")
                            .append(m).append(", k)\n\t\t}\n\t}\n\tfmt.Println(\"pruned\", len(").append(m).append("))\n");
                    if (str) smodel.values().removeIf(v -> v % d == 0);
                    else model.values().removeIf(v -> v % d == 0);
                    out.append("pruned ").append(str ? smodel.size() : model.size()).append('\n');
                }
                default -> { // clear, rarely
                    if (rnd.nextInt(4) == 0) {
                        src.append("\tclear(").append(m).append(")\n");
                        if (str) smodel.clear();
                        else model.clear();
                    }
                }
            }
        }
        src.append("\tfmt.Println(\"end\", len(m), len(s))\n}\n");
        out.append("end ").append(model.size()).append(' ').append(smodel.size()).append('\n');
        return new Case(src.toString(), out.toString());
    }

    private static long key(int shape, long i) {
        return switch (shape) {
            case 0 -> i;
            case 1 -> i * 7919 % 100003;
            case 2 -> i << 20;
            case 3 -> (i << 30) + 5;
            case 4 -> -1 - i * 3;
            default -> i;
        };
    }

    /** Big programs under the normal collector (interpreted and compiled code run them). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomProgramsAgreeWithTheModel(long seed) {
        Case c = generate(seed, 60, 6000);
        Runner.Run r = Runner.run(c.source(), CompileOptions.DEFAULT, GcPolicy.NORMAL, true);
        assertEquals(Outcome.FINISHED, r.result().outcome(), () -> r.result() + " " + r.stderr());
        assertEquals(c.expected(), r.stdout(), () -> "seed " + seed + "\n" + c.source());
    }

    /** Small programs with a collection at every safepoint, so that every table growth meets the collector. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void smallProgramsAgreeWithTheModelUnderStressCollection(long seed) {
        Case c = generate(seed, 30, 200);
        for (GcPolicy gc : new GcPolicy[] {GcPolicy.STRESS, GcPolicy.INCREMENTAL_STRESS}) {
            Runner.Run r = Runner.run(c.source(), CompileOptions.DEFAULT, gc, true);
            assertEquals(Outcome.FINISHED, r.result().outcome(), () -> gc + ": " + r.result() + " " + r.stderr());
            assertEquals(c.expected(), r.stdout(), () -> gc + " seed " + seed + "\n" + c.source());
        }
    }

    /** The generator itself: a program of every kind of step says something, so the test cannot pass vacuously. */
    @ParameterizedTest
    @ValueSource(longs = {1})
    void generatedProgramsPrintWhatTheyCheck(long seed) {
        Case c = generate(seed, 60, 6000);
        List<String> kinds = new ArrayList<>();
        for (Iterator<String> it = c.expected().lines().iterator(); it.hasNext(); ) {
            String k = it.next().split(" ")[0];
            if (!kinds.contains(k)) kinds.add(k);
        }
        assertEquals(List.of("get", "range", "pruned", "end").stream().sorted().toList(), kinds.stream().sorted().toList());
    }
}
