package gcscope.vm.heap;

/** Mark colour stored in an object header. WHITE0/WHITE1 alternate as the "current white" each cycle. */
public enum Colour {
    WHITE0, WHITE1, GRAY, BLACK, FREED;

    public boolean isWhite() {
        return this == WHITE0 || this == WHITE1;
    }
}
