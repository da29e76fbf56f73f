package gcscope.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherTest {
    @Test
    void noArgumentsOrOneProgramOrSessionFileOpensTheInspector() {
        assertTrue(Launcher.opensInspector(new String[0]));
        assertTrue(Launcher.opensInspector(new String[]{"path/to/prog.vo"}));
        assertTrue(Launcher.opensInspector(new String[]{"bug.gcscope"}));
    }

    @Test
    void verbsOptionsAndOtherFilesStayOnTheCommandLine() {
        assertFalse(Launcher.opensInspector(new String[]{"run", "prog.vo"}));
        assertFalse(Launcher.opensInspector(new String[]{"--help"}));
        assertFalse(Launcher.opensInspector(new String[]{"snapshot.json"}));
        assertFalse(Launcher.opensInspector(new String[]{"bench"}));
    }
}
