package gcscope.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcscope.vm.check.Violation;
import gcscope.vm.interp.Trap;

import java.util.List;

/**
 * The {@code --report json} summary: one JSON object on one line (schema:
 * {@code app/src/main/resources/gcscope/report.schema.json}).
 */
record RunReport(String outcome, int exitCode, long steps, long collections, long peakHeapBytes, List<Violation> violations,
                 Trap trap) {
    static final int VERSION = 1;

    String toJson() {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("report", "gcscope-run");
        o.put("version", VERSION);
        o.put("outcome", outcome);
        o.put("exitCode", exitCode);
        o.put("steps", steps);
        o.put("collections", collections);
        o.put("peakHeapBytes", peakHeapBytes);
        ArrayNode vs = o.putArray("violations");
        for (Violation v : violations) {
            ObjectNode j = vs.addObject();
            j.put("kind", v.kind().name());
            j.put("step", v.step());
            j.put("function", v.function());
            j.put("pc", v.pc());
            j.put("slot", v.slot());
            j.put("address", v.address());
            j.put("line", v.pos() == null ? 0 : v.pos().line());
            j.put("message", v.describe());
        }
        if (trap == null) {
            o.putNull("trap");
        } else {
            ObjectNode t = o.putObject("trap");
            t.put("kind", trap.kind().name());
            t.put("step", trap.step());
            t.put("function", trap.function() == null ? "" : trap.function());
            t.put("pc", trap.pc());
            t.put("line", trap.pos() == null ? 0 : trap.pos().line());
            t.put("address", trap.address());
            t.put("message", trap.describe());
        }
        return o.toString();
    }
}
