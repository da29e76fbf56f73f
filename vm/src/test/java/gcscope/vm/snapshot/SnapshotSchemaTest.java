package gcscope.vm.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema file in the repo describes exactly what SnapshotJson writes. */
class SnapshotSchemaTest {
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("SourcePos", "gcscope.vm.bytecode.SourcePos"), Map.entry("SlotType", "gcscope.vm.bytecode.SlotType"),
            Map.entry("Violation", "gcscope.vm.check.Violation"), Map.entry("ViolationKind", "gcscope.vm.check.ViolationKind"),
            Map.entry("Trap", "gcscope.vm.interp.Trap"), Map.entry("TrapKind", "gcscope.vm.interp.TrapKind"),
            Map.entry("GcEvent", "gcscope.vm.gc.GcEvent"), Map.entry("GcEventKind", "gcscope.vm.gc.GcEventKind"),
            Map.entry("GcPhase", "gcscope.vm.gc.GcPhase"), Map.entry("Colour", "gcscope.vm.heap.Colour"),
            Map.entry("ObjectKind", "gcscope.vm.heap.ObjectKind"));

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonNode schema;

    SnapshotSchemaTest() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/gcscope/snapshot.schema.json")) {
            schema = mapper.readTree(in);
        }
    }

    @Test
    void everyDefinitionMatchesItsRecordOrEnum() throws Exception {
        var defs = schema.get("$defs").fields();
        while (defs.hasNext()) {
            var e = defs.next();
            Class<?> c = Class.forName(CLASSES.getOrDefault(e.getKey(), "gcscope.vm.snapshot." + e.getKey()));
            JsonNode def = e.getValue();
            if (c.isEnum()) {
                List<String> names = new ArrayList<>();
                def.get("enum").forEach(n -> names.add(n.asText()));
                assertEquals(Arrays.stream(c.getEnumConstants()).map(Object::toString).toList(), names, e.getKey());
            } else {
                Set<String> components = new HashSet<>();
                for (RecordComponent rc : c.getRecordComponents()) components.add(rc.getName());
                Set<String> props = new HashSet<>();
                def.get("properties").fieldNames().forEachRemaining(props::add);
                assertEquals(components, props, e.getKey());
                assertEquals(components.size(), def.get("required").size(), e.getKey());
            }
        }
    }

    @Test
    void exportedSnapshotsValidateAgainstTheSchema() throws Exception {
        for (VmSnapshot s : List.of(SnapshotFixtures.sample(), SnapshotFixtures.trapped())) {
            JsonNode doc = mapper.readTree(new SnapshotJson().write(s));
            List<String> errors = new ArrayList<>();
            validate(schema, doc, "$", errors);
            assertTrue(errors.isEmpty(), errors.toString());
        }
    }

    @Test
    void theValidatorRejectsAWrongDocument() throws Exception {
        JsonNode doc = mapper.readTree(new SnapshotJson().write(SnapshotFixtures.sample()).replaceFirst("\"BLACK\"", "\"PURPLE\""));
        List<String> errors = new ArrayList<>();
        validate(schema, doc, "$", errors);
        assertEquals(1, errors.size(), errors.toString());
    }

    /** A validator for the subset of JSON Schema the file uses. */
    private void validate(JsonNode s, JsonNode v, String path, List<String> errors) {
        if (s.has("$ref")) {
            validate(schema.get("$defs").get(s.get("$ref").asText().substring("#/$defs/".length())), v, path, errors);
            return;
        }
        if (s.has("anyOf")) {
            for (JsonNode alt : s.get("anyOf")) {
                List<String> e = new ArrayList<>();
                validate(alt, v, path, e);
                if (e.isEmpty()) return;
            }
            errors.add(path + ": matches no alternative");
            return;
        }
        if (s.has("const") && !s.get("const").equals(v)) errors.add(path + ": expected " + s.get("const"));
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode n : s.get("enum")) found |= n.equals(v);
            if (!found) errors.add(path + ": " + v + " not in enum");
        }
        String type = s.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!v.isObject()) { errors.add(path + ": not an object"); return; }
                for (JsonNode r : s.get("required")) if (!v.has(r.asText())) errors.add(path + ": missing " + r.asText());
                v.fields().forEachRemaining(f -> {
                    JsonNode ps = s.get("properties").get(f.getKey());
                    if (ps == null) errors.add(path + ": unexpected " + f.getKey());
                    else validate(ps, f.getValue(), path + "." + f.getKey(), errors);
                });
            }
            case "array" -> {
                if (!v.isArray()) { errors.add(path + ": not an array"); return; }
                for (int i = 0; i < v.size(); i++) validate(s.get("items"), v.get(i), path + "[" + i + "]", errors);
            }
            case "integer" -> { if (!v.isIntegralNumber()) errors.add(path + ": not an integer"); }
            case "string" -> { if (!v.isTextual()) errors.add(path + ": not a string"); }
            case "boolean" -> { if (!v.isBoolean()) errors.add(path + ": not a boolean"); }
            case "null" -> { if (!v.isNull()) errors.add(path + ": not null"); }
            default -> { }
        }
    }
}
