package gcscope.vm.interp;

/** Where a running program's output goes: fmt to stdout; print/println, panics and fatal errors to stderr. */
public interface ProgramOutput {
    void stdout(String text);

    void stderr(String text);
}
