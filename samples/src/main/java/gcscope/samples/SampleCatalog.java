package gcscope.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The programs of this module, read from the class path (so they work from the jar as well as from
 * target/classes). Each directory lists its files in an {@code index.txt} (one name a line, {@code #}
 * comments), because a jar cannot be listed; a test keeps every index equal to its directory.
 */
public final class SampleCatalog {
    /** Golden samples: programs with expected output, run by the golden tests in every GC mode. */
    public static final String SAMPLES_DIR = "gcscope/samples";
    /** Benchmark programs (issue 7), the same work as the Lua and Python peers. */
    public static final String BENCH_DIR = "gcscope/bench";
    /** The sample the inspector opens when it is started without a file. */
    public static final String DEFAULT_SAMPLE = "skel_tree.vo";

    private SampleCatalog() {
    }

    public static List<Sample> samples() {
        return loadAll(SAMPLES_DIR);
    }

    public static List<Sample> benchmarks() {
        return loadAll(BENCH_DIR);
    }

    public static Sample defaultSample() {
        return load(SAMPLES_DIR + "/" + DEFAULT_SAMPLE)
                .orElseThrow(() -> new IllegalStateException("default sample missing: " + DEFAULT_SAMPLE));
    }

    /** A golden sample by file name, e.g. {@code sample("skel_hello.vo")}. */
    public static Optional<Sample> sample(String name) {
        return load(SAMPLES_DIR + "/" + name);
    }

    /** A benchmark program by file name, e.g. {@code benchmark("fib.vo")}. */
    public static Optional<Sample> benchmark(String name) {
        return load(BENCH_DIR + "/" + name);
    }

    /** The file names listed in a directory's index.txt, in index order. */
    public static List<String> index(String dir) {
        String text = read(dir + "/index.txt")
                .orElseThrow(() -> new IllegalStateException("missing resource " + dir + "/index.txt"));
        List<String> names = new ArrayList<>();
        for (String line : text.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) names.add(name);
        }
        return names;
    }

    /** Reads a class-path resource as UTF-8 text. */
    public static Optional<String> read(String resource) {
        try (InputStream in = SampleCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    private static Optional<Sample> load(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return read(resource).map(src -> new Sample(name, resource, src));
    }

    private static List<Sample> loadAll(String dir) {
        List<Sample> out = new ArrayList<>();
        for (String name : index(dir)) {
            out.add(load(dir + "/" + name)
                    .orElseThrow(() -> new IllegalStateException(dir + "/index.txt lists a missing file: " + name)));
        }
        return List.copyOf(out);
    }
}
