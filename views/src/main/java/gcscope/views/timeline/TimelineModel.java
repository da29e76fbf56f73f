package gcscope.views.timeline;

import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/** View model of the timeline scrubber: the current step and the furthest step reached so far (the recording's extent). */
public final class TimelineModel {
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper furthest = new ReadOnlyLongWrapper(0);

    public ReadOnlyLongProperty stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyLongProperty furthestProperty() { return furthest.getReadOnlyProperty(); }

    public void update(VmSnapshot s) {
        step.set(s.step());
        if (s.step() > furthest.get()) furthest.set(s.step());
    }

    /** A new program or new options: the recording starts over. */
    public void clear() {
        step.set(0);
        furthest.set(0);
    }
}
