package gcscope.vm.snapshot;

import gcscope.vm.heap.Colour;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed in the heap between two snapshots: objects added (live in {@code after} only), freed
 * (live in {@code before}, gone or a tombstone in {@code after}), changed colour, and edges (object
 * address, field name, target address) added and removed between objects live in both.
 */
public record SnapshotDiff(long fromStep, long toStep, List<ObjectView> added, List<ObjectView> freed,
                           List<ColourChange> colourChanged, List<EdgeRef> edgesAdded, List<EdgeRef> edgesRemoved) {

    public record ColourChange(long address, String typeName, Colour before, Colour after) {
    }

    public record EdgeRef(long from, String field, long to) {
    }

    public SnapshotDiff {
        added = List.copyOf(added);
        freed = List.copyOf(freed);
        colourChanged = List.copyOf(colourChanged);
        edgesAdded = List.copyOf(edgesAdded);
        edgesRemoved = List.copyOf(edgesRemoved);
    }

    public boolean isEmpty() {
        return added.isEmpty() && freed.isEmpty() && colourChanged.isEmpty() && edgesAdded.isEmpty() && edgesRemoved.isEmpty();
    }

    public static SnapshotDiff between(VmSnapshot before, VmSnapshot after) {
        Map<Long, ObjectView> a = live(before);
        Map<Long, ObjectView> b = live(after);
        List<ObjectView> added = new ArrayList<>();
        List<ObjectView> freed = new ArrayList<>();
        List<ColourChange> colours = new ArrayList<>();
        List<EdgeRef> edgesAdded = new ArrayList<>();
        List<EdgeRef> edgesRemoved = new ArrayList<>();
        for (ObjectView o : b.values()) if (!a.containsKey(o.address())) added.add(o);
        for (ObjectView o : a.values()) {
            ObjectView n = b.get(o.address());
            if (n == null || n.kind() != o.kind()) {
                freed.add(o);
                if (n != null) added.add(n); // the address was reused by a new object
                continue;
            }
            if (n.colour() != o.colour()) colours.add(new ColourChange(o.address(), o.typeName(), o.colour(), n.colour()));
            Set<EdgeRef> ea = edges(o);
            Set<EdgeRef> eb = edges(n);
            for (EdgeRef e : eb) if (!ea.contains(e)) edgesAdded.add(e);
            for (EdgeRef e : ea) if (!eb.contains(e)) edgesRemoved.add(e);
        }
        added.sort((x, y) -> Long.compare(x.address(), y.address()));
        return new SnapshotDiff(before.step(), after.step(), added, freed, colours, edgesAdded, edgesRemoved);
    }

    private static Map<Long, ObjectView> live(VmSnapshot s) {
        Map<Long, ObjectView> m = new java.util.LinkedHashMap<>();
        for (ObjectView o : s.heap().objects()) if (o.colour() != Colour.FREED) m.put(o.address(), o);
        return m;
    }

    private static Set<EdgeRef> edges(ObjectView o) {
        Set<EdgeRef> s = new LinkedHashSet<>();
        for (FieldView f : o.fields()) if (f.ref() != 0) s.add(new EdgeRef(o.address(), f.name(), f.ref()));
        return s;
    }

    /** The diff as lines of text, one change per line, for the CLI's {@code diff}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("diff step ").append(fromStep).append(" -> step ").append(toStep).append(": ")
                .append(added.size()).append(" added, ").append(freed.size()).append(" freed, ")
                .append(colourChanged.size()).append(" changed colour, ").append(edgesAdded.size()).append(" edges added, ")
                .append(edgesRemoved.size()).append(" edges removed\n");
        for (ObjectView o : added) b.append("+ ").append(obj(o)).append('\n');
        for (ObjectView o : freed) b.append("- ").append(obj(o)).append('\n');
        for (ColourChange c : colourChanged) {
            b.append("~ @0x").append(Long.toHexString(c.address())).append(' ').append(c.typeName()).append(": ")
                    .append(c.before()).append(" -> ").append(c.after()).append('\n');
        }
        for (EdgeRef e : edgesAdded) b.append("+ ").append(edge(e)).append('\n');
        for (EdgeRef e : edgesRemoved) b.append("- ").append(edge(e)).append('\n');
        return b.toString();
    }

    private static String obj(ObjectView o) {
        return "@0x" + Long.toHexString(o.address()) + " " + o.kind() + " " + o.typeName() + " (" + o.sizeBytes() + " B) " + o.colour();
    }

    private static String edge(EdgeRef e) {
        return "edge @0x" + Long.toHexString(e.from()) + "." + e.field() + " -> @0x" + Long.toHexString(e.to());
    }
}
