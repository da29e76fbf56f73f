package gcscope.app.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The editor buffer's recovery file (issue 8): unsaved edits are written here every few seconds,
 * the file is deleted when the edits are saved or the window closes cleanly, and at start a present
 * file means the last run crashed or was killed, so its buffer is offered back. The file holds the
 * document's path (empty line for an unsaved program), its name, then the text.
 */
public final class RecoveryStore {
    private final Path file;

    /** A store in {@code dir} (created on first save). */
    public RecoveryStore(Path dir) {
        this.file = dir.resolve("buffer.recovery");
    }

    /** The store under the user's home: {@code ~/.gcscope/recovery/}. */
    public static RecoveryStore inUserHome() {
        return new RecoveryStore(Path.of(System.getProperty("user.home"), ".gcscope", "recovery"));
    }

    /** A buffer found in the recovery file: where it came from and its text. */
    public record Recovered(Document document, String text) { }

    /** Writes the buffer atomically (a crash mid-write leaves the previous copy). Failures are reported, not thrown. */
    public Optional<String> save(Document doc, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            String header = (doc.path() == null ? "" : doc.path().toAbsolutePath().toString()) + "\n" + doc.name() + "\n";
            Files.writeString(tmp, header + text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot write the recovery copy " + file + ": " + e.getMessage());
        }
    }

    /** The buffer left by a run that did not exit cleanly, if any (an unreadable file counts as none). */
    public Optional<Recovered> load() {
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            String all = Files.readString(file, StandardCharsets.UTF_8);
            int a = all.indexOf('\n');
            int b = a < 0 ? -1 : all.indexOf('\n', a + 1);
            if (b < 0) return Optional.empty();
            String path = all.substring(0, a);
            String name = all.substring(a + 1, b);
            Document doc = new Document(path.isEmpty() ? null : Path.of(path), name.isEmpty() ? "untitled.vo" : name);
            return Optional.of(new Recovered(doc, all.substring(b + 1)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Deletes the recovery copy (after a save, a clean exit, or when the person declines it). */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing to recover from: a stale copy is only offered again at the next start
        }
    }

    public Path file() {
        return file;
    }
}
