package gcscope.vm.session;

import gcscope.vm.interp.ProgramOutput;

/**
 * The program's output kept by the session. Execution is deterministic, so the output at any step
 * is a prefix of the longest output ever produced: each stream keeps that text and a cursor, and
 * time travel (back or forward to a checkpoint) only moves the cursor.
 */
final class OutputLog implements ProgramOutput {
    private final Stream out = new Stream();
    private final Stream err = new Stream();

    @Override
    public void stdout(String text) {
        out.append(text);
    }

    @Override
    public void stderr(String text) {
        err.append(text);
    }

    String out() { return out.text(); }

    String err() { return err.text(); }

    int outLength() { return out.cursor; }

    int errLength() { return err.cursor; }

    void truncate(int outLength, int errLength) {
        out.moveTo(outLength);
        err.moveTo(errLength);
    }

    private static final class Stream {
        final StringBuilder full = new StringBuilder();
        int cursor;

        void append(String text) {
            int n = text.length();
            if (cursor + n <= full.length() && matches(text)) {
                cursor += n; // replaying what was already produced
                return;
            }
            full.setLength(cursor); // new history (never happens for a deterministic program)
            full.append(text);
            cursor = full.length();
        }

        private boolean matches(String text) {
            for (int i = 0; i < text.length(); i++) if (full.charAt(cursor + i) != text.charAt(i)) return false;
            return true;
        }

        void moveTo(int length) {
            cursor = Math.min(length, full.length());
        }

        String text() {
            return full.substring(0, cursor);
        }
    }
}
