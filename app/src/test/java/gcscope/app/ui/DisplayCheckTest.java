package gcscope.app.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisplayCheckTest {
    @Test
    void noDisplayVariableOnLinuxIsReportedWithTheCommandLineHint(@TempDir Path libs) throws IOException {
        Files.createFile(libs.resolve("libgtk-3.so.0"));
        Optional<String> p = new DisplayCheck(Map.of(), "Linux", List.of(libs)).problem();
        assertTrue(p.isPresent());
        assertTrue(p.get().contains("no display (DISPLAY is not set)"), p.get());
        assertTrue(p.get().contains("gcscope run FILE"), p.get());
    }

    @Test
    void missingGtkLibraryIsNamedWithItsDebianPackage(@TempDir Path libs) {
        Optional<String> p = new DisplayCheck(Map.of("DISPLAY", ":0"), "Linux", List.of(libs)).problem();
        assertTrue(p.isPresent());
        assertTrue(p.get().contains("GTK 3 libraries are missing"), p.get());
        assertTrue(p.get().contains("libgtk-3-0"), p.get());
    }

    @Test
    void aWaylandDisplayWithGtkPresentIsFine(@TempDir Path libs) throws IOException {
        Files.createFile(libs.resolve("libgtk-3.so.0"));
        assertEquals(Optional.empty(), new DisplayCheck(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", List.of(libs)).problem());
    }

    @Test
    void otherSystemsAreNotCheckedForX11() {
        assertEquals(Optional.empty(), new DisplayCheck(Map.of(), "Mac OS X", List.of()).problem());
    }

    @Test
    void aToolkitFailureOnTheLauncherThreadBecomesAGtkMessage() {
        String m = DisplayCheck.startFailure(new RuntimeException("Application launch failed",
                new UnsupportedOperationException("Unable to load glass GTK library.")));
        assertTrue(m.contains("GTK 3 libraries could not be loaded"), m);
        assertFalse(m.contains("Exception"), m);
    }

    @Test
    void theJarEntryWithoutDisplayPrintsOneMessageAndExitsNonZero() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "gcscope.app.Launcher"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher exits");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(InspectorLauncher.NO_DISPLAY_EXIT, p.exitValue(), out);
        assertTrue(out.contains("cannot open the inspector window: no display (DISPLAY is not set)"), out);
        assertTrue(out.contains("gcscope run FILE"), out);
        assertFalse(out.contains("\tat "), "no stack trace: " + out);
    }
}
