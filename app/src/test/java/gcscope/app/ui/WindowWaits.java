package gcscope.app.ui;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting helpers shared by the tests that drive the real window. */
final class WindowWaits {
    private WindowWaits() {
    }

    /** Waits until {@code condition} holds (at most {@code seconds}), then lets pending FX events run. */
    static void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("condition not reached in " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The step the window shows, or -1 before its first snapshot. */
    static long step(MainWindow window) {
        return window.model().snapshot() == null ? -1 : window.model().snapshot().step();
    }
}
