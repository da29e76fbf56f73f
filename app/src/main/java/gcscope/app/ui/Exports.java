package gcscope.app.ui;

import gcscope.vm.snapshot.DotExporter;
import gcscope.vm.snapshot.HeapSnapshotExporter;
import gcscope.vm.snapshot.SnapshotJson;
import gcscope.vm.snapshot.VmSnapshot;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the current snapshot in the formats of VM.md (through the snapshot package's exporters) and the graph as PNG. */
public final class Exports {
    public enum Format {
        JSON("GcScope JSON", "*.json"), HEAPSNAPSHOT("Chrome DevTools heap snapshot", "*.heapsnapshot"), DOT("Graphviz DOT", "*.dot"),
        PNG("PNG image of the heap graph", "*.png");

        final String description;
        final String glob;

        Format(String description, String glob) {
            this.description = description;
            this.glob = glob;
        }
    }

    private Exports() {
    }

    /** The text of a snapshot in one of the text formats. */
    public static String text(VmSnapshot s, Format f) {
        return switch (f) {
            case JSON -> new SnapshotJson().write(s);
            case HEAPSNAPSHOT -> new HeapSnapshotExporter().write(s);
            case DOT -> new DotExporter().write(s);
            case PNG -> throw new IllegalArgumentException("PNG is an image");
        };
    }

    public static void writeText(VmSnapshot s, Format f, Path out) throws IOException {
        Files.writeString(out, text(s, f), StandardCharsets.UTF_8);
    }

    public static void writePng(Image image, Path out) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile())) throw new IOException("no PNG writer");
    }
}
