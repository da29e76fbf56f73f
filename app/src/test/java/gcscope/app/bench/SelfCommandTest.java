package gcscope.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench starts GcScope the way the README does: through app/gcscope when the jar is app/target/gcscope.jar. */
class SelfCommandTest {
    @Test
    void theLauncherBesideTheBuildDirectoryIsFound(@TempDir Path app) throws IOException {
        Path jar = Files.createDirectories(app.resolve("target")).resolve("gcscope.jar");
        Files.writeString(jar, "");
        assertNull(SelfCommand.launcherFor(jar), "no script yet");
        Path script = Files.writeString(app.resolve("gcscope"), "#!/bin/sh\n");
        assertEquals(script, SelfCommand.launcherFor(jar));
        assertNull(SelfCommand.launcherFor(app.resolve("target").resolve("other.jar")), "only GcScope's own jar");
    }

    @Test
    void fromClassDirectoriesItIsJavaWithTheClassPath() {
        SelfCommand c = SelfCommand.of(SelfCommandTest.class, false);
        assertFalse(c.launcher());
        assertTrue(c.command().get(0).endsWith("java"), c.command().toString());
        assertEquals(List.of("-cp"), c.command().subList(1, 2));
        assertEquals(SelfCommandTest.class.getName(), c.command().get(3));
    }

    @Test
    void describesWhatIsTimed() {
        assertTrue(new SelfCommand(List.of("sh", "/x/app/gcscope"), true).describe().startsWith("/x/app/gcscope (the launcher"));
        assertEquals("java -jar g.jar", new SelfCommand(List.of("java", "-jar", "g.jar"), false).describe());
    }
}
