package gcscope.vm.check;

/** The five sanitizer checks of VM.md, plus the static verifier's finding. */
public enum ViolationKind {
    /** Check 1: a slot's shadow kind (what was written) disagrees with its declared SlotType. */
    ROOT_MAP_MISMATCH,
    /** Check 2: a GCREF root or reference field points at no live object header. */
    WILD_REFERENCE,
    /** Check 2: a reference points at an object that was already freed (a tombstone). */
    USE_AFTER_FREE,
    /** Check 3: an ENUM payload was written with a layout other than the one used to scan it. */
    LAYOUT_WITNESS,
    /** Check 4: a black object references a white object during PROPAGATE/ATOMIC. */
    TRICOLOUR,
    /** Check 5: an object reachable from the true roots was left unmarked at the end of marking. */
    MISSED_ROOT,
    /** Static verifier: an instruction writes a kind incompatible with the slot's declared type. */
    SLOT_TYPE_MISMATCH
}
