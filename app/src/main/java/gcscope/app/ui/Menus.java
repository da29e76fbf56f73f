package gcscope.app.ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

import java.nio.file.Path;

/** The menu bar and the debugger toolbar; every item names its key (UX.md). */
final class Menus {
    private final MainWindow window;
    private final RecentFiles recent;

    Menus(MainWindow window, RecentFiles recent) {
        this.window = window;
        this.recent = recent;
    }

    MenuBar menuBar() {
        Menu recentMenu = new Menu("Open recent");
        recentMenu.setOnShowing(e -> {
            recentMenu.getItems().clear();
            for (Path p : recent.list()) {
                MenuItem i = new MenuItem(p.toString());
                i.setOnAction(a -> {
                    if (window.files().confirmDiscard()) window.files().open(p);
                });
                recentMenu.getItems().add(i);
            }
            if (recentMenu.getItems().isEmpty()) recentMenu.getItems().add(disabled("(none yet)"));
        });
        recentMenu.getItems().add(disabled("(none yet)"));
        Menu export = new Menu("Export");
        export.setId("menu-export");
        for (Exports.Format f : Exports.Format.values()) {
            MenuItem i = new MenuItem(f.description + "\u2026");
            i.setId("export-" + f.name().toLowerCase());
            i.setOnAction(e -> window.files().askExport(f));
            export.getItems().add(i);
        }
        MenuItem openSession = new MenuItem("Open session\u2026");
        openSession.setId("menu-open-session");
        openSession.setOnAction(e -> window.files().askOpenSession());
        MenuItem saveSession = new MenuItem("Save session\u2026");
        saveSession.setId("menu-save-session");
        saveSession.setOnAction(e -> window.files().askSaveSession());
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> {
            if (window.files().confirmDiscard()) {
                window.close();
                window.recoverySaved();
                window.stage().close();
            }
        });
        Menu file = new Menu("File", null, item(Command.NEW), item(Command.OPEN), recentMenu, item(Command.SAVE),
                item(Command.SAVE_AS), new SeparatorMenuItem(), openSession, saveSession, new SeparatorMenuItem(), item(Command.RECOMPILE), export, new SeparatorMenuItem(), quit);
        Menu debug = new Menu("Debug", null, item(Command.CONTINUE), item(Command.PAUSE), item(Command.REVERSE_CONTINUE),
                item(Command.RESET), new SeparatorMenuItem(), item(Command.STEP_OVER), item(Command.STEP_INTO),
                item(Command.STEP_OUT), item(Command.STEP_INSTRUCTION), new SeparatorMenuItem(), item(Command.STEP_BACK_OVER),
                item(Command.STEP_BACK_INTO), item(Command.STEP_BACK_OUT), item(Command.STEP_BACK_INSTRUCTION),
                new SeparatorMenuItem(), item(Command.TOGGLE_BREAKPOINT), item(Command.GO_TO_STEP));
        CheckMenuItem darkItem = new CheckMenuItem("Dark theme");
        darkItem.setId("menu-dark");
        darkItem.setOnAction(e -> window.setDark(darkItem.isSelected()));
        Menu view = new Menu("View", null, item(Command.ZOOM_IN), item(Command.ZOOM_OUT), darkItem, item(Command.FIND));
        Menu lessons = new Menu("Lessons");
        lessons.setId("menu-lessons");
        try {
            for (gcscope.samples.Lesson l : gcscope.samples.LessonCatalog.lessons()) {
                MenuItem open = new MenuItem(l.title());
                open.setId("lesson-" + l.name());
                open.setOnAction(e -> window.openLesson(l, false));
                MenuItem fix = new MenuItem(l.title() + " \u2014 the fix");
                fix.setOnAction(e -> window.openLesson(l, true));
                MenuItem compare = new MenuItem(l.title() + " \u2014 compare with the fix");
                compare.setId("lesson-compare-" + l.name());
                compare.setOnAction(e -> window.comparisons().compareLesson(l));
                lessons.getItems().addAll(open, fix, compare);
            }
        } catch (RuntimeException e) {
            lessons.getItems().add(disabled("lessons unavailable: " + e.getMessage()));
        }
        MenuBar bar = new MenuBar(file, debug, view, window.comparisons().menu(), lessons);
        bar.setId("menubar");
        return bar;
    }

    ToolBar debugBar(Label running) {
        ToolBar bar = new ToolBar();
        bar.setId("debug-bar");
        for (Command c : new Command[]{Command.STEP_INSTRUCTION, Command.STEP_OVER, Command.STEP_INTO, Command.STEP_OUT,
                Command.CONTINUE, Command.PAUSE, Command.RESET, Command.STEP_BACK_INSTRUCTION, Command.STEP_BACK_OVER,
                Command.STEP_BACK_OUT, Command.REVERSE_CONTINUE, Command.TOGGLE_BREAKPOINT}) {
            Button b = new Button(label(c));
            b.setId("btn-" + c.name().toLowerCase().replace('_', '-'));
            b.setTooltip(new Tooltip(c.tooltip()));
            b.setFocusTraversable(false);
            b.setOnAction(e -> window.perform(c));
            bar.getItems().add(b);
        }
        bar.getItems().add(running);
        return bar;
    }

    /** Button captions people recognise: Step, Run, Pause, Reset for the four main ones. */
    private static String label(Command c) {
        return switch (c) {
            case STEP_INSTRUCTION -> "Step";
            case CONTINUE -> "Run";
            case PAUSE -> "Pause";
            case RESET -> "Reset";
            default -> c.shortLabel();
        };
    }

    private MenuItem item(Command c) {
        MenuItem i = new MenuItem(c.title());
        i.setId("menu-" + c.name().toLowerCase().replace('_', '-'));
        i.setAccelerator(c.key());
        i.setOnAction(e -> window.perform(c));
        return i;
    }

    private static MenuItem disabled(String text) {
        MenuItem i = new MenuItem(text);
        i.setDisable(true);
        return i;
    }
}
