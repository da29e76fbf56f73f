package gcscope.app.ui;

import gcscope.samples.Lesson;
import gcscope.vm.config.CallBufferMode;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.config.TagLayoutMode;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import java.util.function.UnaryOperator;

/** The Compare menu and the lessons' "compare with the fix": each opens a {@link CompareWindow} beside the main one. */
final class Comparisons {
    private final MainWindow window;
    private CompareWindow last;

    Comparisons(MainWindow window) {
        this.window = window;
    }

    /** The program in the editor with the current settings (left) beside the same with one option changed (right). */
    CompareWindow compareWith(UnaryOperator<RunOptions> change) {
        RunOptions left = window.settings().options();
        return open(window.files().document().name(), window.source().text(), left, change.apply(left));
    }

    /** A lesson with its options (left) beside its contrast options, the fix (right). */
    CompareWindow compareLesson(Lesson l) {
        RunOptions base = RunOptions.DEFAULT.withOnViolation(OnViolation.CONTINUE).withRecord(true);
        RunOptions left;
        RunOptions right;
        try {
            left = LessonOptions.apply(base, l.options());
            right = LessonOptions.apply(base, l.contrastOptions());
        } catch (RuntimeException e) {
            window.model().console().setMessage("lesson " + l.name() + ": bad options: " + e.getMessage());
            return null;
        }
        return open(l.name() + ".vo", l.program(), left, right);
    }

    private CompareWindow open(String name, String program, RunOptions left, RunOptions right) {
        Stage stage = new Stage();
        stage.initOwner(window.stage());
        CompareWindow w = CompareWindow.open(stage, window.backend(), name, program, left, right,
                m -> window.model().console().setMessage(m));
        if (w == null) return null;
        last = w;
        stage.show();
        return w;
    }

    /** The most recently opened compare window (tests), or null. */
    CompareWindow last() {
        return last;
    }

    Menu menu() {
        Menu m = new Menu("Compare");
        m.setId("menu-compare");
        for (CallBufferMode c : CallBufferMode.values()) {
            MenuItem i = new MenuItem("This program beside --callbuf " + cli(c.name()));
            i.setId("compare-callbuf-" + cli(c.name()));
            i.setOnAction(e -> compareWith(o -> o.withCompile(o.compile().withCallBuffer(c))));
            m.getItems().add(i);
        }
        for (TagLayoutMode t : TagLayoutMode.values()) {
            MenuItem i = new MenuItem("This program beside --tag-layout " + cli(t.name()));
            i.setId("compare-tag-layout-" + cli(t.name()));
            i.setOnAction(e -> compareWith(o -> o.withCompile(o.compile().withTagLayout(t))));
            m.getItems().add(i);
        }
        return m;
    }

    private static String cli(String enumName) {
        return enumName.toLowerCase().replace('_', '-');
    }
}
