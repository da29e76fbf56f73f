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

        @Override
        public String text() {
            return BenchTable.seconds(median());
        }
    }

    /** Not run, e.g. the interpreter is not installed or there is no peer script: {@code reason} says which. */
    record Unavailable(String reason) implements Cell {
        @Override
        public String text() {
            return "n/a (" + reason + ")";
        }
    }

    /** Run but failed: a non-zero exit, a timeout, or an output different from the others. */
    record Failed(String reason) implements Cell {
        @Override
        public String text() {
            return "FAILED (" + reason + ")";
        }
    }

    /** The text of this cell in the table. */
    String text();
}
