package gcscope.vm.snapshot;

/** Running totals of collector work since the program started. */
public record GcCounters(long cycles, long marked, long blackened, long barriersFired, long freed,
                         long bytesFreed, long bytesAllocated, long peakHeapBytes, long steps) {
}
