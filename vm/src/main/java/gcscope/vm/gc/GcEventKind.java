package gcscope.vm.gc;

/** Every collector action is an event the inspector can list and step through (VM.md). */
public enum GcEventKind { CYCLE_STARTED, MARKED, BLACKENED, BARRIER_FIRED, FREED, PHASE_CHANGED }
