package gcscope.views.heapgraph;

import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * View model of the heap list: every object with its mark colour, and a one-line census. Updated by
 * difference: a row whose object view is the same instance as last step (the snapshot builder keeps
 * unchanged objects) and was not flagged is kept; when nothing changed at all the list is not touched.
 */
public final class HeapListModel {
    /** Beyond this many changed rows one replacement of the whole list is cheaper than single sets. */
    static final int MAX_SINGLE_SETS = 64;

    private final ObservableList<HeapRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HeapRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper census = new ReadOnlyStringWrapper("");
    private List<ObjectView> shown = List.of();
    private int flagged;
    private gcscope.vm.snapshot.HeapView counted;

    public ObservableList<HeapRow> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty censusProperty() {
        return census.getReadOnlyProperty();
    }

    public void update(VmSnapshot prev, VmSnapshot cur) {
        List<ObjectView> objects = cur.heap().objects();
        if (objects == shown && flagged == 0) {
            updateCensus(cur);
            return;
        }
        boolean first = prev == null;
        List<HeapRow> out = new ArrayList<>(objects.size());
        int[] changed = new int[Math.min(objects.size(), MAX_SINGLE_SETS + 1)];
        int changes = 0;
        int flags = 0;
        boolean aligned = objects.size() == shown.size();
        int j = 0;
        for (int i = 0; i < objects.size(); i++) {
            ObjectView o = objects.get(i);
            while (j < shown.size() && shown.get(j).address() < o.address()) j++;
            ObjectView was = j < shown.size() && shown.get(j).address() == o.address() ? shown.get(j) : null;
            if (was == o && !rows.get(j).recoloured()) {
                out.add(rows.get(j));
                continue;
            }
            boolean recoloured = !first && (was == null || was.colour() != o.colour());
            if (recoloured) flags++;
            HeapRow row = new HeapRow(o.address(), o.kind(), o.typeName(), o.sizeBytes(), o.colour(), o.summary(), recoloured);
            out.add(row);
            aligned &= j == i;
            if (changes < changed.length) changed[changes] = i;
            changes++;
        }
        if (aligned && changes <= MAX_SINGLE_SETS) {
            for (int k = 0; k < changes; k++) rows.set(changed[k], out.get(changed[k]));
        } else {
            rows.setAll(out);
        }
        shown = objects;
        flagged = flags;
        updateCensus(cur);
    }

    /** The census is counted again only for another heap view (the builder keeps the instance of an unchanged heap). */
    private void updateCensus(VmSnapshot cur) {
        if (cur.heap() == counted) return;
        census.set(censusOf(cur));
        counted = cur.heap();
    }

    private static String censusOf(VmSnapshot cur) {
        int[] counts = new int[Colour.values().length];
        for (ObjectView o : cur.heap().objects()) counts[o.colour().ordinal()]++;
        int white = counts[Colour.WHITE0.ordinal()] + counts[Colour.WHITE1.ordinal()];
        return String.format("%d objects, %d bytes in use  |  white %d  gray %d  black %d  freed %d",
                cur.heap().objectCount(), cur.heap().bytesInUse(), white, counts[Colour.GRAY.ordinal()],
                counts[Colour.BLACK.ordinal()], counts[Colour.FREED.ordinal()]);
    }

    /** Index of the row of the object containing {@code address}, or -1 (binary search: rows are sorted by address). */
    public int indexOf(long address) {
        int lo = 0, hi = rows.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            HeapRow r = rows.get(mid);
            if (address < r.address()) hi = mid - 1;
            else if (address >= r.address() + Math.max(8, r.sizeBytes())) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
