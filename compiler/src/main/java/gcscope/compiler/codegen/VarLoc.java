package gcscope.compiler.codegen;

import gcscope.compiler.types.Type;

/** Where a variable lives: frame slots, a BOX whose pointer is in a frame slot, or global slots (maybe boxed). */
sealed interface VarLoc {
    Type type();

    record Local(int slot, Type type) implements VarLoc {}

    record Boxed(int slot, Type type) implements VarLoc {}

    record Global(int gslot, Type type) implements VarLoc {}

    record GlobalBoxed(int gslot, Type type) implements VarLoc {}
}
