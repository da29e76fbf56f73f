package gcscope.vm.bytecode;

/** Comparison codes used as an operand (e.g. by {@link Opcode#STR_CMP}). */
public enum Cmp {
    EQ, NE, LT, LE, GT, GE;

    /** The result of this comparison given {@code c}, a three-way comparison result (<0, 0, >0). */
    public boolean test(int c) {
        return switch (this) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
