package gcscope.app.ui;

import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.Fault;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.config.TagLayoutMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionFileTest {
    private static RunOptions unusualOptions() {
        GcPolicy otherGc = GcPolicy.values()[GcPolicy.values().length - 1];
        CallBufferMode otherBuf = CallBufferMode.values()[CallBufferMode.values().length - 1];
        TagLayoutMode otherTag = TagLayoutMode.values()[TagLayoutMode.values().length - 1];
        Fault otherFault = Fault.values()[Fault.values().length - 1];
        return RunOptions.DEFAULT.withGc(otherGc)
                .withCompile(RunOptions.DEFAULT.compile().withCallBuffer(otherBuf).withTagLayout(otherTag).withIntern(false).withFault(otherFault))
                .withSanitize(true).withOnViolation(OnViolation.CONTINUE).withRecord(true).withTimeSlice(7)
                .withMaxSteps(123_456).withLimits(1 << 20, 321, 42, 9_999).withPacing(150, 300);
    }

    @Test
    void savingThenReadingGivesTheSameProgramOptionsBreakpointsAndStep(@TempDir Path dir) throws Exception {
        String program = "package main\n\nfunc main() {\n\tprintln(\"h\u00e9llo\")\n}\n";
        SessionFile saved = SessionFile.of("bug.vo", program, unusualOptions(), Set.of(4, 3), 17);
        Path f = dir.resolve("bug.gcscope");
        saved.write(f);
        SessionFile.Read r = SessionFile.read(f);
        SessionFile back = assertInstanceOf(SessionFile.Read.Ok.class, r).session();
        assertEquals(saved, back);
        assertEquals(program, back.program());
        assertEquals(unusualOptions(), back.options());
        assertEquals(List.of(3, 4), back.breakpoints());
        assertEquals(17, back.step());
        assertEquals(SessionFile.VERSION, back.version());
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithAMessage() {
        String m = failure("PK\u0003\u0004 binary".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(m.contains("not a GcScope session"), m);
    }

    @Test
    void aFileWithoutVersionIsRefused() {
        String m = failure("{\"program\": \"x\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(m.contains("no version field"), m);
    }

    @Test
    void aFutureVersionIsRefusedNamingBothVersions() {
        String m = failure("{\"version\": 99}".getBytes(StandardCharsets.UTF_8));
        assertTrue(m.contains("version 99") && m.contains("version " + SessionFile.VERSION), m);
    }

    @Test
    void aTruncatedOrIncompleteSessionIsCorrupt() {
        String json = SessionFile.of("a.vo", "package main\n", RunOptions.DEFAULT, Set.of(), 0).toJson();
        assertTrue(failure(json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8)).contains("not a GcScope session"));
        String noOptions = json.replaceFirst("\"options\"", "\"optionz\"");
        assertTrue(failure(noOptions.getBytes(StandardCharsets.UTF_8)).contains("corrupt"));
        String badEnum = json.replaceFirst("\"NORMAL\"", "\"NO_SUCH_POLICY\"");
        assertTrue(failure(badEnum.getBytes(StandardCharsets.UTF_8)).contains("corrupt"));
    }

    @Test
    void aMissingFileIsAMessageNotAnException(@TempDir Path dir) {
        SessionFile.Read r = SessionFile.read(dir.resolve("nope.gcscope"));
        assertTrue(assertInstanceOf(SessionFile.Read.Failed.class, r).message().startsWith("cannot read"));
    }

    private static String failure(byte[] bytes) {
        return assertInstanceOf(SessionFile.Read.Failed.class, SessionFile.parse("x.gcscope", bytes)).message();
    }
}
