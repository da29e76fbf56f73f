package gcscope.fuzz;

import gcscope.vm.interp.ProgramOutput;

/** Collects a program's output up to a cap (the VM's own --max-output limit is what stops a program). */
final class BoundedOutput implements ProgramOutput {
    private static final int CAP = 1 << 20;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    @Override
    public void stdout(String text) {
        if (out.length() < CAP) out.append(text);
    }

    @Override
    public void stderr(String text) {
        if (err.length() < CAP) err.append(text);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
