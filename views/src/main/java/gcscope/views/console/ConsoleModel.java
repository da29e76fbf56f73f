package gcscope.views.console;

import gcscope.vm.check.Violation;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** View model of the console: the program's output, then panics, traps and violations, then the status line. */
public final class ConsoleModel {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String message = "";

    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** A message of the window itself (compile errors, a file that cannot be read); shown above the output. */
    public void setMessage(String m) {
        message = m == null ? "" : m;
        text.set(message);
    }

    public void update(VmSnapshot s) {
        StringBuilder b = new StringBuilder();
        if (!message.isEmpty()) b.append(message).append('\n');
        b.append(s.stdout());
        if (!s.stderr().isEmpty()) b.append(s.stderr());
        if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') b.append('\n');
        for (Violation v : s.violations()) b.append(v.describe()).append('\n');
        if (s.trap() != null) b.append(s.trap().describe()).append('\n');
        text.set(b.toString());
        status.set(statusOf(s));
    }

    static String statusOf(VmSnapshot s) {
        String where = s.currentFrame() == null ? "" : "  in " + s.currentFrame().function()
                + (s.currentFrame().pos() != null && s.currentFrame().pos().line() > 0 ? " line " + s.currentFrame().pos().line() : "");
        String exit = s.exitCode() >= 0 ? "  exit " + s.exitCode() : "";
        return "step " + s.step() + "  " + s.status().name().toLowerCase() + where + exit
                + "  |  heap " + s.heap().objectCount() + " objects, " + s.heap().bytesInUse() + " B";
    }
}
