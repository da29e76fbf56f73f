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
    private boolean live = true;
    private VmSnapshot pendingPrev;
    private VmSnapshot pending;
    /** Objects per mark colour in {@link #shown}, for the census. */
    private int[] colourCounts;

    public ObservableList<HeapRow> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty censusProperty() {
        return census.getReadOnlyProperty();
    }

    /**
     * Whether the list is on screen. While it is not, steps only remember the newest snapshot; the rows
     * catch up when it is shown again or when a row is looked up ({@link #indexOf}).
     */
    public void setLive(boolean on) {
        live = on;
        if (on) catchUp();
    }

    public void update(VmSnapshot prev, VmSnapshot cur) {
        if (!live) {
            if (pending == null) pendingPrev = prev;
            pending = cur;
            return;
        }
        pending = null;
        apply(prev, cur);
    }

    private void catchUp() {
        if (pending == null) return;
        VmSnapshot prev = pendingPrev, cur = pending;
        pending = null;
        pendingPrev = null;
        apply(prev, cur);
    }

    private void apply(VmSnapshot prev, VmSnapshot cur) {
        List<ObjectView> objects = cur.heap().objects();
        if (objects == shown && flagged == 0) {
            updateCensus(cur, null);
            return;
        }
        if (prev != null && updateInPlace(objects)) {
            updateCensus(cur, objects);
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
        counted = null;
        updateCensus(cur, null);
    }

    /**
     * The common step: the same objects at the same addresses, a few of them decoded again. Compares by
     * identity, allocates nothing for the kept rows, and adjusts the mark census by the changed rows only.
     * Returns false (nothing touched) when objects came or went or too many changed.
     */
    private boolean updateInPlace(List<ObjectView> objects) {
        if (objects.size() != shown.size() || colourCounts == null) return false;
        int[] changed = new int[MAX_SINGLE_SETS];
        int changes = 0;
        for (int i = 0; i < objects.size(); i++) {
            ObjectView o = objects.get(i), was = shown.get(i);
            if (o == was && !rows.get(i).recoloured()) continue;
            if (o.address() != was.address() || changes == MAX_SINGLE_SETS) return false;
            changed[changes++] = i;
        }
        int flags = 0;
        for (int k = 0; k < changes; k++) {
            int i = changed[k];
            ObjectView o = objects.get(i), was = shown.get(i);
            boolean recoloured = was.colour() != o.colour();
            if (recoloured) flags++;
            colourCounts[was.colour().ordinal()]--;
            colourCounts[o.colour().ordinal()]++;
            rows.set(i, new HeapRow(o.address(), o.kind(), o.typeName(), o.sizeBytes(), o.colour(), o.summary(), recoloured));
        }
        shown = objects;
        flagged = flags;
        return true;
    }

    /**
     * The census is counted again only for another heap view (the builder keeps the instance of an
     * unchanged heap); after an in-place update ({@code adjusted}) its colour counts are already current.
     */
    private void updateCensus(VmSnapshot cur, List<ObjectView> adjusted) {
        if (cur.heap() == counted) return;
        if (adjusted == null) colourCounts = countColours(cur.heap().objects());
        String text = censusOf(cur, colourCounts);
        if (!text.equals(census.get())) census.set(text);
        counted = cur.heap();
    }

    private static int[] countColours(List<ObjectView> objects) {
        int[] counts = new int[Colour.values().length];
        for (ObjectView o : objects) counts[o.colour().ordinal()]++;
        return counts;
    }

    static String censusOf(VmSnapshot cur, int[] counts) {
        int white = counts[Colour.WHITE0.ordinal()] + counts[Colour.WHITE1.ordinal()];
        return cur.heap().objectCount() + " objects, " + cur.heap().bytesInUse() + " bytes in use  |  white " + white
                + "  gray " + counts[Colour.GRAY.ordinal()] + "  black " + counts[Colour.BLACK.ordinal()]
                + "  freed " + counts[Colour.FREED.ordinal()];
    }

    /** Index of the row of the object containing {@code address}, or -1 (binary search: rows are sorted by address). */
    public int indexOf(long address) {
        catchUp();
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
