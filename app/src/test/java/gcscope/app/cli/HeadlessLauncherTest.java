package gcscope.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher as a real process with no display: CLI verbs never need JavaFX. */
class HeadlessLauncherTest {
    @TempDir
    Path dir;

    private Process launch(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "gcscope.app.Launcher"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        return pb.start();
    }

    @Test
    void runWorksWithNoDisplay() throws Exception {
        Path p = dir.resolve("trees.vo");
        try (InputStream in = getClass().getResourceAsStream("/gcscope/cli/trees.vo")) {
            Files.copy(in, p);
        }
        Process proc = launch("run", p.toString(), "--gc", "stress");
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, proc.exitValue(), err);
        assertEquals("total 620\n", out);
        assertEquals("", err);
    }

    @Test
    void badUsageExitsFiveAsAProcess() throws Exception {
        Process proc = launch("run");
        proc.getInputStream().readAllBytes();
        String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS));
        assertEquals(ExitCodes.USAGE, proc.exitValue(), err);
        assertTrue(err.contains("FILE"), err);
    }
}
