package gcscope.app;

/** Plain main class of the jar (not an Application subclass, so the fat jar starts JavaFX correctly). */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.err.println("GcScope: not built yet");
        System.exit(5);
    }
}
