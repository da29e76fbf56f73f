package gcscope.app.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Every action of UX.md with its key; each is a menu item, and the debugger ones are toolbar buttons too. */
public enum Command {
    CONTINUE("Continue", "\u25B6\u25B6", new KeyCodeCombination(KeyCode.F5)),
    REVERSE_CONTINUE("Reverse continue", "\u25C0\u25C0", new KeyCodeCombination(KeyCode.F5, KeyCombination.SHORTCUT_DOWN)),
    PAUSE("Pause", "\u23F8", new KeyCodeCombination(KeyCode.F6)),
    RESET("Reset to step 0", "\u27F2", new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN)),
    STEP_OVER("Step over", "over", new KeyCodeCombination(KeyCode.F10)),
    STEP_BACK_OVER("Step back over", "back over", new KeyCodeCombination(KeyCode.F10, KeyCombination.SHORTCUT_DOWN)),
    STEP_INTO("Step into", "into", new KeyCodeCombination(KeyCode.F11)),
    STEP_BACK_INTO("Step back into", "back into", new KeyCodeCombination(KeyCode.F11, KeyCombination.SHORTCUT_DOWN)),
    STEP_OUT("Step out", "out", new KeyCodeCombination(KeyCode.F11, KeyCombination.SHIFT_DOWN)),
    STEP_BACK_OUT("Step back out", "back out", new KeyCodeCombination(KeyCode.F11, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    STEP_INSTRUCTION("One instruction", "instr \u2192", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN)),
    STEP_BACK_INSTRUCTION("One instruction back", "\u2190 instr", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN)),
    TOGGLE_BREAKPOINT("Toggle breakpoint", "\u25CF", new KeyCodeCombination(KeyCode.F9)),
    GO_TO_STEP("Go to step\u2026", "step #", new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN)),
    NEW("New program", "new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN)),
    OPEN("Open\u2026", "open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN)),
    SAVE("Save", "save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN)),
    SAVE_AS("Save as\u2026", "save as", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    RECOMPILE("Compile and reload", "compile", new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN)),
    ZOOM_IN("Larger font", "A+", new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN)),
    ZOOM_OUT("Smaller font", "A\u2212", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN)),
    FIND("Find in the graph", "find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));

    private final String title;
    private final String shortLabel;
    private final KeyCombination key;

    Command(String title, String shortLabel, KeyCombination key) {
        this.title = title;
        this.shortLabel = shortLabel;
        this.key = key;
    }

    public String title() {
        return title;
    }

    public String shortLabel() {
        return shortLabel;
    }

    public KeyCombination key() {
        return key;
    }

    /** Tooltip text naming the key, e.g. "Step over (F10)". */
    public String tooltip() {
        return title + " (" + key.getDisplayText() + ")";
    }
}
