package gcscope.samples;

import gcscope.vm.interp.ProgramOutput;

/** A {@link ProgramOutput} that keeps what a program printed, for comparison with its expectations. */
final class CapturedOutput implements ProgramOutput {
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();

    @Override
    public void stdout(String text) {
        stdout.append(text);
    }

    @Override
    public void stderr(String text) {
        stderr.append(text);
    }

    String stdoutText() {
        return stdout.toString();
    }

    String stderrText() {
        return stderr.toString();
    }
}
