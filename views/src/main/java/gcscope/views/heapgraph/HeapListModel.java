package gcscope.views.heapgraph;

import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** View model of the heap list: every object with its mark colour, and a one-line census. */
public final class HeapListModel {
    private final ObservableList<HeapRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HeapRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper census = new ReadOnlyStringWrapper("");

    public ObservableList<HeapRow> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty censusProperty() {
        return census.getReadOnlyProperty();
    }

    public void update(VmSnapshot prev, VmSnapshot cur) {
        Map<Long, Colour> before = new HashMap<>();
        if (prev != null) for (ObjectView o : prev.heap().objects()) before.put(o.address(), o.colour());
        List<HeapRow> out = new ArrayList<>(cur.heap().objects().size());
        Map<Colour, Integer> counts = new EnumMap<>(Colour.class);
        for (ObjectView o : cur.heap().objects()) {
            Colour was = before.get(o.address());
            boolean recoloured = prev != null && (was == null || was != o.colour());
            out.add(new HeapRow(o.address(), o.kind(), o.typeName(), o.sizeBytes(), o.colour(), o.summary(), recoloured));
            counts.merge(o.colour(), 1, Integer::sum);
        }
        rows.setAll(out);
        int white = counts.getOrDefault(Colour.WHITE0, 0) + counts.getOrDefault(Colour.WHITE1, 0);
        census.set(String.format("%d objects, %d bytes in use  |  white %d  gray %d  black %d  freed %d",
                cur.heap().objectCount(), cur.heap().bytesInUse(), white, counts.getOrDefault(Colour.GRAY, 0),
                counts.getOrDefault(Colour.BLACK, 0), counts.getOrDefault(Colour.FREED, 0)));
    }

    /** Index of the row of the object containing {@code address}, or -1. */
    public int indexOf(long address) {
        for (int i = 0; i < rows.size(); i++) {
            HeapRow r = rows.get(i);
            if (address >= r.address() && address < r.address() + Math.max(8, r.sizeBytes())) return i;
        }
        return -1;
    }
}
