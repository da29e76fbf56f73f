package gcscope.app.reliability;

import gcscope.samples.reliability.LimitProgram;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8's limits through the command line: {@code run FILE --max-steps|--heap-limit|--max-depth|
 * --max-goroutines|--max-output N} on a program that runs into that limit exits 3 (a VM trap) and says
 * so on standard error with a trap message; with {@code --report json} the report names the trap.
 */
class CliLimitsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(LimitProgram.class)
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void eachReachedLimitExitsThreeWithATrapMessage(LimitProgram limit) throws IOException {
        Path file = dir.resolve(limit.file);
        Files.writeString(file, limit.source(), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("run", file.toString()));
        args.addAll(limit.cliArgs());
        try (CliInvocation cli = new CliInvocation(60_000)) {
            CliInvocation.Ended e = cli.execute(args.toArray(String[]::new));
            assertEquals(3, e.exitCode(), () -> limit + ": " + e.err());
            assertTrue(e.err().contains("trap"), () -> "no trap message on stderr: " + e.err());
            assertFalse(e.err().contains("internal error"), e.err());
            if (limit == LimitProgram.MAX_OUTPUT) {
                int printed = (e.out() + e.err()).getBytes(StandardCharsets.UTF_8).length;
                assertTrue(printed < limit.value + 2000, "printed " + printed + " bytes with a limit of " + limit.value);
            }

            args.addAll(List.of("--report", "json"));
            CliInvocation.Ended reported = cli.execute(args.toArray(String[]::new));
            assertEquals(3, reported.exitCode(), reported.err());
            String kind = limit.trap.name();
            assertTrue(reported.err().contains("\"kind\":\"" + kind + "\""),
                    () -> "the JSON report does not name the trap " + kind + ": " + reported.err());
        }
    }
}
