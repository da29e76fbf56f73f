package gcscope.app.ui;

import gcscope.samples.LessonCatalog;
import gcscope.views.layouts.ByteCell;
import gcscope.vm.check.Violation;
import gcscope.vm.check.ViolationKind;
import gcscope.vm.config.TagLayoutMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tag-layout lesson of BUGS.md 2 opened from the Lessons menu, run to its layout-witness violation. */
@ExtendWith(ApplicationExtension.class)
class LessonTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("gcscope-test-" + System.nanoTime());
        window = new MainWindow(stage, new SessionBackend(), new RecentFiles(prefs));
        stage.show();
    }

    @AfterEach
    void cleanup() throws Exception {
        prefs.removeNode();
        window.close();
    }

    @Test
    void lessonOpensWithItsOptionsAndTextAndShowsTheLayoutMismatch(FxRobot robot) throws Exception {
        robot.interact(() -> window.openLesson(LessonCatalog.lesson("tag-layout-actual").orElseThrow(), false));
        assertEquals(TagLayoutMode.ACTUAL, window.settings().options().compile().tagLayout());
        assertTrue(window.settings().options().sanitize());
        assertTrue(robot.lookup("#lesson-text").queryTextInputControl().getText().contains("A payload written with one layout"));
        robot.interact(() -> window.perform(Command.CONTINUE));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.model().snapshot() != null
                && window.model().snapshot().violations().stream().anyMatch(v -> v.kind() == ViolationKind.LAYOUT_WITNESS));
        WaitForAsyncUtils.waitForFxEvents();
        Violation v = window.model().snapshot().violations().stream()
                .filter(x -> x.kind() == ViolationKind.LAYOUT_WITNESS).findFirst().orElseThrow();
        // the window stops at exactly the first violation of the headless run (same step, place and object)
        var lesson = LessonCatalog.lesson("tag-layout-actual").orElseThrow();
        var options = gcscope.samples.LessonOptions.parse(lesson.options());
        var program = gcscope.compiler.Compiler.compile("lesson.vo", lesson.program(), options.compile()).program();
        Violation headless = new gcscope.vm.interp.Machine(program, options, new gcscope.vm.interp.ProgramOutput() {
            @Override public void stdout(String text) { }
            @Override public void stderr(String text) { }
        }).run().violations().get(0);
        assertEquals(headless, window.model().snapshot().violations().get(0));
        assertEquals(headless.step(), window.model().snapshot().step(), "the window stops right after the violating instruction");
        assertEquals(16, v.pos().line(), "the lesson text's line of the Pair.Both construction");
        assertEquals(8, v.offset());
        robot.interact(() -> window.model().selection().select(v.address()));
        robot.interact(() -> robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        robot.interact(() -> {
            try {
                Exports.writePng(window.scene().getRoot().snapshot(null, null), java.nio.file.Path.of("target", "screenshots", "lesson-tag-layout.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var object = window.model().snapshot().heap().objectAt(v.address());
        assertTrue(object.layoutMismatch(), "the snapshot records the layout the payload was written with: " + object);
        List<ByteCell> written = window.model().layout().written();
        assertTrue(written.stream().anyMatch(ByteCell::mismatch), "the written byte map disagrees with the declared one");
        assertTrue(!window.model().layout().findings().isEmpty(), "the witness violation is listed under findings");
        assertTrue(robot.lookup("#layout-written .mismatch").tryQuery().isPresent(), "mismatching bytes are highlighted in the window");
        assertTrue(robot.lookup("#layout-written-caption").queryLabeled().getText().startsWith("written layout #" + object.writtenLayoutId()));
    }

    @Test
    void lessonOptionLinesBecomeRunOptions() {
        var o = LessonOptions.apply(gcscope.vm.config.RunOptions.DEFAULT, List.of("--callbuf", "reuse-dst", "--gc", "stress", "--sanitize"));
        assertEquals(gcscope.vm.config.CallBufferMode.REUSE_DST, o.compile().callBuffer());
        assertEquals(gcscope.vm.config.GcPolicy.STRESS, o.gc());
        assertTrue(o.sanitize());
    }
}
