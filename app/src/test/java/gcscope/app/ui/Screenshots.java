package gcscope.app.ui;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a node's picture under target/screenshots so that a person can look at what a test saw. */
final class Screenshots {
    private Screenshots() {
    }

    static void save(FxRobot robot, Node node, String name) {
        robot.interact(() -> {
            try {
                Path dir = Path.of("target", "screenshots");
                Files.createDirectories(dir);
                Exports.writePng(node.snapshot(null, null), dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
