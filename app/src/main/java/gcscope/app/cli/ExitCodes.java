package gcscope.app.cli;

/** The exit codes of CLI.md, the same for every verb. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int COMPILE_ERROR = 1;
    public static final int PANIC = 2;
    public static final int TRAP = 3;
    public static final int VIOLATION = 4;
    public static final int USAGE = 5;
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
