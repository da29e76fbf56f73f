package gcscope.samples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleCatalogTest {

    private static List<String> filesIn(String dir) throws IOException, URISyntaxException {
        // located through its index: the directory gcscope/samples is also a package of test classes
        URL url = SampleCatalog.class.getClassLoader().getResource(dir + "/index.txt");
        assertNotNull(url, "resource directory " + dir);
        try (Stream<Path> s = Files.list(Path.of(url.toURI()).getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".vo")).sorted().toList();
        }
    }

    @Test
    void everyIndexListsExactlyTheProgramsOfItsDirectory() throws Exception {
        for (String dir : List.of(SampleCatalog.SAMPLES_DIR, SampleCatalog.BENCH_DIR)) {
            assertEquals(filesIn(dir), new ArrayList<>(new TreeSet<>(SampleCatalog.index(dir))), dir + "/index.txt");
        }
    }

    @Test
    void atLeastEightyGoldenSamplesIncludingTenSkeletonPrograms() {
        List<Sample> all = SampleCatalog.samples();
        assertTrue(all.size() >= 80, "samples: " + all.size());
        assertTrue(all.stream().filter(s -> s.name().startsWith("skel_")).count() >= 10);
    }

    @Test
    void everySampleIsAMainPackageWithParseableExpectations() {
        for (Sample s : SampleCatalog.samples()) {
            GoldenSpec spec = s.spec();
            assertTrue(s.source().contains("\npackage main\n"), s.name() + " has a header comment and package main");
            assertTrue(s.source().startsWith("//"), s.name() + " starts with a comment saying what it covers");
            if (spec.expectsCompileErrors()) {
                assertEquals(GoldenSpec.COMPILE_ERROR_EXIT, spec.exitCode(), s.name());
            } else {
                assertTrue(s.source().contains("func main()"), s.name());
            }
        }
    }

    @Test
    void programsThatAreNotGoSayWhyTheOracleSkipsThem() {
        for (Sample s : SampleCatalog.samples()) {
            boolean usesEnum = s.source().lines().anyMatch(l -> l.matches("type \\w+ enum \\{"));
            if (usesEnum) assertTrue(s.spec().oracleSkip().isPresent(), s.name() + " uses enum but is not skipped");
            s.spec().oracleSkip().ifPresent(reason ->
                    assertTrue(reason.startsWith("(") && reason.length() > 5, s.name() + " gives a reason"));
        }
    }

    @Test
    void panicsAndFatalErrorsExpectExitTwoAndAStderrPrefix() {
        for (Sample s : SampleCatalog.samples()) {
            GoldenSpec spec = s.spec();
            if (!spec.stderrPrefix().isEmpty() && spec.stderrPrefix().get(0).matches("(panic|fatal error): .*")) {
                assertEquals(2, spec.exitCode(), s.name());
            }
        }
    }

    @Test
    void defaultSampleAndLookupsResolve() {
        assertEquals(SampleCatalog.DEFAULT_SAMPLE, SampleCatalog.defaultSample().name());
        assertTrue(SampleCatalog.sample("skel_hello.vo").isPresent());
        assertFalse(SampleCatalog.sample("no_such.vo").isPresent());
    }
}
