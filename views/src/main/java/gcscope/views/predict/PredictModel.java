package gcscope.views.predict;

import gcscope.vm.heap.Colour;
import gcscope.vm.snapshot.FrameView;
import gcscope.vm.snapshot.ObjectView;
import gcscope.vm.snapshot.SlotView;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * View model of predict mode (UX.md): before a step the learner marks which objects will turn gray or
 * black, which slot the instruction writes and whether the barrier fires; {@link #reveal} compares
 * the guess with the {@link Outcome} of the step, lists each part as right or wrong beside the truth,
 * and keeps the score (one point per part).
 */
public final class PredictModel {
    /** A live object the learner can mark. */
    public record Choice(long address, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A slot of the current frame the learner can name (index -1: "no slot"). */
    public record SlotChoice(int index, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One part of the verdict: what was guessed, what happened, and whether they agree. */
    public record Line(String part, String guess, String truth, boolean right) {
        @Override
        public String toString() {
            return (right ? "right  " : "wrong  ") + part + ": you said " + guess + ", it was " + truth;
        }
    }

    public static final SlotChoice NO_SLOT = new SlotChoice(-1, "no slot");

    private final ObservableList<Choice> objects = FXCollections.observableArrayList();
    /** The heap's object list the choices were made from (identity: unchanged heaps keep their list). */
    private List<ObjectView> offered;
    private final ObservableList<SlotChoice> slots = FXCollections.observableArrayList();
    private final ObservableSet<Long> gray = FXCollections.observableSet();
    private final ObservableSet<Long> black = FXCollections.observableSet();
    private final IntegerProperty slot = new SimpleIntegerProperty(-1);
    private final BooleanProperty barrier = new SimpleBooleanProperty(false);
    private final ObservableList<Line> verdict = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper points = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper asked = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper("no predictions yet");

    public ObservableList<Choice> objects() { return FXCollections.unmodifiableObservableList(objects); }
    public ObservableList<SlotChoice> slots() { return FXCollections.unmodifiableObservableList(slots); }
    /** Addresses the learner expects to turn gray (editable). */
    public ObservableSet<Long> gray() { return gray; }
    /** Addresses the learner expects to turn black (editable). */
    public ObservableSet<Long> black() { return black; }
    /** The slot the learner expects the instruction to write, -1 for none (editable). */
    public IntegerProperty slotProperty() { return slot; }
    /** Whether the learner expects the write barrier to fire (editable). */
    public BooleanProperty barrierProperty() { return barrier; }
    public ObservableList<Line> verdict() { return FXCollections.unmodifiableObservableList(verdict); }
    public ReadOnlyIntegerProperty pointsProperty() { return points.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty askedProperty() { return asked.getReadOnlyProperty(); }
    public ReadOnlyStringProperty scoreProperty() { return score.getReadOnlyProperty(); }

    /** The learner's current guess. */
    public Prediction prediction() {
        return new Prediction(gray, black, slot.get(), barrier.get());
    }

    /** Offers the choices of a new position (live objects, the current frame's slots) and clears the guess. */
    public void prepare(VmSnapshot s) {
        gray.clear();
        black.clear();
        slot.set(-1);
        barrier.set(false);
        List<Choice> os = new ArrayList<>();
        List<SlotChoice> ss = new ArrayList<>();
        ss.add(NO_SLOT);
        if (s != null) {
            // the snapshot builder keeps the object list instance while the heap is unchanged: the choices stay
            if (s.heap().objects() != offered) {
                for (ObjectView o : s.heap().objects()) {
                    if (o.colour() == Colour.FREED) continue;
                    os.add(new Choice(o.address(), "0x" + Long.toHexString(o.address()) + " " + o.typeName() + " (" + colourName(o.colour()) + ")"));
                }
                objects.setAll(os);
                offered = s.heap().objects();
            }
            FrameView f = s.currentFrame();
            if (f != null) {
                for (SlotView v : f.slots()) {
                    ss.add(new SlotChoice(v.index(), "slot " + v.index() + (v.name().isEmpty() ? "" : " " + v.name()) + " (" + v.declared() + ")"));
                }
            }
        }
        if (s == null) {
            objects.clear();
            offered = null;
        }
        slots.setAll(ss);
    }

    /** Scores the current guess against the step from {@code before} to {@code after}; returns this step's points. */
    public int reveal(VmSnapshot before, VmSnapshot after) {
        return reveal(prediction(), Outcome.of(before, after));
    }

    /** Scores {@code guess} against {@code truth}: one point each for gray, black, slot and barrier. */
    public int reveal(Prediction guess, Outcome truth) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("turn gray", addresses(guess.gray()), addresses(truth.gray()), guess.gray().equals(truth.gray())));
        lines.add(new Line("turn black", addresses(guess.black()), addresses(truth.black()), guess.black().equals(truth.black())));
        boolean slotRight = guess.slot() < 0 ? truth.slots().isEmpty() : truth.slots().contains(guess.slot());
        lines.add(new Line("slot written", guess.slot() < 0 ? "none" : "slot " + guess.slot(),
                truth.slots().isEmpty() ? "none" : "slot " + join(truth.slots()), slotRight));
        lines.add(new Line("barrier", guess.barrier() ? "fires" : "does not fire", truth.barrier() ? "fired" : "did not fire",
                guess.barrier() == truth.barrier()));
        int got = (int) lines.stream().filter(Line::right).count();
        verdict.setAll(lines);
        points.set(points.get() + got);
        asked.set(asked.get() + lines.size());
        score.set("this step " + got + "/" + lines.size() + "   score " + points.get() + "/" + asked.get()
                + " (" + Math.round(100.0 * points.get() / asked.get()) + "%)");
        return got;
    }

    public void resetScore() {
        points.set(0);
        asked.set(0);
        verdict.clear();
        score.set("no predictions yet");
    }

    private static String addresses(Set<Long> s) {
        if (s.isEmpty()) return "none";
        List<String> out = new ArrayList<>();
        for (long a : new TreeSet<>(s)) out.add(String.format("0x%x", a));
        return String.join(" ", out);
    }

    private static String join(Set<Integer> s) {
        List<String> out = new ArrayList<>();
        for (int i : new TreeSet<>(s)) out.add(String.valueOf(i));
        return String.join(", ", out);
    }

    private static String colourName(Colour c) {
        return switch (c) {
            case WHITE0, WHITE1 -> "white";
            case GRAY -> "gray";
            case BLACK -> "black";
            case FREED -> "freed";
        };
    }
}
