package gcscope.vm.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * GcScope JSON: the versioned, documented snapshot format (schema:
 * {@code vm/src/main/resources/gcscope/snapshot.schema.json}). A file is an envelope
 * {@code {"format": "gcscope-snapshot", "version": 1, "snapshot": {...}}} whose {@code snapshot}
 * mirrors {@link VmSnapshot} field by field. Export then import gives an equal snapshot.
 * Reading never throws: a corrupt, truncated or foreign file is an {@link ImportResult.Rejected}.
 */
public final class SnapshotJson {
    public static final String FORMAT = "gcscope-snapshot";
    public static final int VERSION = 2;
    /** Version 1 had no {@code writtenLayoutId}; it is read as "written with the header's layout". */
    static final int OLDEST_READABLE = 1;

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder().build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    /** The snapshot as GcScope JSON text (UTF-8 when written to a file). */
    public String write(VmSnapshot snapshot) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("snapshot", mapper.valueToTree(snapshot));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of records, strings and numbers always serialises; reaching here is a bug.
            throw new IllegalStateException("cannot serialise snapshot: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads GcScope JSON text; never throws. */
    public ImportResult read(String text) {
        if (text == null || text.isBlank()) return new ImportResult.Rejected("empty file: not a GcScope snapshot", "");
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                return new ImportResult.Rejected("truncated file: the JSON ends in the middle of a value", where(e.getLocation(), ""));
            }
            return new ImportResult.Rejected("corrupt file: not valid JSON (" + e.getOriginalMessage() + ")", where(e.getLocation(), ""));
        }
        if (root == null || !root.isObject()) {
            return new ImportResult.Rejected("not a GcScope snapshot: the file holds a JSON "
                    + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase()) + ", expected an object", "");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.asText())) {
            return new ImportResult.Rejected(foreignDescription(root), "at $.format");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt()) {
            return new ImportResult.Rejected("missing or non-integer version number", "at $.version");
        }
        if (version.asInt() < OLDEST_READABLE || version.asInt() > VERSION) {
            return new ImportResult.Rejected("unsupported snapshot version " + version.asInt()
                    + " (this GcScope reads versions " + OLDEST_READABLE + " to " + VERSION + ")", "at $.version");
        }
        List<String> extra = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            if (!n.equals("format") && !n.equals("version") && !n.equals("snapshot")) extra.add(n);
        }
        if (!extra.isEmpty()) return new ImportResult.Rejected("unknown top-level field(s) " + extra, "at $");
        JsonNode body = root.get("snapshot");
        if (body == null || !body.isObject()) return new ImportResult.Rejected("missing snapshot object", "at $.snapshot");
        VmSnapshot snapshot;
        try {
            // Re-parse the body from text so that errors carry line and column of the original file.
            JsonParser p = version.asInt() == VERSION ? mapper.getFactory().createParser(text)
                    : mapper.treeAsTokens(upgradeFromVersion1((ObjectNode) root));
            snapshot = decodeBody(p);
        } catch (JsonMappingException e) {
            return new ImportResult.Rejected(mappingProblem(e), where(e.getLocation(), pathOf(e)));
        } catch (JsonProcessingException e) {
            return new ImportResult.Rejected("corrupt file: " + e.getOriginalMessage(), where(e.getLocation(), ""));
        } catch (java.io.IOException | RuntimeException e) {
            return new ImportResult.Rejected("corrupt snapshot: " + e.getMessage(), "in $.snapshot");
        }
        String invalid = SnapshotValidator.problem(snapshot);
        if (invalid != null) return new ImportResult.Rejected("inconsistent snapshot: " + invalid, "in $.snapshot");
        return new ImportResult.Loaded(snapshot);
    }

    private VmSnapshot decodeBody(JsonParser p) throws java.io.IOException {
        try (p) {
            p.nextToken(); // START_OBJECT of the envelope
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("snapshot")) {
                    return mapper.readerFor(VmSnapshot.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p);
                }
                p.skipChildren();
            }
        }
        throw new IllegalStateException("no snapshot object");
    }

    /** Version 1 objects lack {@code writtenLayoutId}: their payloads were written with the header's layout. */
    private static ObjectNode upgradeFromVersion1(ObjectNode root) {
        JsonNode objects = root.path("snapshot").path("heap").path("objects");
        if (objects.isArray()) {
            for (JsonNode o : objects) {
                if (o instanceof ObjectNode obj && !obj.has("writtenLayoutId") && obj.has("layoutId")) {
                    obj.set("writtenLayoutId", obj.get("layoutId"));
                }
            }
        }
        return root;
    }

    private static String foreignDescription(JsonNode root) {
        if (root.has("snapshot") && root.path("snapshot").has("meta") && root.has("nodes") && root.has("strings")) {
            return "not a GcScope snapshot: this is a Chrome DevTools .heapsnapshot file (GcScope can only import its own JSON)";
        }
        JsonNode f = root.get("format");
        if (f != null) return "not a GcScope snapshot: format is " + f + ", expected \"" + FORMAT + "\"";
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        return "not a GcScope snapshot: no \"format\" field (top-level keys: " + keys + ")";
    }

    private static String mappingProblem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\"";
        }
        if (e instanceof InvalidFormatException f) {
            String expected = f.getTargetType() != null && f.getTargetType().isEnum()
                    ? " (expected one of " + java.util.Arrays.toString(f.getTargetType().getEnumConstants()) + ")"
                    : " (expected " + (f.getTargetType() == null ? "another type" : f.getTargetType().getSimpleName()) + ")";
            return "bad value " + f.getValue() + expected;
        }
        String msg = e.getOriginalMessage();
        if (msg != null && msg.contains("Missing required creator property")) {
            int q = msg.indexOf('\'');
            int q2 = q >= 0 ? msg.indexOf('\'', q + 1) : -1;
            return "missing field" + (q2 > q ? " \"" + msg.substring(q + 1, q2) + "\"" : "");
        }
        if (e.getCause() instanceof NullPointerException) return "null where a value is required";
        return "bad value: " + (msg == null ? e.getClass().getSimpleName() : firstLine(msg));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder b = new StringBuilder("$.snapshot");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) b.append('.').append(r.getFieldName());
            else if (r.getIndex() >= 0) b.append('[').append(r.getIndex()).append(']');
        }
        return b.toString();
    }

    private static String where(JsonLocation loc, String path) {
        StringBuilder b = new StringBuilder();
        if (loc != null && loc.getLineNr() > 0) {
            b.append("line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
        }
        if (!path.isEmpty()) b.append(b.length() > 0 ? ", at " : "at ").append(path);
        return b.toString();
    }
}
