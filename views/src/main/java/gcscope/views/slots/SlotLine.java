package gcscope.views.slots;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One line of the stack table: the slot at one index of the shown frame. The table keeps its lines
 * while the frame keeps its size and a step replaces only the row inside, so only the cells whose
 * value changed are updated (replacing an item of a table's list re-lays out and restyles every
 * visible row).
 */
public final class SlotLine {
    private final ReadOnlyObjectWrapper<SlotRow> row;

    SlotLine(SlotRow row) {
        this.row = new ReadOnlyObjectWrapper<>(row);
    }

    public SlotRow row() {
        return row.get();
    }

    public ReadOnlyObjectProperty<SlotRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    void set(SlotRow r) {
        row.set(r);
    }

    @Override
    public String toString() {
        return String.valueOf(row.get());
    }
}
