package gcscope.app.bench;

/** What the table shows for one benchmark run by one implementation. */
public sealed interface Cell {
    /** Measured: the wall times of every repetition, in nanoseconds. */
    record Timed(long[] nanos) implements Cell {
        public Timed {
            if (nanos.length == 0) throw new IllegalArgumentException("no measurement");
            nanos = nanos.clone();
        }

        public long median() {
            return Median.of(nanos);
        }
    }

    /** Not run, e.g. the interpreter is not installed or there is no peer script: {@code reason} says which. */
    record Unavailable(String reason) implements Cell {
    }

    /** Run but failed: a non-zero exit, a timeout, or an output different from the others. */
    record Failed(String reason) implements Cell {
    }

    /** The text of this cell in the table. */
    default String text() {
        return switch (this) {
            case Timed t -> BenchTable.seconds(t.median());
            case Unavailable u -> "n/a (" + u.reason() + ")";
            case Failed f -> "FAILED (" + f.reason() + ")";
        };
    }
}
