package gcscope.compiler.codegen;

import gcscope.vm.config.CompileOptions;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.interp.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Valid Go programs (test resources {@code NAME.vo}) whose expected output {@code NAME.out} was produced by
 * running them with Debian's Go toolchain; each must print exactly that under the normal and stress GC
 * policies with the sanitizer on.
 */
class GoProgramsTest {
    static String resource(String name) throws IOException {
        try (InputStream in = GoProgramsTest.class.getResourceAsStream("/gcscope/compiler/codegen/" + name)) {
            assertNotNull(in, "missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed_values", "interfaces_goroutines", "promoted_methods", "values_and_closures", "methods_panics_channels", "embedded_interfaces_arrays", "global_arrays"})
    void printsWhatGoPrints(String name) throws IOException {
        String src = resource(name + ".vo");
        String want = resource(name + ".out");
        for (GcPolicy gc : new GcPolicy[] {GcPolicy.NORMAL, GcPolicy.STRESS}) {
            Runner.Run r = Runner.run(src, CompileOptions.DEFAULT, gc, true);
            assertEquals(want, r.stdout(), name + " under " + gc + ": " + r.stderr() + " " + r.result());
            assertEquals(Outcome.FINISHED, r.result().outcome(), r.result().toString());
        }
    }
}
