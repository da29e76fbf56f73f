package gcscope.vm.snapshot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotJsonTest {
    private final SnapshotJson json = new SnapshotJson();

    private ImportResult.Rejected rejected(String text) {
        return assertInstanceOf(ImportResult.Rejected.class, json.read(text));
    }

    @Test
    void exportThenImportGivesAnEqualSnapshot() {
        VmSnapshot s = SnapshotFixtures.sample();
        ImportResult r = json.read(json.write(s));
        assertEquals(s, assertInstanceOf(ImportResult.Loaded.class, r).snapshot());
    }

    @Test
    void trapAndExitCodeSurviveTheRoundTrip() {
        VmSnapshot s = SnapshotFixtures.trapped();
        assertEquals(s, assertInstanceOf(ImportResult.Loaded.class, json.read(json.write(s))).snapshot());
    }

    @Test
    void aVersion1FileWithoutWrittenLayoutsImportsAsWrittenWithTheHeaderLayout() {
        VmSnapshot s = SnapshotFixtures.sample();
        String v1 = json.write(s).replace("\"version\" : 2", "\"version\" : 1")
                .replaceAll(",\\s*\"writtenLayoutId\" : -?\\d+", "");
        assertFalse(v1.contains("writtenLayoutId"));
        VmSnapshot back = assertInstanceOf(ImportResult.Loaded.class, json.read(v1)).snapshot();
        assertEquals(s.heap().objects().size(), back.heap().objects().size());
        for (ObjectView o : back.heap().objects()) assertEquals(o.layoutId(), o.writtenLayoutId());
    }

    @Test
    void exportCarriesFormatAndVersion() {
        String text = json.write(SnapshotFixtures.sample());
        assertTrue(text.contains("\"format\" : \"gcscope-snapshot\""), text.substring(0, 80));
        assertTrue(text.contains("\"version\" : 2"));
    }

    @Test
    void truncatedFileIsRejectedWithItsPosition() {
        String text = json.write(SnapshotFixtures.sample());
        ImportResult.Rejected r = rejected(text.substring(0, text.length() / 2));
        assertTrue(r.what().startsWith("truncated"), r.message());
        assertTrue(r.where().startsWith("line "), r.message());
    }

    @Test
    void corruptJsonIsRejectedWithLineAndColumn() {
        ImportResult.Rejected r = rejected("{\"format\": \"gcscope-snapshot\",\n  \"version\": 1 ]");
        assertTrue(r.what().startsWith("corrupt"), r.message());
        assertTrue(r.where().contains("line 2"), r.message());
    }

    @Test
    void foreignJsonIsRejectedAsNotASnapshot() {
        ImportResult.Rejected r = rejected("{\"name\": \"package.json\", \"version\": \"1.0\"}");
        assertTrue(r.what().startsWith("not a GcScope snapshot"), r.message());
        assertTrue(r.what().contains("name"), r.message());
    }

    @Test
    void chromeHeapSnapshotIsRecognisedAsForeign() {
        String chrome = new HeapSnapshotExporter().write(SnapshotFixtures.sample());
        assertTrue(rejected(chrome).what().contains("DevTools"));
    }

    @Test
    void newerVersionIsRejected() {
        String text = json.write(SnapshotFixtures.sample()).replace("\"version\" : 2", "\"version\" : 7");
        assertTrue(rejected(text).what().contains("version 7"));
    }

    @Test
    void badEnumValueIsRejectedWithItsPath() {
        String text = json.write(SnapshotFixtures.sample()).replaceFirst("\"BLACK\"", "\"PURPLE\"");
        ImportResult.Rejected r = rejected(text);
        assertTrue(r.what().contains("PURPLE"), r.message());
        assertTrue(r.where().contains("$.snapshot.heap.objects[0].colour"), r.message());
    }

    @Test
    void missingFieldIsRejected() {
        String text = json.write(SnapshotFixtures.sample()).replaceFirst("\"typeName\" : \"string\",", "");
        ImportResult.Rejected r = rejected(text);
        assertTrue(r.what().contains("typeName"), r.message());
    }

    @Test
    void unknownFieldIsRejected() {
        String text = json.write(SnapshotFixtures.sample()).replaceFirst("\"step\" : 99", "\"step\" : 99, \"extra\" : true");
        assertTrue(rejected(text).what().contains("extra"));
    }

    @Test
    void unsortedHeapIsRejectedAsInconsistent() {
        String text = json.write(SnapshotFixtures.sample()).replaceFirst("\"address\" : 4112", "\"address\" : 1");
        ImportResult.Rejected r = rejected(text);
        assertTrue(r.what().startsWith("inconsistent"), r.message());
    }

    @Test
    void emptyAndNonObjectFilesAreRejected() {
        assertTrue(rejected("").what().contains("empty"));
        assertTrue(rejected("[1,2]").what().contains("array"));
        assertTrue(rejected("\u0000\u0001binary").what().startsWith("corrupt"));
    }
}
