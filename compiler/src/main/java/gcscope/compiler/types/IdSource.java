package gcscope.compiler.types;

/** Hands out the unique symbol ids of one check. */
final class IdSource {
    private int next;

    int next() {
        return next++;
    }
}
