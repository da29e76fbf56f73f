package gcscope.app.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BenchTableTest {
    private static Cell.Timed ms(long... millis) {
        long[] nanos = new long[millis.length];
        for (int i = 0; i < millis.length; i++) nanos[i] = millis[i] * 1_000_000L;
        return new Cell.Timed(nanos);
    }

    @Test
    void rendersMediansAndRatiosOfTheFirstImplementationOverEachPeer() {
        BenchTable t = BenchTable.firstOverOthers(List.of("gcscope", "lua5.4", "python3"));
        t.add(new BenchTable.Row("fib", List.of(ms(900, 1000, 1100), ms(2000, 2000), ms(4000))));
        String expected = ""
                + "| benchmark | gcscope |  lua5.4 | python3 | gcscope / lua5.4 | gcscope / python3 |\n"
                + "| --------- | ------: | ------: | ------: | ---------------: | ----------------: |\n"
                + "| fib       | 1.000 s | 2.000 s | 4.000 s |            0.50x |             0.25x |\n";
        assertEquals(expected, t.render());
    }

    @Test
    void missingPeerShowsItsReasonAndNoRatio() {
        BenchTable t = BenchTable.firstOverOthers(List.of("gcscope", "lua5.4"));
        t.add(new BenchTable.Row("maps", List.of(ms(1500), new Cell.Unavailable("lua5.4 not installed"))));
        String row = t.render().split("\n")[2];
        assertEquals("| maps      | 1.500 s | n/a (lua5.4 not installed) |                - |", row);
    }

    @Test
    void failedCellIsMarkedAndHasNoRatio() {
        BenchTable t = BenchTable.firstOverOthers(List.of("gcscope", "python3"));
        t.add(new BenchTable.Row("sieve", List.of(new Cell.Failed("exit 3"), ms(100))));
        String row = t.render().split("\n")[2];
        assertEquals("| sieve     | FAILED (exit 3) | 0.100 s |                 - |", row);
    }

    @Test
    void overheadRatiosPutTheVariantOverThePlainRun() {
        BenchTable t = new BenchTable(List.of("gcscope", "gcscope --sanitize"), List.of(new BenchTable.Ratio(1, 0)));
        t.add(new BenchTable.Row("binary_trees", List.of(ms(1000), ms(2500))));
        assertEquals("| binary_trees | 1.000 s |            2.500 s |                        2.50x |", t.render().split("\n")[2]);
    }

    @Test
    void ratioNeedsBothSidesMeasured() {
        assertNull(BenchTable.ratio(ms(1), new Cell.Unavailable("x")));
        assertEquals(2.0, BenchTable.ratio(ms(2), ms(1)));
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsRejected() {
        BenchTable t = BenchTable.firstOverOthers(List.of("gcscope", "lua5.4"));
        assertThrows(IllegalArgumentException.class, () -> t.add(new BenchTable.Row("fib", List.of(ms(1)))));
    }
}
