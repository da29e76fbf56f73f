package gcscope.app.ui;

import gcscope.app.ui.WindowPlacement.Placement;
import gcscope.app.ui.WindowPlacement.Rect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowPlacementTest {
    private final Preferences node = Preferences.userRoot().node("gcscope-placement-test-" + System.nanoTime());
    private static final Rect LAPTOP = new Rect(0, 0, 1280, 720);

    @AfterEach
    void cleanup() throws Exception {
        node.removeNode();
    }

    @Test
    void aFirstStartOnASmallScreenFitsAndIsCentred() {
        Rect r = WindowPlacement.fit(Optional.empty(), LAPTOP);
        assertTrue(r.width() <= 1280 && r.height() <= 720, r.toString());
        assertEquals(1280 - r.width(), 2 * r.x(), 1e-9);
        assertEquals(720 - r.height(), 2 * r.y(), 1e-9);
    }

    @Test
    void aFirstStartOnALargeScreenUsesThePreferredSize() {
        Rect r = WindowPlacement.fit(Optional.empty(), new Rect(0, 0, 2560, 1440));
        assertEquals(WindowPlacement.PREFERRED_WIDTH, r.width());
        assertEquals(WindowPlacement.PREFERRED_HEIGHT, r.height());
    }

    @Test
    void aRememberedPlaceOnTheScreenIsKept() {
        Rect kept = new Rect(50, 40, 900, 600);
        assertEquals(kept, WindowPlacement.fit(Optional.of(kept), LAPTOP));
    }

    @Test
    void aPlaceFromABiggerMonitorIsShrunkOntoThisOne() {
        Rect r = WindowPlacement.fit(Optional.of(new Rect(200, 100, 2400, 1300)), LAPTOP);
        assertEquals(new Rect(0, 0, 1280, 720), r);
    }

    @Test
    void aPlaceOnAMonitorThatIsGoneFallsBackToTheCentre() {
        Rect r = WindowPlacement.fit(Optional.of(new Rect(3000, 0, 800, 600)), LAPTOP);
        assertEquals(WindowPlacement.fit(Optional.empty(), LAPTOP), r);
    }

    @Test
    void boundsAndDividersSurviveARestart() {
        WindowPlacement p = new WindowPlacement(node);
        assertEquals(Optional.empty(), p.load());
        p.save(new Placement(new Rect(10, 20, 1000, 700), true));
        p.saveDividers("all", new double[]{0.3, 0.7});
        WindowPlacement again = new WindowPlacement(node);
        assertEquals(Optional.of(new Placement(new Rect(10, 20, 1000, 700), true)), again.load());
        assertArrayEquals(new double[]{0.3, 0.7}, again.dividers("all", new double[]{0.33, 0.62}));
    }

    @Test
    void corruptOrMismatchedDividersGiveTheDefaults() {
        WindowPlacement p = new WindowPlacement(node);
        double[] defaults = {0.33, 0.62};
        node.put("dividers.all", "0.5,banana");
        assertArrayEquals(defaults, p.dividers("all", defaults));
        node.put("dividers.all", "0.5");
        assertArrayEquals(defaults, p.dividers("all", defaults));
        node.put("dividers.all", "0.5,7");
        assertArrayEquals(defaults, p.dividers("all", defaults));
    }
}
