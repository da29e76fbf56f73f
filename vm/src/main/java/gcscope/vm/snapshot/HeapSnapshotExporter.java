package gcscope.vm.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chrome DevTools {@code .heapsnapshot} (the V8 heap snapshot format): a {@code snapshot.meta}
 * describing {@code node_fields}, {@code edge_fields} and their types, flat {@code nodes} and
 * {@code edges} integer arrays, and a {@code strings} table. Node 0 is the synthetic root; then one
 * synthetic node per root reference (named by fiber, frame and slot, or by global name); then
 * every live object. So node count = live objects + roots + 1 and edge count = roots (root to its
 * root node) + roots (root node to object) + resolved object references.
 */
public final class HeapSnapshotExporter {
    static final List<String> NODE_FIELDS = List.of("type", "name", "id", "self_size", "edge_count", "trace_node_id", "detachedness");
    static final List<String> NODE_TYPES = List.of("hidden", "array", "string", "object", "code", "closure", "regexp",
            "number", "native", "synthetic", "concatenated string", "sliced string", "symbol", "bigint", "object shape");
    static final List<String> EDGE_FIELDS = List.of("type", "name_or_index", "to_node");
    static final List<String> EDGE_TYPES = List.of("context", "element", "property", "internal", "hidden", "shortcut", "weak");

    private static final int SYNTHETIC = NODE_TYPES.indexOf("synthetic");
    private static final int ELEMENT = EDGE_TYPES.indexOf("element");
    private static final int PROPERTY = EDGE_TYPES.indexOf("property");

    /** The snapshot in .heapsnapshot JSON. */
    public String write(VmSnapshot snapshot) {
        HeapGraph g = new HeapGraph(snapshot);
        Strings strings = new Strings();
        int rootCount = g.roots().size();
        int objectBase = 1 + rootCount;
        int nf = NODE_FIELDS.size();
        List<long[]> nodes = new ArrayList<>();
        List<int[]> edges = new ArrayList<>();

        nodes.add(new long[]{SYNTHETIC, strings.id(""), 1, 0, rootCount, 0, 0});
        for (int r = 0; r < rootCount; r++) {
            edges.add(new int[]{ELEMENT, r + 1, (1 + r) * nf});
        }
        for (int r = 0; r < rootCount; r++) {
            RootRef ref = g.roots().get(r);
            nodes.add(new long[]{SYNTHETIC, strings.id("(root) " + g.rootLabel(ref)), 3 + 2L * r, 0, 1, 0, 0});
            edges.add(new int[]{PROPERTY, strings.id(ref.name().isEmpty() ? "slot " + ref.slot() : ref.name()),
                    (objectBase + g.rootTarget(r)) * nf});
        }
        for (int i = 0; i < g.size(); i++) {
            ObjectView o = g.node(i);
            nodes.add(new long[]{typeOf(o), strings.id(nameOf(o)), o.address(), o.sizeBytes(), g.edges(i).size(), 0, 0});
            for (HeapGraph.Edge e : g.edges(i)) {
                edges.add(new int[]{PROPERTY, strings.id(e.field()), (objectBase + e.to()) * nf});
            }
        }

        StringWriter w = new StringWriter();
        try (JsonGenerator j = new JsonFactory().createGenerator(w)) {
            j.writeStartObject();
            j.writeObjectFieldStart("snapshot");
            j.writeObjectFieldStart("meta");
            writeStrings(j, "node_fields", NODE_FIELDS);
            j.writeArrayFieldStart("node_types");
            writeStringArray(j, NODE_TYPES);
            for (String t : List.of("string", "number", "number", "number", "number", "number")) j.writeString(t);
            j.writeEndArray();
            writeStrings(j, "edge_fields", EDGE_FIELDS);
            j.writeArrayFieldStart("edge_types");
            writeStringArray(j, EDGE_TYPES);
            j.writeString("string_or_number");
            j.writeString("node");
            j.writeEndArray();
            writeStrings(j, "trace_function_info_fields", List.of("function_id", "name", "script_name", "script_id", "line", "column"));
            writeStrings(j, "trace_node_fields", List.of("id", "function_info_index", "count", "size", "children"));
            writeStrings(j, "sample_fields", List.of("timestamp_us", "last_assigned_id"));
            writeStrings(j, "location_fields", List.of("object_index", "script_id", "line", "column"));
            j.writeEndObject();
            j.writeNumberField("node_count", nodes.size());
            j.writeNumberField("edge_count", edges.size());
            j.writeNumberField("trace_function_count", 0);
            j.writeEndObject();
            j.writeArrayFieldStart("nodes");
            for (long[] n : nodes) for (long v : n) j.writeNumber(v);
            j.writeEndArray();
            j.writeArrayFieldStart("edges");
            for (int[] e : edges) for (int v : e) j.writeNumber(v);
            j.writeEndArray();
            for (String empty : List.of("trace_function_infos", "trace_tree", "samples", "locations")) {
                j.writeArrayFieldStart(empty);
                j.writeEndArray();
            }
            writeStrings(j, "strings", strings.all);
            j.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter never fails
        }
        return w + "\n";
    }

    private static int typeOf(ObjectView o) {
        return NODE_TYPES.indexOf(switch (o.kind()) {
            case STRING -> "string";
            case SLICE, ARRAY -> "array";
            case CLOSURE -> "closure";
            default -> "object";
        });
    }

    private static String nameOf(ObjectView o) {
        return o.kind() == gcscope.vm.heap.ObjectKind.STRING && !o.summary().isEmpty() ? o.summary() : o.typeName();
    }

    private static void writeStrings(JsonGenerator j, String field, List<String> values) throws IOException {
        j.writeFieldName(field);
        writeStringArray(j, values);
    }

    private static void writeStringArray(JsonGenerator j, List<String> values) throws IOException {
        j.writeStartArray();
        for (String s : values) j.writeString(s);
        j.writeEndArray();
    }

    /** The interned string table. */
    private static final class Strings {
        final List<String> all = new ArrayList<>();
        final Map<String, Integer> ids = new HashMap<>();

        int id(String s) {
            return ids.computeIfAbsent(s, k -> {
                all.add(k);
                return all.size() - 1;
            });
        }
    }
}
