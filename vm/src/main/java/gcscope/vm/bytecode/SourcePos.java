package gcscope.vm.bytecode;

/** A 1-based line and column in the program's source file. Line 0 means "no position". */
public record SourcePos(int line, int column) {
    public static final SourcePos NONE = new SourcePos(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
