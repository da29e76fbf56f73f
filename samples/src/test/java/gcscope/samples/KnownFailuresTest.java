package gcscope.samples;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnownFailuresTest {
    private final KnownFailures known = new KnownFailures(Map.of("bad.vo", "INTERP: wrong message"));

    @Test
    void unlistedSampleWithProblemsFails() {
        assertThrows(AssertionFailedError.class, () -> known.judge("other.vo", List.of("stdout differs")));
    }

    @Test
    void listedSampleThatStillFailsIsAbortedWithItsReason() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> known.judge("bad.vo", List.of("x")));
        assertTrue(e.getMessage().contains("INTERP: wrong message"));
    }

    @Test
    void listedSampleThatPassesFailsSoTheListIsKeptShort() {
        assertThrows(AssertionFailedError.class, () -> known.judge("bad.vo", List.of()));
    }

    @Test
    void unlistedPassingSamplePasses() {
        assertDoesNotThrow(() -> known.judge("good.vo", List.of()));
    }

    @Test
    void everyListedSampleExists() {
        for (String name : KnownFailures.load().reasons().keySet()) {
            assertTrue(SampleCatalog.sample(name).isPresent(), name + " is listed but is no sample");
        }
    }
}
