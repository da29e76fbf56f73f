package gcscope.app.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryStoreTest {
    @Test
    void aSavedBufferIsFoundByTheNextStartWithItsDocument(@TempDir Path dir) {
        Path prog = dir.resolve("work").resolve("prog.vo");
        String text = "package main\n\nfunc main() {\n\tx := 1\n}\n";
        new RecoveryStore(dir.resolve("recovery")).save(Document.of(prog), text);
        Optional<RecoveryStore.Recovered> r = new RecoveryStore(dir.resolve("recovery")).load();
        assertTrue(r.isPresent());
        assertEquals(text, r.get().text());
        assertEquals(prog.toAbsolutePath(), r.get().document().path());
        assertEquals("prog.vo", r.get().document().name());
    }

    @Test
    void anUnsavedProgramIsRecoveredWithoutAPath(@TempDir Path dir) {
        RecoveryStore s = new RecoveryStore(dir);
        s.save(Document.untitled(), "");
        RecoveryStore.Recovered r = s.load().orElseThrow();
        assertEquals(null, r.document().path());
        assertEquals("untitled.vo", r.document().name());
        assertEquals("", r.text());
    }

    @Test
    void clearingAfterSaveOrCleanExitLeavesNothingToOffer(@TempDir Path dir) {
        RecoveryStore s = new RecoveryStore(dir);
        s.save(Document.untitled(), "edits");
        assertTrue(Files.exists(s.file()));
        s.clear();
        assertFalse(Files.exists(s.file()));
        assertEquals(Optional.empty(), s.load());
    }

    @Test
    void aNewerCopyReplacesTheOlder(@TempDir Path dir) {
        RecoveryStore s = new RecoveryStore(dir);
        s.save(Document.untitled(), "first");
        s.save(Document.untitled(), "second");
        assertEquals("second", s.load().orElseThrow().text());
    }

    @Test
    void anUnwritableDirectoryIsReportedNotThrown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("afile");
        Files.writeString(file, "x");
        Optional<String> failure = new RecoveryStore(file.resolve("sub")).save(Document.untitled(), "t");
        assertTrue(failure.isPresent());
    }
}
