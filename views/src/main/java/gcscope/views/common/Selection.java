package gcscope.views.common;

import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * The selection every pane shares: the selected heap object's address (0 = none). Picking a GCREF
 * slot, a graph node, a heap-list row or a GC event writes it; every pane that shows objects reads it.
 */
public final class Selection {
    private final LongProperty selectedAddress = new SimpleLongProperty(0);

    public LongProperty selectedAddressProperty() {
        return selectedAddress;
    }

    public long selectedAddress() {
        return selectedAddress.get();
    }

    public void select(long address) {
        selectedAddress.set(address);
    }

    public void clear() {
        selectedAddress.set(0);
    }
}
