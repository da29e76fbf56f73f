package gcscope.app.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MedianTest {
    @Test
    void oddCountTakesTheMiddleOfTheSortedValues() {
        assertEquals(30, Median.of(new long[]{50, 10, 30, 40, 20}));
    }

    @Test
    void evenCountAveragesTheTwoMiddleValues() {
        assertEquals(25, Median.of(new long[]{40, 10, 20, 30}));
    }

    @Test
    void singleValueIsItsOwnMedian() {
        assertEquals(7, Median.of(new long[]{7}));
    }

    @Test
    void inputIsNotReordered() {
        long[] nanos = {3, 1, 2};
        Median.of(nanos);
        assertArrayEquals(new long[]{3, 1, 2}, nanos);
    }

    @Test
    void noMeasurementIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Median.of(new long[0]));
    }
}
