package gcscope.app.ui;

import java.nio.file.Path;

/** The program being edited: where it lives on disk (null for a new or built-in program) and its display name. */
public record Document(Path path, String name) {
    public static Document untitled() {
        return new Document(null, "untitled.vo");
    }

    public static Document of(Path path) {
        return new Document(path, path.getFileName().toString());
    }

    /** The window title: {@code GcScope - prog.vo}, with a trailing {@code *} while edits are unsaved. */
    public String title(boolean dirty) {
        return "GcScope - " + name + (dirty ? " *" : "");
    }
}
