package gcscope.vm.snapshot;

import gcscope.vm.heap.Colour;

/**
 * Graphviz DOT of the object graph: one box per live object filled with its mark colour (white,
 * gray, black; the current white and the other white differ by border style so the two are told
 * apart without colour), one plain node per root, edges labelled by field name.
 */
public final class DotExporter {

    public String write(VmSnapshot snapshot) {
        HeapGraph g = new HeapGraph(snapshot);
        int currentWhite = snapshot.gc().currentWhite();
        StringBuilder b = new StringBuilder();
        b.append("digraph heap {\n");
        b.append("  graph [rankdir=LR, label=").append(quote("step " + snapshot.step() + ", phase " + snapshot.gc().phase()
                + ", cycle " + snapshot.gc().cycle())).append("];\n");
        b.append("  node [shape=box, style=filled, fontname=\"monospace\"];\n");
        for (int r = 0; r < g.roots().size(); r++) {
            b.append("  r").append(r).append(" [shape=plaintext, style=\"\", label=")
                    .append(quote(g.rootLabel(g.roots().get(r)))).append("];\n");
        }
        for (int i = 0; i < g.size(); i++) {
            ObjectView o = g.node(i);
            String label = o.typeName() + "\n@0x" + Long.toHexString(o.address()) + " (" + o.sizeBytes() + " B)\n"
                    + truncate(o.summary()) + "\n" + o.colour();
            b.append("  ").append(id(o)).append(" [label=").append(quote(label)).append(", ").append(style(o.colour(), currentWhite))
                    .append("];\n");
        }
        for (int r = 0; r < g.roots().size(); r++) {
            b.append("  r").append(r).append(" -> ").append(id(g.node(g.rootTarget(r)))).append(" [style=bold];\n");
        }
        for (int i = 0; i < g.size(); i++) {
            for (HeapGraph.Edge e : g.edges(i)) {
                b.append("  ").append(id(g.node(i))).append(" -> ").append(id(g.node(e.to())))
                        .append(" [label=").append(quote(e.field())).append("];\n");
            }
        }
        b.append("}\n");
        return b.toString();
    }

    private static String id(ObjectView o) {
        return "o" + Long.toHexString(o.address());
    }

    private static String style(Colour c, int currentWhite) {
        return switch (c) {
            case BLACK -> "fillcolor=\"#202020\", fontcolor=\"white\"";
            case GRAY -> "fillcolor=\"#a0a0a0\", fontcolor=\"black\"";
            case WHITE0, WHITE1 -> (c.ordinal() == currentWhite ? "fillcolor=\"white\"" : "fillcolor=\"white\", style=\"filled,dashed\"")
                    + ", fontcolor=\"black\"";
            case FREED -> "fillcolor=\"#f4cccc\", style=\"filled,dotted\"";
        };
    }

    private static String truncate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** A DOT double-quoted string: backslash, quote and newline escaped (newline as a centred line break). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
