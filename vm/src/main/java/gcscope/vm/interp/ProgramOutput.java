package gcscope.vm.interp;

/** Where a running program's output goes: fmt to stdout; print/println, panics and fatal errors to stderr. */
public interface ProgramOutput {
    /** Output nobody reads (tests, warm-up runs). */
    ProgramOutput DISCARD = new ProgramOutput() {
        @Override
        public void stdout(String text) {
        }

        @Override
        public void stderr(String text) {
        }
    };

    void stdout(String text);

    void stderr(String text);
}
